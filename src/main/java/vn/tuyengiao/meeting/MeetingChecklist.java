package vn.tuyengiao.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a cell meeting as Hướng dẫn 42-HD/BTCTW (28/10/2025) sets them out,
 * checked against a meeting's record as hints for the secretary: advisory only. The one
 * rule that blocks is elsewhere ({@link MeetingService}): a story told without the lesson
 * drawn cannot be completed.
 * <p>
 * The story about Uncle Ho is expected at every regular monthly meeting (DOMAIN §7, seed
 * 000: "kể mẫu chuyện về Bác trong sinh hoạt định kỳ hàng tháng"), and so is a member's
 * self-review in rotation; a thematic meeting is not held to either.
 */
public final class MeetingChecklist {

	private MeetingChecklist() {
	}

	/** A step of the meeting, its label at {@code meeting.step.<name>}. */
	public enum Step {

		OPENING, DOCUMENTS, FOLLOW_UP, CONTENT, DISCUSSION, RESOLUTION, STORY, SELF_REVIEW, MINUTES;

		public String messageKey() {
			return "meeting.step." + name();
		}

		public String hintKey() {
			return "meeting.stepHint." + name();
		}

	}

	/** A step and whether the record shows it done; not applicable steps are left out. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "MeetingChecklistItem")
	public record Item(Step step, boolean done) {
	}

	/**
	 * What the record says about a meeting, whether saved or still on the form.
	 *
	 * @param absentWithoutReason members expected but absent with no reason written
	 * @param previousResolution whether an earlier meeting adopted a resolution to follow
	 * up
	 */
	public record Facts(MeetingKind kind, int present, int absentWithoutReason, boolean documentsSent,
			boolean previousResolution, String followUp, String content, String discussion, String resolution,
			String storyTitle, String lesson, int selfReviews, boolean chair, boolean secretary,
			boolean minutesSigned) {

		public static Facts of(CellMeeting m, int absentWithoutReason, boolean previousResolution, int selfReviews) {
			return new Facts(m.getKind(), m.getPresentCount(), absentWithoutReason, m.isDocumentsSent(),
					previousResolution, m.getFollowUp(), m.getContent(), m.getDiscussion(), m.getResolution(),
					m.getStoryTitle(), m.getLesson(), selfReviews, m.getChairId() != null, m.getSecretaryId() != null,
					m.isMinutesSigned());
		}

	}

	public static List<Item> check(Facts f) {
		List<Item> items = new ArrayList<>();
		items.add(new Item(Step.OPENING, f.present() > 0 && f.absentWithoutReason() == 0));
		items.add(new Item(Step.DOCUMENTS, f.documentsSent()));
		if (f.previousResolution()) {
			items.add(new Item(Step.FOLLOW_UP, filled(f.followUp())));
		}
		items.add(new Item(Step.CONTENT, filled(f.content())));
		items.add(new Item(Step.DISCUSSION, filled(f.discussion())));
		items.add(new Item(Step.RESOLUTION, filled(f.resolution())));
		if (f.kind() != MeetingKind.THEMATIC) {
			items.add(new Item(Step.STORY, filled(f.storyTitle()) && filled(f.lesson())));
			items.add(new Item(Step.SELF_REVIEW, f.selfReviews() > 0));
		}
		items.add(new Item(Step.MINUTES, f.minutesSigned() && f.chair() && f.secretary()));
		return items;
	}

	/** How many of the steps the record shows done. */
	public static long done(List<Item> items) {
		return items.stream().filter(Item::done).count();
	}

	private static boolean filled(String s) {
		return s != null && !s.isBlank();
	}

}
