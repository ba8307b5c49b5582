package vn.tuyengiao.meeting;

import vn.tuyengiao.text.VnFormat;

/**
 * The counts of cell meetings for a unit (a cell, or every cell under a commune or
 * province) over a period. Only completed meetings count; drafts are counted apart.
 *
 * @param cells open cells
 * @param cellsHeld cells with at least one completed meeting
 * @param meetings completed meetings
 * @param thematic of which thematic
 * @param withStory meetings where a story about Uncle Ho was told
 * @param withLesson of those, with the lesson drawn
 * @param drafts meetings still in draft (not counted above)
 * @param present members present, summed over meetings
 * @param expected members expected (on the roll, not exempt or away), summed
 * @param cellsTellingStories cells that told a story at more than half of their completed
 * regular meetings
 * @param cellsDrawingLessons cells that told a story with the lesson drawn at more than
 * half of them
 * @param cellsLagging cells below the quarterly thematic quota (at least one thematic
 * meeting in every quarter of the period that has ended)
 */
public record MeetingFigures(long cells, long cellsHeld, long meetings, long thematic, long withStory, long withLesson,
		long drafts, long present, long expected, long cellsTellingStories, long cellsDrawingLessons,
		long cellsLagging) {

	public static final MeetingFigures ZERO = new MeetingFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	public MeetingFigures plus(MeetingFigures o) {
		return new MeetingFigures(this.cells + o.cells, this.cellsHeld + o.cellsHeld, this.meetings + o.meetings,
				this.thematic + o.thematic, this.withStory + o.withStory, this.withLesson + o.withLesson,
				this.drafts + o.drafts, this.present + o.present, this.expected + o.expected,
				this.cellsTellingStories + o.cellsTellingStories, this.cellsDrawingLessons + o.cellsDrawingLessons,
				this.cellsLagging + o.cellsLagging);
	}

	/** "2.825/3.153 (89,59%)": present over expected, with the rate. */
	public String attendance() {
		return VnFormat.ratio(this.present, this.expected) + " (" + VnFormat.percent(this.present, this.expected) + ")";
	}

	public String attendanceRate() {
		return VnFormat.percent(this.present, this.expected);
	}

}
