package vn.tuyengiao.commitment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import vn.tuyengiao.text.DocumentText;
import vn.tuyengiao.text.VietnameseText;

/**
 * Advisory checks shown to the cell committee before it signs: the problems the seeds
 * name — sections missing, nothing about the member's own position and duties, last
 * year's shortcomings not stated with remedies, too short, and (from copy detection) a
 * text made mostly of boilerplate. They never block anything.
 */
public final class ContentChecks {

	/**
	 * Fewer words than this is a stub, not a commitment (a real one runs to 300–1,000).
	 */
	public static final int MIN_WORDS = 150;

	/** Above this share of boilerplate the text says little of the member's own. */
	public static final double MAX_BOILERPLATE_SHARE = 0.6;

	/** Words of a position or duty that name no one in particular. */
	private static final Set<String> GENERIC = Set.of("dang", "vien", "thuc", "hien", "nhiem", "vu", "chuc", "trach",
			"duoc", "chi", "bo", "phan", "cong", "cua", "va", "cac", "trong", "theo", "to", "giao", "tham", "gia",
			"sinh", "hoat", "tai", "noi", "cu", "tru", "la", "co", "cho", "voi", "nhung", "mot", "khac", "khong");

	private static final List<String> SHORTCOMING_CUES = CommitmentSection.SHORTCOMINGS.cues();

	private static final List<String> REMEDY_CUES = List.of("khac phuc", "sua chua", "bien phap", "giai phap",
			"se tap trung");

	public enum Level {

		WARNING, INFO

	}

	public enum Kind {

		MISSING_SECTIONS, NO_OWN_DUTIES, NO_DUTIES_ON_FILE, NO_SHORTCOMINGS, NO_REMEDY, TOO_SHORT, BOILERPLATE,
		BOILERPLATE_UNAVAILABLE, OTHER_YEAR, OTHER_PLACE, OTHER_POSITION

	}

	/** One finding: a message key with its arguments, resolved by the page or the API. */
	public record Finding(Kind kind, Level level, String messageKey, List<Object> args) {
	}

	/**
	 * The member facts the checks compare with: position and duties, the campaign's year
	 * (0: not checked) and the names of the member's cell and the units above it.
	 */
	public record Subject(String position, String duties, int year, List<String> places) {

		public Subject {
			places = places == null ? List.of() : List.copyOf(places);
		}

		public Subject(String position, String duties) {
			this(position, duties, 0, List.of());
		}

	}

	private ContentChecks() {
	}

	public static List<Finding> check(EntryMode mode, Map<CommitmentSection, String> sections, String body,
			Subject member, OptionalDouble boilerplateShare) {
		List<Finding> findings = new ArrayList<>();
		String folded = VietnameseText.fold(body);

		List<Object> missing = new ArrayList<>();
		for (CommitmentSection s : CommitmentSection.values()) {
			if (s == CommitmentSection.SHORTCOMINGS) {
				continue;
			}
			boolean present = mode == EntryMode.FORM ? !blank(sections.get(s))
					: s.cues().stream().anyMatch(folded::contains);
			if (!present) {
				missing.add(s.heading());
			}
		}
		if (!missing.isEmpty()) {
			findings.add(new Finding(Kind.MISSING_SECTIONS, Level.WARNING, "commitment.check.missingSections",
					List.of(String.join("; ", missing.stream().map(String::valueOf).toList()))));
		}

		Set<String> ownTerms = ownTerms(member);
		if (ownTerms.isEmpty()) {
			findings.add(new Finding(Kind.NO_DUTIES_ON_FILE, Level.INFO, "commitment.check.noDutiesOnFile", List.of()));
		}
		else if (ownTerms.stream().noneMatch(t -> containsPhrase(folded, t))) {
			String what = member.position() == null || member.position().isBlank() ? member.duties()
					: member.position();
			findings.add(new Finding(Kind.NO_OWN_DUTIES, Level.WARNING, "commitment.check.noOwnDuties", List.of(what)));
		}

		String shortcomings = mode == EntryMode.FORM ? VietnameseText.fold(sections.get(CommitmentSection.SHORTCOMINGS))
				: folded;
		boolean statesShortcomings = mode == EntryMode.FORM ? DocumentText.wordCount(shortcomings) >= 5
				: SHORTCOMING_CUES.stream().anyMatch(folded::contains);
		if (!statesShortcomings) {
			findings
				.add(new Finding(Kind.NO_SHORTCOMINGS, Level.WARNING, "commitment.check.noShortcomings", List.of()));
		}
		else if (REMEDY_CUES.stream().noneMatch(shortcomings::contains)) {
			findings.add(new Finding(Kind.NO_REMEDY, Level.WARNING, "commitment.check.noRemedy", List.of()));
		}

		findings.addAll(StaleDetails.check(body, member));

		int words = DocumentText.wordCount(body);
		if (words < MIN_WORDS) {
			findings.add(
					new Finding(Kind.TOO_SHORT, Level.WARNING, "commitment.check.tooShort", List.of(words, MIN_WORDS)));
		}

		// Filled in by copy detection (BoilerplateEstimate); until then the page says the
		// figure is not available.
		if (boilerplateShare.isPresent()) {
			double share = boilerplateShare.getAsDouble();
			if (share > MAX_BOILERPLATE_SHARE) {
				findings.add(new Finding(Kind.BOILERPLATE, Level.WARNING, "commitment.check.boilerplate",
						List.of(Math.round(share * 100) + "%")));
			}
		}
		else {
			findings.add(new Finding(Kind.BOILERPLATE_UNAVAILABLE, Level.INFO,
					"commitment.check.boilerplateUnavailable", List.of()));
		}
		return findings;
	}

	/**
	 * Two-syllable phrases of the member's position and duties that say something
	 * particular ("hiệu trưởng", "chi hội trưởng", "cựu chiến binh"): at least one must
	 * come back in the text.
	 */
	static Set<String> ownTerms(Subject member) {
		Set<String> terms = new LinkedHashSet<>();
		for (String source : new String[] { member.position(), member.duties() }) {
			for (String phrase : VietnameseText.fold(source).split("[,;.:()/\\-–]+")) {
				String[] words = phrase.strip().split(" ");
				for (int i = 0; i + 1 < words.length; i++) {
					if (!words[i].isEmpty() && !words[i + 1].isEmpty()
							&& (!GENERIC.contains(words[i]) || !GENERIC.contains(words[i + 1]))) {
						terms.add(words[i] + " " + words[i + 1]);
					}
				}
				if (words.length == 1 && words[0].length() > 3 && !GENERIC.contains(words[0])) {
					terms.add(words[0]);
				}
			}
		}
		return terms;
	}

	private static boolean containsPhrase(String folded, String phrase) {
		int from = 0;
		while (true) {
			int i = folded.indexOf(phrase, from);
			if (i < 0) {
				return false;
			}
			int end = i + phrase.length();
			boolean startOk = i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1));
			boolean endOk = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
			if (startOk && endOk) {
				return true;
			}
			from = i + 1;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
