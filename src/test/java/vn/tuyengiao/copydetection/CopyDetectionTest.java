package vn.tuyengiao.copydetection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.commitment.ContentChecks;
import vn.tuyengiao.commitment.Samples;
import vn.tuyengiao.copydetection.internal.BoilerplateShare;
import vn.tuyengiao.copydetection.internal.CampaignRechecks;
import vn.tuyengiao.copydetection.internal.CopyCheck;
import vn.tuyengiao.copydetection.internal.FingerprintIndex;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.generator.CommitmentGenerator;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.similarity.Fingerprint;
import vn.tuyengiao.similarity.Fingerprinter;
import vn.tuyengiao.similarity.IndexEntry;
import vn.tuyengiao.similarity.Match;
import vn.tuyengiao.similarity.Overlap;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Copy detection on submission: a disguised copy is flagged with its exact figures, one's
 * own last year's text is told apart, the guidance everyone copies is not copying, edits
 * replace the findings, the index survives a restart and follows what other instances
 * write (rows rewritten, tombstones, rows committed out of sequence order), and the
 * officer's decision.
 */
@IntegrationTest
class CopyDetectionTest {

	@Autowired
	CommitmentService commitments;

	@Autowired
	CopyCheck check;

	@Autowired
	CampaignRechecks rechecks;

	@Autowired
	FingerprintIndex index;

	@Autowired
	BoilerplateShare boilerplate;

	@Autowired
	CopyFindings findings;

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	MemberService members;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Autowired
	Fixture.Data fx;

	Samples.Commune x;

	Member an;

	Member binh;

	Member cuong;

	Member dung;

	Scope officer;

	Scope secretary;

	@BeforeEach
	void commune() {
		this.x = Samples.commune(this.orgChanges, this.fx.province());
		this.an = Samples.member(this.members, this.x.cellA(), "Nguyễn Văn An", "Trưởng ấp",
				"Điều hành công việc của ấp", MemberStatus.ACTIVE, false);
		this.binh = Samples.member(this.members, this.x.cellA(), "Trần Thị Bình", "Chi hội trưởng Phụ nữ",
				"Vận động hội viên phụ nữ", MemberStatus.ACTIVE, false);
		this.cuong = Samples.member(this.members, this.x.cellB(), "Lê Văn Cường", "Hiệu trưởng", "Quản lý nhà trường",
				MemberStatus.ACTIVE, false);
		this.dung = Samples.member(this.members, this.x.cellB(), "Phạm Thị Dung", "Giáo viên", "Dạy lớp 5",
				MemberStatus.ACTIVE, false);
		this.officer = new Scope("canbo." + this.x.suffix(), this.x.commune().getPath(), this.x.commune().getId(), true,
				true, false);
		this.secretary = new Scope("bithu." + this.x.suffix(), this.x.cellA().getPath(), this.x.cellA().getId(), true,
				false, false);
	}

	CommitmentCampaign campaign(int year, String template) {
		return this.commitments.createCampaign(this.officer,
				new CommitmentService.NewCampaign(this.x.commune().getId(), year, CommitmentKind.YEARLY_COMMITMENT,
						null, LocalDate.of(year, 1, 15), LocalDate.of(year, 3, 31), false, true, template));
	}

	/**
	 * A changed template re-checks the campaign as a cluster job (stored with the change,
	 * run by the scheduler): wait until it has run.
	 */
	void awaitRecheck(long campaignId) {
		long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
		while (this.rechecks.pending(campaignId)) {
			assertThat(System.nanoTime()).as("the re-check of campaign %d has run", campaignId).isLessThan(until);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	Commitment submit(CommitmentCampaign c, Member m, String text) {
		return this.commitments.save(this.officer, c.id(), m.getId(), CommitmentService.Draft.text(text), null);
	}

	/**
	 * What the engine says of the two stored texts, fingerprinted with the campaign's
	 * template.
	 */
	Overlap expected(CommitmentCampaign campaign, Commitment a, Commitment b) {
		Fingerprinter fp = this.check.fingerprinter(campaign.id());
		return Overlap.of(fp.fingerprint(a.body()).shingles(), fp.fingerprint(b.body()).shingles());
	}

	@Test
	void aDisguisedCopyIsFlaggedOnSubmissionWithItsExactFigures() {
		CommitmentCampaign c = campaign(2026, CommitmentGenerator.TEMPLATE);
		String original = CopyTexts.independent(41);
		Commitment a = submit(c, this.an, original);
		assertThat(this.findings.forCommitment(this.officer, a.id())).isEmpty();
		Commitment other = submit(c, this.cuong, CopyTexts.independent(42));

		// Binh hands in An's text with the sentences of every paragraph shuffled and one
		// word in 25 changed.
		Commitment b = submit(c, this.binh, CopyTexts.disguised(original, 7, 25));
		assertThat(b.body()).isNotEqualTo(a.body());
		List<CopyFindings.Finding> found = this.findings.forCommitment(this.officer, b.id());
		assertThat(found).hasSize(1);
		CopyFindings.Finding f = found.get(0);
		assertThat(f.checked().commitmentId()).isEqualTo(b.id());
		assertThat(f.other().commitmentId()).isEqualTo(a.id());
		assertThat(f.other().memberName()).isEqualTo("Nguyễn Văn An");
		assertThat(f.sameMember()).isFalse();
		assertThat(f.status()).isEqualTo(CopyStatus.OPEN);
		Overlap o = expected(c, b, a);
		assertThat(f.jaccard()).isCloseTo(o.jaccard(), within(1e-9));
		assertThat(f.containment()).isCloseTo(o.containmentAInB(), within(1e-9));
		assertThat(f.otherContainment()).isCloseTo(o.containmentBInA(), within(1e-9));
		// Reordering leaves most 3-syllable shingles in place; the changed words cost a
		// few.
		assertThat(f.containment()).isBetween(0.6, 0.95);
		assertThat(f.jaccard()).isGreaterThan(0.5);
		// Seen from the original, the same pair with its own share.
		assertThat(this.findings.forCommitment(this.officer, a.id())).singleElement()
			.satisfies(g -> assertThat(g.shareOf(a.id())).isCloseTo(o.containmentBInA(), within(1e-9)));
		assertThat(this.findings.forCommitment(this.officer, other.id())).isEmpty();

		// The side-by-side view marks the shared passages in both texts, reordered or
		// not.
		CopyFindings.Pair pair = this.findings.pair(this.officer, f.id(), b.id());
		assertThat(pair.left().id()).isEqualTo(b.id());
		assertThat(pair.passages()).hasSizeGreaterThan(5);
		String sharedLeft = String.join("",
				pair.leftSegments()
					.stream()
					.filter(CopyFindings.Segment::shared)
					.map(CopyFindings.Segment::text)
					.toList());
		assertThat(sharedLeft.length()).isGreaterThan(b.body().length() / 2);
		assertThat(String.join("", pair.leftSegments().stream().map(CopyFindings.Segment::text).toList()))
			.isEqualTo(b.body());
		assertThat(String.join("", pair.rightSegments().stream().map(CopyFindings.Segment::text).toList()))
			.isEqualTo(a.body());
		for (var p : pair.passages()) {
			assertThat(firstWords(b.body().substring(p.aStart(), p.aEnd())))
				.isEqualTo(firstWords(a.body().substring(p.bStart(), p.bEnd())));
		}
	}

	/**
	 * Passages are equal up to the small edits bridged inside them: compare their first
	 * five syllables.
	 */
	private static String firstWords(String s) {
		String[] w = s.toLowerCase(java.util.Locale.ROOT).split("[\\s\\p{Punct}]+");
		return String.join(" ", java.util.Arrays.copyOf(w, Math.min(5, w.length)));
	}

	@Test
	void ownLastYearsTextIsFlaggedApartFromSomeoneElses() {
		CommitmentCampaign last = campaign(2025, CommitmentGenerator.TEMPLATE);
		CommitmentCampaign now = campaign(2026, CommitmentGenerator.TEMPLATE);
		String lastYear = CopyTexts.independent(51);
		Commitment old = submit(last, this.dung, lastYear);
		Commitment again = submit(now, this.dung, lastYear.replace("năm 2020", "năm 2026"));

		CopyFindings.Finding f = this.findings.forCommitment(this.officer, again.id()).get(0);
		assertThat(f.otherThan(again.id()).commitmentId()).isEqualTo(old.id());
		assertThat(f.sameMember()).isTrue();
		assertThat(f.ownEarlierText(again.id())).isTrue();
		assertThat(f.otherThan(again.id()).year()).isEqualTo(2025);
		assertThat(f.shareOf(again.id())).isGreaterThan(0.9);

		// Someone else copying the same text this year is someone else's copy.
		Commitment copied = submit(now, this.an, CopyTexts.disguised(lastYear, 3, 30));
		List<CopyFindings.Finding> ofCopy = this.findings.forCommitment(this.officer, copied.id());
		assertThat(ofCopy).extracting(g -> g.otherThan(copied.id()).commitmentId())
			.containsExactlyInAnyOrder(old.id(), again.id());
		assertThat(ofCopy).noneMatch(CopyFindings.Finding::sameMember);
	}

	@Test
	void theGuidanceEveryoneCopiesIsNotCopyingOnceRegistered() {
		CommitmentCampaign c = campaign(2026, null);
		Commitment a = submit(c, this.an, CopyTexts.ownLinesAndGuidance(61));
		Commitment b = submit(c, this.binh, CopyTexts.ownLinesAndGuidance(62));
		// Without the guidance registered, the two texts are mostly the same.
		assertThat(this.findings.forCommitment(this.officer, b.id())).extracting(f -> f.other().commitmentId())
			.containsExactly(a.id());

		CommitmentCampaign withTemplate = this.commitments.setGuidanceTemplate(this.officer, c.id(), CopyTexts.GUIDANCE,
				c.version());
		awaitRecheck(c.id());
		assertThat(withTemplate.guidanceTemplate()).isNotBlank();
		// Registering it checks the campaign's texts again: nothing left in common but
		// the guidance.
		assertThat(this.findings.forCommitment(this.officer, b.id())).isEmpty();
		assertThat(this.findings.forCommitment(this.officer, a.id())).isEmpty();
		Commitment d = submit(c, this.dung, CopyTexts.ownLinesAndGuidance(63));
		assertThat(this.findings.forCommitment(this.officer, d.id())).isEmpty();
		// A real copy is still one.
		Commitment e = submit(c, this.cuong, CopyTexts.disguised(a.body(), 5, 40));
		assertThat(this.findings.forCommitment(this.officer, e.id())).extracting(f -> f.other().commitmentId())
			.containsExactly(a.id());
	}

	/**
	 * The re-check after a template change is a cluster job stored in the change's own
	 * transaction, marked for recovery by another instance: a rolled-back change leaves
	 * no job, a committed one is run once and then gone.
	 */
	@Test
	void theRecheckIsADurableClusterJobStoredWithTheChange() {
		CommitmentCampaign c = campaign(2028, null);
		submit(c, this.an, CopyTexts.ownLinesAndGuidance(81));
		org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support.TransactionTemplate(
				this.transactions);
		tx.executeWithoutResult(s -> {
			this.commitments.setGuidanceTemplate(this.officer, c.id(), CopyTexts.GUIDANCE, c.version());
			assertThat(recoverableJobs(c.id())).isEqualTo(1);
			s.setRollbackOnly();
		});
		assertThat(recoverableJobs(c.id())).isZero();
		assertThat(this.rechecks.pending(c.id())).isFalse();

		this.commitments.setGuidanceTemplate(this.officer, c.id(), CopyTexts.GUIDANCE, c.version());
		awaitRecheck(c.id());
		assertThat(recoverableJobs(c.id())).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from commitment_fingerprint f join commitment m on m.id = f.commitment_id "
						+ "where m.campaign_id = :c and f.fingerprinted_at is not null",
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("c", c.id()), Integer.class))
			.isEqualTo(1);
	}

	private int recoverableJobs(long campaignId) {
		return this.jdbc.queryForObject(
				"select count(*) from qrtz_job_details where job_name = :n and requests_recovery = true",
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("n", "campaign-" + campaignId),
				Integer.class);
	}

	/**
	 * Changing the guidance re-checks the campaign as a batch: every pair of its texts
	 * whose exact figures pass the thresholds is a finding afterwards (exact all-pairs
	 * below AllPairs.EXACT_BELOW texts), partial copies of a shorter text inside a longer
	 * one included.
	 */
	@Test
	void theCampaignRecheckFindsEveryPairThatPassesTheThresholds() {
		CommitmentCampaign c = campaign(2027, null);
		String original = CopyTexts.independent(71);
		String[] originalSentences = original.split("(?<=\\.) |\n");
		java.util.List<Commitment> texts = new java.util.ArrayList<>();
		texts.add(submit(c, this.an, original));
		String[] names = { "Võ Thị Hạnh", "Đặng Văn Khoa", "Bùi Thị Liên", "Huỳnh Văn Minh", "Ngô Thị Ngọc" };
		for (int i = 0; i < names.length; i++) {
			Member m = Samples.member(this.members, this.x.cellA(), names[i], "Đảng viên", "Sản xuất nông nghiệp",
					MemberStatus.ACTIVE, false);
			// 60–80% of the original's sentences among all sentences of two other texts:
			// a longer text that carries most of the shorter one
			java.util.Random r = new java.util.Random(100 + i);
			StringBuilder sb = new StringBuilder(CopyTexts.independent(200 + i)).append('\n');
			double share = 0.6 + 0.05 * i;
			for (String sentence : originalSentences) {
				if (r.nextDouble() < share) {
					sb.append(sentence).append(' ');
				}
			}
			sb.append('\n').append(CopyTexts.independent(300 + i));
			texts.add(submit(c, m, sb.toString()));
		}
		this.commitments.setGuidanceTemplate(this.officer, c.id(), CopyTexts.GUIDANCE, c.version());
		awaitRecheck(c.id());

		Fingerprinter fp = this.check.fingerprinter(c.id());
		int[][] sets = texts.stream().map(t -> fp.fingerprint(t.body()).shingles()).toArray(int[][]::new);
		java.util.List<vn.tuyengiao.similarity.ExactAllPairs.Pair> exact = vn.tuyengiao.similarity.ExactAllPairs
			.find(sets, this.index.config());
		assertThat(exact).as("planted partial copies pass the containment threshold").isNotEmpty();
		for (var p : exact) {
			long a = texts.get(p.a()).id();
			long b = texts.get(p.b()).id();
			assertThat(this.findings.forCommitment(this.officer, b))
				.as("pair %d–%d, containment %.3f / %.3f", a, b, p.overlap().containmentAInB(),
						p.overlap().containmentBInA())
				.anySatisfy(f -> {
					assertThat(f.other().commitmentId()).isEqualTo(a);
					assertThat(f.jaccard()).isCloseTo(p.overlap().jaccard(), within(1e-9));
				});
		}
	}

	@Test
	void editingTheTextReplacesItsFindings() {
		CommitmentCampaign c = campaign(2026, CommitmentGenerator.TEMPLATE);
		Commitment a = submit(c, this.an, CopyTexts.independent(71));
		Commitment b = submit(c, this.binh, CopyTexts.disguised(a.body(), 11, 30));
		assertThat(this.findings.forCommitment(this.officer, a.id())).hasSize(1);

		Commitment rewritten = this.commitments.save(this.officer, c.id(), this.binh.getId(),
				CommitmentService.Draft.text(CopyTexts.independent(72)), b.version());
		assertThat(rewritten.id()).isEqualTo(b.id());
		assertThat(this.findings.forCommitment(this.officer, b.id())).isEmpty();
		assertThat(this.findings.forCommitment(this.officer, a.id())).isEmpty();
		assertThat(this.index.similarTo(a.id())).extracting(Match::id).doesNotContain(b.id());

		// Copying again flags again.
		this.commitments.save(this.officer, c.id(), this.binh.getId(), CommitmentService.Draft.text(a.body()),
				rewritten.version());
		assertThat(this.findings.forCommitment(this.officer, a.id())).singleElement()
			.satisfies(f -> assertThat(f.jaccard()).isCloseTo(1.0, within(1e-9)));
	}

	FingerprintIndex anotherInstance() {
		return new FingerprintIndex(this.jdbc, this.transactions, this.clock);
	}

	@Test
	void aFreshIndexBuiltFromTheTableFindsTheSame() {
		CommitmentCampaign c = campaign(2026, CommitmentGenerator.TEMPLATE);
		Commitment a = submit(c, this.an, CopyTexts.independent(81));
		Commitment b = submit(c, this.binh, CopyTexts.disguised(a.body(), 13, 20));
		submit(c, this.cuong, CopyTexts.independent(82));
		CopyFindings.Finding recorded = this.findings.forCommitment(this.officer, b.id()).get(0);

		FingerprintIndex restarted = anotherInstance();
		restarted.catchUp();
		assertThat(restarted.indexedCount()).isGreaterThanOrEqualTo(3).isEqualTo(this.index.indexedCount());
		assertThat(restarted.indexMemoryBytes()).isPositive();
		List<Match> found = restarted.similarTo(b.id());
		// a, and any earlier text of the shared test database whose figures pass too
		// (the shingle sample finds short formulaic texts inside b)
		Match copy = found.stream().filter(m -> m.id() == a.id()).findFirst().orElseThrow();
		assertThat(copy.jaccard()).isCloseTo(recorded.jaccard(), within(1e-9));
		assertThat(copy.overlap().containmentAInB()).isCloseTo(recorded.containment(), within(1e-9));
		assertThat(found).allSatisfy(m -> assertThat(this.index.config().accepts(m.overlap())).isTrue());
		assertThat(this.index.similarTo(b.id())).isEqualTo(found);
	}

	@Test
	void rowsStoredInTheEarlierFormatAreRebuiltFromTheirShingleSetsAndRewrittenOnce() {
		CommitmentCampaign c = campaign(2026, CommitmentGenerator.TEMPLATE);
		Commitment a = submit(c, this.an, CopyTexts.independent(83));
		Commitment b = submit(c, this.binh, CopyTexts.disguised(a.body(), 11, 20));
		byte[] current = entryRow(a.id());
		IndexEntry entry = IndexEntry.fromBytes(current, this.index.config());
		// version 4: the shingle sample keys are on by default
		assertThat(current[0]).isEqualTo((byte) 4);
		// as the previous release wrote them: version 2, 24 band keys of another
		// signature, a 4-bit sketch (9 ints)
		for (Commitment x : List.of(a, b)) {
			this.jdbc.update("update commitment_fingerprint set entry_data = :e where commitment_id = :id",
					new MapSqlParameterSource("id", x.id()).addValue("e",
							version2(IndexEntry.fromBytes(entryRow(x.id()), this.index.config()))));
		}
		assertThat(IndexEntry.fromBytes(entryRow(a.id()), this.index.config()).outdated()).isTrue();

		FingerprintIndex restarted = anotherInstance();
		restarted.catchUp();
		assertThat(restarted.similarTo(b.id())).extracting(Match::id).contains(a.id());
		assertThat(restarted.similarTo(b.id())).isEqualTo(this.index.similarTo(b.id()));
		byte[] rewritten = entryRow(a.id());
		assertThat(rewritten[0]).isEqualTo((byte) 4);
		assertThat(IndexEntry.fromBytes(rewritten, this.index.config()).sketch()).containsExactly(entry.sketch());
		assertThat(IndexEntry.fromBytes(rewritten, this.index.config()).bandKeys()).containsExactly(entry.bandKeys());
		assertThat(IndexEntry.fromBytes(rewritten, this.index.config()).sentenceKeys())
			.containsExactly(entry.sentenceKeys());
		assertThat(IndexEntry.fromBytes(entryRow(b.id()), this.index.config()).outdated()).isFalse();

		// a row in the earlier format written after the index was built (an instance not
		// yet upgraded) is rebuilt too
		Commitment d = submit(c, this.dung, CopyTexts.disguised(a.body(), 23, 20));
		this.jdbc.update("update commitment_fingerprint set seq = :s, entry_data = :e where commitment_id = :id",
				new MapSqlParameterSource("id", d.id()).addValue("s", nextSeq())
					.addValue("e", version2(IndexEntry.fromBytes(entryRow(d.id()), this.index.config()))));
		assertThat(restarted.similarTo(a.id())).extracting(Match::id).contains(b.id(), d.id());
		assertThat(IndexEntry.fromBytes(entryRow(d.id()), this.index.config()).outdated()).isFalse();
	}

	private byte[] entryRow(long commitmentId) {
		return this.jdbc.queryForObject("select entry_data from commitment_fingerprint where commitment_id = :id",
				Map.of("id", commitmentId), byte[].class);
	}

	/**
	 * The entry in the layout of version 2: header (24 × 3 banding), 24 band keys,
	 * sentence keys, 9 ints of sketch.
	 */
	private byte[] version2(IndexEntry e) {
		java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(15 + 4 * (24 + e.sentenceKeys().length + 9));
		b.put((byte) 2).putInt(24 * 31 * 31 * 31 + 3 * 31 * 31 + 2 * 31 + 6);
		b.putInt(e.shingleCount()).putShort((short) 24).putShort((short) e.sentenceKeys().length);
		b.putShort((short) 9);
		for (int k = 0; k < 24; k++) {
			b.putInt(0x3C3C3C3C + k);
		}
		for (int k : e.sentenceKeys()) {
			b.putInt(k);
		}
		for (int i = 0; i < 9; i++) {
			b.putInt(0x5A5A5A5A);
		}
		return b.array();
	}

	@Test
	void anInstanceCatchesUpWithWhatOthersWroteBeforeItsNextQuery() {
		CommitmentCampaign c = campaign(2026, CommitmentGenerator.TEMPLATE);
		Commitment a = submit(c, this.an, CopyTexts.independent(91));
		FingerprintIndex mine = anotherInstance();
		mine.catchUp();

		// Another instance (here: the application's own) stores a copy after this one
		// built its index.
		Commitment b = submit(c, this.binh, CopyTexts.disguised(a.body(), 17, 25));
		assertThat(mine.similarTo(a.id())).extracting(Match::id).containsExactly(b.id());

		// It rewrites the row when the text changes: the old text is gone here too.
		Commitment rewritten = this.commitments.save(this.officer, c.id(), this.binh.getId(),
				CommitmentService.Draft.text(CopyTexts.independent(92)), b.version());
		assertThat(mine.similarTo(a.id())).isEmpty();

		// A tombstone takes a text out of every instance's index.
		Commitment d = submit(c, this.dung, a.body());
		assertThat(mine.similarTo(a.id())).extracting(Match::id).containsExactly(d.id());
		new TransactionTemplate(this.transactions).executeWithoutResult(s -> this.check.remove(d.id()));
		assertThat(mine.similarTo(a.id())).isEmpty();
		assertThat(this.index.similarTo(a.id())).isEmpty();

		// Sequence numbers are taken before commit, so a lower one can show up after a
		// higher one: a row written
		// "late" by a slow transaction of a third instance is still picked up.
		long s1 = nextSeq();
		long s2 = nextSeq();
		this.jdbc.update("update commitment_fingerprint set seq = :s where commitment_id = :id",
				new MapSqlParameterSource("s", s2).addValue("id", rewritten.id()));
		assertThat(mine.similarTo(a.id())).isEmpty();
		Fingerprint late = this.check.fingerprinter(c.id()).fingerprint(CopyTexts.disguised(a.body(), 19, 30));
		Commitment e = submit(c, this.cuong, CopyTexts.independent(93));
		this.jdbc.update(
				"update commitment_fingerprint set seq = :s, entry_data = :e, shingle_data = :d where commitment_id = :id",
				new MapSqlParameterSource("s", s1).addValue("e", late.entry().toBytes(this.index.config()))
					.addValue("d", late.shingleBytes())
					.addValue("id", e.id()));
		assertThat(mine.similarTo(a.id())).extracting(Match::id).containsExactly(e.id());
	}

	private long nextSeq() {
		return this.jdbc.queryForObject("select nextval('commitment_fingerprint_seq')", Map.of(), Long.class);
	}

	@Test
	void copyingAcrossCommunesIsFoundButShownOnlyToWhoSeesBoth() {
		CommitmentCampaign c = campaign(2026, CommitmentGenerator.TEMPLATE);
		Commitment a = submit(c, this.an, CopyTexts.independent(101));
		// A member of another commune, in that commune's own campaign, hands in An's
		// text.
		Samples.Commune y = Samples.commune(this.orgChanges, this.fx.province());
		Member far = Samples.member(this.members, y.cellA(), "Đỗ Văn Giang", "Đảng viên", "Sản xuất nông nghiệp",
				MemberStatus.ACTIVE, false);
		Scope farOfficer = new Scope("canbo." + y.suffix(), y.commune().getPath(), y.commune().getId(), true, true,
				false);
		CommitmentCampaign other = this.commitments.createCampaign(farOfficer,
				new CommitmentService.NewCampaign(y.commune().getId(), 2026, CommitmentKind.YEARLY_COMMITMENT, null,
						LocalDate.of(2026, 1, 15), null, false, true, CommitmentGenerator.TEMPLATE));
		Commitment copy = this.commitments.save(farOfficer, other.id(), far.getId(),
				CommitmentService.Draft.text(CopyTexts.disguised(a.body(), 23, 30)), null);

		// Detection is global; each commune's officer only sees pairs inside their own
		// commune.
		assertThat(this.findings.forCommitment(Scope.system(), copy.id())).extracting(f -> f.other().commitmentId())
			.containsExactly(a.id());
		assertThat(this.findings.forCommitment(farOfficer, copy.id())).isEmpty();
		assertThat(this.findings.forCommitment(this.officer, a.id())).isEmpty();
		long id = this.findings.forCommitment(Scope.system(), a.id()).get(0).id();
		assertThatThrownBy(() -> this.findings.pair(farOfficer, id, copy.id()))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(403));
		assertThatThrownBy(() -> this.findings.decide(this.officer, id, CopyStatus.CONFIRMED_COPY, null, 0))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(403));
		// The province sees the pair and the cluster across the two communes is not one
		// of either commune's.
		Scope province = new Scope("canbo.tinh.x", this.org.get(this.fx.province()).getPath(), this.fx.province(), true,
				true, false);
		assertThat(this.findings.pair(province, id, null).passages()).isNotEmpty();
		assertThat(this.findings.clusters(this.officer, c.id(), this.x.commune().getId())).isEmpty();
	}

	@Test
	void theOfficerConfirmsACopyOrCallsItAFalseAlarm() {
		CommitmentCampaign c = campaign(2026, CommitmentGenerator.TEMPLATE);
		Commitment a = submit(c, this.an, CopyTexts.independent(111));
		Commitment b = submit(c, this.binh, CopyTexts.disguised(a.body(), 29, 30));
		Commitment d = submit(c, this.dung, CopyTexts.disguised(a.body(), 31, 25));
		Commitment e = submit(c, this.cuong, CopyTexts.independent(112));
		CopyFindings.Finding ab = this.findings.forCommitment(this.officer, b.id())
			.stream()
			.filter(f -> f.otherThan(b.id()).commitmentId() == a.id())
			.findFirst()
			.orElseThrow();

		// The clusters: An, Bình and Dung handed in one text, across the two cells;
		// Cường's is his own.
		List<CopyFindings.Cluster> clusters = this.findings.clusters(this.officer, c.id(), this.x.commune().getId());
		assertThat(clusters).singleElement().satisfies(k -> {
			assertThat(k.members()).extracting(CopyFindings.Side::commitmentId)
				.containsExactlyInAnyOrder(a.id(), b.id(), d.id());
			assertThat(k.cells()).containsExactlyInAnyOrder(this.x.cellA().getName(), this.x.cellB().getName());
		});
		assertThat(this.findings.flagged(this.officer, c.id(), this.x.cellA().getId(), null))
			.allMatch(
					f -> f.checked().cellId() == this.x.cellA().getId() || f.other().cellId() == this.x.cellA().getId())
			.isNotEmpty();
		assertThat(this.findings.forCommitment(this.officer, e.id())).isEmpty();
		// The home page's count of pairs awaiting a decision: the open pairs of the
		// subtree, a pair across two cells counted in each cell and once in the commune.
		long commune = this.x.commune().getId();
		assertThat(this.findings.awaitingDecision(this.officer, c.id(), commune)).isEqualTo(3)
			.isEqualTo(this.findings.flagged(this.officer, c.id(), commune, CopyStatus.OPEN).size());
		for (long cell : List.of(this.x.cellA().getId(), this.x.cellB().getId())) {
			assertThat(this.findings.awaitingDecision(this.officer, c.id(), cell))
				.isEqualTo(this.findings.flagged(this.officer, c.id(), cell, CopyStatus.OPEN).size())
				.isPositive();
		}

		// The cell's own secretary does not decide; a false alarm needs its reason; the
		// version must be the one seen.
		assertThatThrownBy(
				() -> this.findings.decide(this.secretary, ab.id(), CopyStatus.CONFIRMED_COPY, null, ab.version()))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("commitment.copy.deciderNotAbove"));
		assertThatThrownBy(() -> this.findings.decide(this.officer, ab.id(), CopyStatus.FALSE_ALARM, " ", ab.version()))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("commitment.copy.reasonRequired"));
		CopyFindings.Finding confirmed = this.findings.decide(this.officer, ab.id(), CopyStatus.CONFIRMED_COPY,
				"Chép nguyên bản của đồng chí An, chỉ đảo câu", ab.version());
		assertThat(confirmed.status()).isEqualTo(CopyStatus.CONFIRMED_COPY);
		assertThat(confirmed.decidedBy()).isEqualTo(this.officer.username());
		assertThat(confirmed.decidedAt()).isNotNull();
		assertThat(confirmed.comment()).isEqualTo("Chép nguyên bản của đồng chí An, chỉ đảo câu");
		assertThatThrownBy(() -> this.findings.decide(this.officer, ab.id(), CopyStatus.FALSE_ALARM,
				"Trùng do cùng đề cương", ab.version()))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.staleVersion"));
		Integer audited = this.jdbc.queryForObject("select count(*) from audit_event where entity_type = 'CopyFinding' "
				+ "and entity_id = :id and action = 'COPY_CONFIRMED'", Map.of("id", ab.id()), Integer.class);
		assertThat(audited).isEqualTo(1);

		// A false alarm takes the pair out of the clusters.
		CopyFindings.Finding ad = this.findings.forCommitment(this.officer, d.id())
			.stream()
			.filter(f -> f.otherThan(d.id()).commitmentId() == a.id())
			.findFirst()
			.orElseThrow();
		CopyFindings.Finding bd = this.findings.forCommitment(this.officer, d.id())
			.stream()
			.filter(f -> f.otherThan(d.id()).commitmentId() == b.id())
			.findFirst()
			.orElseThrow();
		this.findings.decide(this.officer, ad.id(), CopyStatus.FALSE_ALARM, "Đồng chí Dung tự viết, trùng ý chung",
				ad.version());
		this.findings.decide(this.officer, bd.id(), CopyStatus.FALSE_ALARM, "Đồng chí Dung tự viết, trùng ý chung",
				bd.version());
		assertThat(this.findings.clusters(this.officer, c.id(), this.x.commune().getId())).singleElement()
			.satisfies(k -> assertThat(k.members()).extracting(CopyFindings.Side::commitmentId)
				.containsExactlyInAnyOrder(a.id(), b.id()));
		assertThat(this.findings.flagged(this.officer, c.id(), this.x.commune().getId(), CopyStatus.FALSE_ALARM))
			.hasSize(2);
		assertThat(this.findings.awaitingDecision(this.officer, c.id(), commune)).isZero();

		// An edit since the page was opened: the finding was replaced, and the officer is
		// told so.
		this.commitments.save(this.officer, c.id(), this.binh.getId(),
				CommitmentService.Draft.text(CopyTexts.independent(113)), b.version());
		assertThatThrownBy(
				() -> this.findings.decide(this.officer, ab.id(), CopyStatus.CONFIRMED_COPY, null, confirmed.version()))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("commitment.copy.gone"));
	}

	@Test
	void theBoilerplateShareIsShownToTheSigner() {
		CommitmentCampaign c = campaign(2026, null);
		// Six members whose texts are the same set phrases (the sample commitment), and
		// one who wrote her own.
		Member[] same = { this.an, this.binh, this.cuong, this.dung,
				Samples.member(this.members, this.x.cellA(), "Võ Văn Em", "Đảng viên", "Sản xuất", MemberStatus.ACTIVE,
						false),
				Samples.member(this.members, this.x.cellA(), "Huỳnh Văn Phúc", "Đảng viên", "Sản xuất",
						MemberStatus.ACTIVE, false) };
		Commitment last = null;
		for (Member m : same) {
			last = this.commitments.save(this.officer, c.id(), m.getId(),
					CommitmentService.Draft.form(Samples.sections("Đảng viên")), null);
		}
		Member own = Samples.member(this.members, this.x.cellB(), "Lý Thị Giàu", "Giáo viên", "Dạy lớp 3",
				MemberStatus.ACTIVE, false);
		Commitment mine = submit(c, own, CopyTexts.independent(121));

		List<ContentChecks.Finding> checks = this.commitments.checks(this.officer, last.id());
		assertThat(checks).extracting(ContentChecks.Finding::kind)
			.contains(ContentChecks.Kind.BOILERPLATE)
			.doesNotContain(ContentChecks.Kind.BOILERPLATE_UNAVAILABLE);
		assertThat(this.boilerplate.boilerplateShare(c.id(), last.id(), last.body()).getAsDouble()).isGreaterThan(0.6);
		assertThat(this.commitments.checks(this.officer, mine.id())).extracting(ContentChecks.Finding::kind)
			.doesNotContain(ContentChecks.Kind.BOILERPLATE, ContentChecks.Kind.BOILERPLATE_UNAVAILABLE);
	}

	@Test
	void commitmentsWithoutAStoredFingerprintAreCheckedAtStartUp() {
		CommitmentCampaign c = campaign(2026, CommitmentGenerator.TEMPLATE);
		Commitment a = submit(c, this.an, CopyTexts.independent(131));
		Commitment b = submit(c, this.binh, CopyTexts.disguised(a.body(), 29, 20));
		// as if b had been written before copy detection existed
		Map<String, Long> id = Map.of("id", b.id());
		this.jdbc.update("delete from copy_finding where commitment_id = :id or other_id = :id", id);
		this.jdbc.update("delete from commitment_sentence where commitment_id = :id", id);
		this.jdbc.update("delete from commitment_fingerprint where commitment_id = :id", id);
		assertThat(this.findings.forCommitment(this.officer, b.id())).isEmpty();

		this.check.backfill();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from commitment_fingerprint where commitment_id = :id and entry_data is not null", id,
				Integer.class))
			.isEqualTo(1);
		assertThat(this.findings.forCommitment(this.officer, b.id()))
			.extracting(f -> f.otherThan(b.id()).commitmentId())
			.containsExactly(a.id());
	}

}
