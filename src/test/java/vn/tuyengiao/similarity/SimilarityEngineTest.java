package vn.tuyengiao.similarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.generator.CommitmentGenerator;
import vn.tuyengiao.generator.CommitmentGenerator.Commitment;
import vn.tuyengiao.generator.CommitmentGenerator.Edit;
import vn.tuyengiao.similarity.Syllables.Tokens;
import vn.tuyengiao.text.LegacyVietnamese;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityEngineTest {

	private static final String A = "Tôi luôn tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng. Bản thân tôi giữ gìn phẩm chất đạo đức cách mạng, sống giản dị, khiêm tốn, gần gũi với nhân dân ấp Vĩnh Lợi. "
			+ "Trên cương vị Bí thư Chi bộ, tôi duy trì sinh hoạt chi bộ định kỳ và chuyên đề mỗi tháng. "
			+ "Năm 2024, bản thân tôi còn hạn chế là việc nghiên cứu nghị quyết chưa sâu, tôi sẽ khắc phục để không lặp lại. "
			+ "Tôi cam kết xây dựng gia đình văn hóa, hòa thuận, hạnh phúc và vận động bà con cùng thực hiện.";

	private static final String B = "Tôi cam kết xây dựng gia đình văn hoá, hoà thuận, hạnh phúc và vận động bà con cùng thực hiện. "
			+ "Năm 2024, bản thân tôi còn hạn chế là việc nghiên cứu nghị quyết chưa sâu, tôi sẽ khắc phục để không lặp lại. "
			+ "Tôi luôn tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng. Bản thân tôi giữ gìn phẩm chất đạo đức cách mạng, sống giản dị, khiêm tốn, gần gũi với nhân dân ấp Cái Chanh. "
			+ "Trên cương vị Trưởng ấp, tôi vận động nhân dân tham gia xây dựng nông thôn mới.";

	private final Fingerprinter fingerprinter = new Fingerprinter(SimilarityConfig.DEFAULT);

	@Test
	void normalisationGivesTheSameSyllablesForNfdOldTonesCaseAndPunctuation() {
		String nfc = "Xây dựng gia đình văn hóa, hòa thuận; sức khỏe, thủy lợi!";
		String variant = Normalizer.normalize("XÂY DỰNG gia đình  văn hoá — hoà thuận, sức khoẻ... thuỷ lợi",
				Normalizer.Form.NFD);
		Tokens a = Syllables.tokenize(nfc);
		Tokens b = Syllables.tokenize(variant);
		assertThat(a.size()).isEqualTo(12);
		assertThat(b.hashes()).containsExactly(a.hashes());
		// offsets point into the original text, whatever its form
		int k = 5; // "hoá" in the variant, decomposed
		assertThat(Normalizer.normalize(variant.substring(b.starts()[k], b.ends()[k]), Normalizer.Form.NFC))
			.isEqualTo("hoá");
		assertThat(nfc.substring(a.starts()[k], a.ends()[k])).isEqualTo("hóa");
		assertThat(a.sentences()[0]).isEqualTo(0);
		assertThat(a.sentences()[a.size() - 1]).isEqualTo(1);
	}

	@Test
	void legacyEncodedCopiesFingerprintLikeTheUnicodeText() {
		Fingerprint u = this.fingerprinter.fingerprint(A);
		for (LegacyVietnamese.Encoding e : List.of(LegacyVietnamese.Encoding.TCVN3, LegacyVietnamese.Encoding.VNI)) {
			String legacy = LegacyVietnamese.encode(A, e);
			String back = LegacyVietnamese.toUnicode(legacy, LegacyVietnamese.detect(legacy));
			assertThat(this.fingerprinter.fingerprint(back).shingles()).as(e.name()).containsExactly(u.shingles());
		}
	}

	@Test
	void exactOverlapAndContainmentBothWays() {
		Overlap o = Overlap.of(new int[] { 1, 2, 3, 4 }, new int[] { 3, 4, 5, 6, 7, 8, 9, 10 });
		assertThat(o.shared()).isEqualTo(2);
		assertThat(o.jaccard()).isEqualTo(0.2);
		assertThat(o.containmentAInB()).isEqualTo(0.5);
		assertThat(o.containmentBInA()).isEqualTo(0.25);
	}

	@Test
	void passagesAreFoundInReorderedSentencesWithOffsetsInBothTexts() {
		List<Passage> passages = PassageAligner.align(A, B);
		assertThat(passages).hasSizeGreaterThanOrEqualTo(3);
		List<String> inA = passages.stream().map(p -> A.substring(p.aStart(), p.aEnd())).toList();
		List<String> inB = passages.stream().map(p -> B.substring(p.bStart(), p.bEnd())).toList();
		assertThat(inA).anyMatch(s -> s.startsWith("Năm 2024, bản thân tôi còn hạn chế"));
		assertThat(inB).anyMatch(s -> s.startsWith("Năm 2024, bản thân tôi còn hạn chế"));
		// the first sentence of A is the third of B: found although the order differs
		assertThat(inA).anyMatch(s -> s.startsWith("Tôi luôn tuyệt đối trung thành"));
		Passage family = passages.stream()
			.filter(p -> A.substring(p.aStart(), p.aEnd()).contains("gia đình văn"))
			.findFirst()
			.orElseThrow();
		// "văn hóa, hòa thuận" in A and "văn hoá, hoà thuận" in B are the same syllables
		assertThat(B.substring(family.bStart(), family.bEnd())).contains("hoà thuận");
		assertThat(A.substring(family.aStart(), family.aEnd())).contains("hòa thuận");
		// the members' own sentences are not matched
		assertThat(inA).noneMatch(s -> s.contains("duy trì sinh hoạt"));
	}

	@Test
	void indexIsIncrementalAndRebuildsFromSerialisedRows() {
		SimilarityConfig config = SimilarityConfig.DEFAULT;
		SimilarityIndex index = new SimilarityIndex(config);
		InMemoryShingleStore store = new InMemoryShingleStore();
		Fingerprint a = this.fingerprinter.fingerprint(A);
		Fingerprint b = this.fingerprinter.fingerprint(B);
		Fingerprint other = this.fingerprinter.fingerprint(
				"Là giáo viên Trường Trung học cơ sở Tam Nghĩa, tôi bồi dưỡng học sinh giỏi cấp huyện và phụ đạo học sinh yếu kém trong năm học mới.");
		index.add(1, a.entry());
		store.put(1, a.shingles());
		index.add(3, other.entry());
		store.put(3, other.shingles());
		List<Match> found = index.query(b, store, 2);
		assertThat(found).extracting(Match::id).containsExactly(1L);
		assertThat(found.get(0).maxContainment()).isGreaterThan(0.6);

		// removed: no longer found; added back: found again; replaced by another text:
		// not found
		assertThat(index.remove(1)).isTrue();
		assertThat(index.query(b, store, 2)).isEmpty();
		assertThat(index.remove(1)).isFalse();
		index.add(1, a.entry());
		assertThat(index.query(b, store, 2)).extracting(Match::id).containsExactly(1L);
		index.add(1, other.entry());
		store.put(1, other.shingles());
		assertThat(index.query(b, store, 2)).isEmpty();
		assertThat(index.size()).isEqualTo(2);

		// what a database row would hold, and a new index rebuilt from such rows
		byte[] entryRow = a.entry().toBytes(config);
		byte[] shingleRow = a.shingleBytes();
		assertThat(a.entry().sketch()).hasSize(Sketch.LONGS);
		assertThat(entryRow.length)
			.isEqualTo(4 * (config.bands() + a.entry().sentenceKeys().length + a.entry().sampleKeys().length)
					+ 8 * Sketch.LONGS + 15 + (config.shingleSampleBits() != 0 ? 2 : 0));
		assertThat(IndexEntry.fromBytes(entryRow, config).sketch()).containsExactly(a.entry().sketch());
		SimilarityIndex rebuilt = new SimilarityIndex(config);
		InMemoryShingleStore rebuiltStore = new InMemoryShingleStore();
		rebuilt.addAll(new long[] { 7 }, new IndexEntry[] { IndexEntry.fromBytes(entryRow, config) });
		rebuiltStore.put(7, Fingerprint.shinglesFromBytes(shingleRow));
		assertThat(Fingerprint.shinglesFromBytes(shingleRow)).containsExactly(a.shingles());
		List<Match> again = rebuilt.query(b, rebuiltStore, -1);
		assertThat(again).extracting(Match::id).containsExactly(7L);
		assertThat(again.get(0).overlap()).isEqualTo(Overlap.of(b.shingles(), a.shingles()));
		// an entry without a sketch (written before sketches existed) is never
		// pre-filtered away
		rebuilt.add(8, new IndexEntry(a.size(), a.entry().bandKeys(), a.entry().sentenceKeys()));
		rebuiltStore.put(8, a.shingles());
		assertThat(rebuilt.query(b, rebuiltStore, -1)).extracting(Match::id).containsExactlyInAnyOrder(7L, 8L);
		assertThat(rebuilt.prefilteredCandidates(b.entry())).containsExactlyInAnyOrder(7L, 8L);
	}

	@Test
	void dataWrittenWithOtherBandingIsRefused() {
		byte[] row = this.fingerprinter.fingerprint(A).entry().toBytes(SimilarityConfig.DEFAULT);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> IndexEntry.fromBytes(row, SimilarityConfig.DEFAULT.withBanding(20, 4)))
			.isInstanceOf(IllegalArgumentException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> IndexEntry.fromBytes(new byte[] { 1, 2 }, SimilarityConfig.DEFAULT))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void templateTextDoesNotCountAsCopying() {
		String outline = "Tôi luôn tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng. Bản thân tôi giữ gìn phẩm chất đạo đức cách mạng, sống giản dị, khiêm tốn, gần gũi với nhân dân. "
				+ "Tôi cam kết xây dựng gia đình văn hóa, hòa thuận, hạnh phúc và vận động bà con cùng thực hiện.";
		String x = outline
				+ " Trên cương vị Bí thư Chi bộ ấp Vĩnh Lợi, tôi duy trì sinh hoạt chi bộ định kỳ và chuyên đề mỗi tháng.";
		String y = outline
				+ " Là công an viên ấp Cái Chanh, tôi tuần tra, phòng chống tội phạm và tệ nạn xã hội cùng tổ dân phòng.";
		Fingerprinter plain = new Fingerprinter(SimilarityConfig.DEFAULT);
		assertThat(Overlap.of(plain.fingerprint(x).shingles(), plain.fingerprint(y).shingles()).maxContainment())
			.isGreaterThan(0.6);
		Fingerprinter withTemplate = new Fingerprinter(SimilarityConfig.DEFAULT, List.of(outline));
		Fingerprint fx = withTemplate.fingerprint(x);
		Fingerprint fy = withTemplate.fingerprint(y);
		assertThat(Overlap.of(fx.shingles(), fy.shingles()).maxContainment()).isLessThan(0.2);
		SimilarityIndex index = new SimilarityIndex(SimilarityConfig.DEFAULT);
		InMemoryShingleStore store = new InMemoryShingleStore();
		index.add(1, fx.entry());
		store.put(1, fx.shingles());
		assertThat(index.query(fy, store, 2)).isEmpty();
	}

	@Test
	void boilerplateShareCountsShinglesFoundInManyTexts() {
		String common = "Tôi luôn tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng, chấp hành nghiêm chủ trương, đường lối của Đảng.";
		Boilerplate.Frequencies df = new Boilerplate.Frequencies();
		String[] own = { "Tôi vận động nhân dân ấp Vĩnh Lợi hiến đất làm đường.",
				"Tôi bồi dưỡng học sinh giỏi môn Ngữ văn.", "Tôi tuần tra giữ gìn an ninh trật tự ấp Cái Chanh.",
				"Tôi tiêm chủng mở rộng cho trẻ em ở trạm y tế." };
		for (String o : own) {
			df.add(this.fingerprinter.fingerprint(common + " " + o).shingles());
		}
		int[] formulaic = this.fingerprinter.fingerprint(common + " " + own[0]).shingles();
		int[] original = this.fingerprinter
			.fingerprint("Năm nay tôi nhận giúp đỡ hai quần chúng ưu tú ở tổ tự quản số 5.")
			.shingles();
		assertThat(Boilerplate.share(formulaic, df, 3)).isBetween(0.6, 0.9);
		assertThat(Boilerplate.share(original, df, 3)).isZero();
	}

	@Test
	void concurrentQueriesWhileAdding() throws Exception {
		CommitmentGenerator g = new CommitmentGenerator(7, 0.0);
		List<Fingerprint> fps = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			fps.add(this.fingerprinter.fingerprint(g.next().text()));
		}
		SimilarityIndex index = new SimilarityIndex(SimilarityConfig.DEFAULT);
		InMemoryShingleStore store = new InMemoryShingleStore();
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			Future<?> writer = pool.submit(() -> {
				for (int i = 0; i < fps.size(); i++) {
					store.put(i, fps.get(i).shingles());
					index.add(i, fps.get(i).entry());
				}
			});
			List<Future<Integer>> readers = new ArrayList<>();
			for (int r = 0; r < 2; r++) {
				readers.add(pool.submit(() -> {
					int hits = 0;
					for (int i = 0; i < fps.size(); i++) {
						hits += index.query(fps.get(i), store, -1).size();
					}
					return hits;
				}));
			}
			writer.get();
			for (Future<Integer> f : readers) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(index.size()).isEqualTo(300);
		for (int i = 0; i < fps.size(); i += 37) {
			assertThat(index.query(fps.get(i), store, -1)).extracting(Match::id).contains((long) i);
		}
	}

	/**
	 * The acceptance figure at test size: recall and precision of the index against the
	 * exact all-pairs ground truth on generated commitments with planted copies of every
	 * kind, computed on the submitted (NFD, old-tone, TCVN3, VNI …) texts after
	 * conversion, while the ground truth uses the clean Unicode texts.
	 */
	@Test
	void recallAndPrecisionAgainstExactAllPairsOnGeneratedCommitments() {
		int n = 1500;
		CommitmentGenerator g = new CommitmentGenerator(2026, 0.3);
		Commitment[] cs = new Commitment[n];
		for (int i = 0; i < n; i++) {
			cs[i] = g.next();
		}
		Fingerprinter fp = new Fingerprinter(SimilarityConfig.DEFAULT, List.of(CommitmentGenerator.TEMPLATE));
		int[][] clean = new int[n][];
		Fingerprint[] submitted = new Fingerprint[n];
		for (int i = 0; i < n; i++) {
			clean[i] = fp.fingerprint(cs[i].cleanText()).shingles();
			String t = cs[i].text();
			submitted[i] = fp.fingerprint(LegacyVietnamese.toUnicode(t, LegacyVietnamese.detect(t)));
		}
		List<ExactAllPairs.Pair> truth = ExactAllPairs.find(clean, SimilarityConfig.DEFAULT);
		List<ExactAllPairs.Pair> found = LshAllPairs.find(submitted, SimilarityConfig.DEFAULT, null);
		Set<Long> f = new HashSet<>();
		found.forEach(p -> f.add(((long) p.a() << 32) | p.b()));
		Set<Long> t = new HashSet<>();
		Map<Edit, int[]> perEdit = new EnumMap<>(Edit.class);
		for (ExactAllPairs.Pair p : truth) {
			long key = ((long) p.a() << 32) | p.b();
			t.add(key);
			Commitment b = cs[p.b()];
			if (b.isCopy() && b.sourceId() == cs[p.a()].id()) {
				int[] c = perEdit.computeIfAbsent(b.edit(), e -> new int[2]);
				c[0]++;
				c[1] += f.contains(key) ? 1 : 0;
			}
		}
		long truePositives = f.stream().filter(t::contains).count();
		double recall = (double) truePositives / t.size();
		double precision = (double) truePositives / f.size();
		System.out.printf("similarity test: %d texts, %d true pairs, recall %.4f, precision %.4f, per edit %s%n", n,
				t.size(), recall, precision,
				perEdit.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue()[1] + "/" + e.getValue()[0])
					.toList());
		assertThat(t.size()).isGreaterThan(200);
		assertThat(recall).isGreaterThanOrEqualTo(0.99);
		assertThat(precision).isGreaterThanOrEqualTo(0.99);
		for (Edit e : List.of(Edit.EXACT, Edit.REORDERED, Edit.INSERTED_DELETED, Edit.NFD, Edit.OLD_TONES, Edit.TCVN3,
				Edit.VNI)) {
			int[] c = perEdit.get(e);
			assertThat(c).as(e.name()).isNotNull();
			assertThat(c[1]).as(e.name()).isEqualTo(c[0]);
		}
		// half of a text pasted into a longer one: containment ≥ 0.6 at J ≈ 0.3–0.45, a
		// band candidate with probability
		// 0.6–0.95 and otherwise found through a shared sampled sentence; 0.993 of 3,143
		// such pairs at 100,000 texts
		// (docs/benchmarks.md), so at this size one may be missed
		int[] partial = perEdit.get(Edit.PARTIAL_IN_LONGER);
		assertThat(partial[0]).isGreaterThan(30);
		assertThat(partial[1]).isGreaterThanOrEqualTo(partial[0] - 1);
	}

}
