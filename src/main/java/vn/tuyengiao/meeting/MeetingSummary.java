package vn.tuyengiao.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * Cell meetings under a unit over a period, for other modules (the supervision brief,
 * periodic reports): the counts, the cells below the thematic quota named unambiguously,
 * and the sentences a report writes, whose wording follows the figure ({@link Quantity}):
 * "Hầu hết các chi bộ trực thuộc đều thực hiện kể mẫu chuyện về Bác (32/34 chi bộ)".
 *
 * @param laggingCells labels of the cells below the quarterly thematic quota
 * @param storySentence about the story told (cells telling stories / cells)
 * @param lessonSentence about the lesson drawn (cells drawing lessons / cells)
 * @param thematicSentence about the thematic quota (cells meeting it / cells), null when
 * no quarter of the period has ended
 */
public record MeetingSummary(long unitId, String unitLabel, LocalDate from, LocalDate to, MeetingFigures figures,
		List<String> laggingCells, int quartersChecked, String storySentence, String lessonSentence,
		String thematicSentence, String reportSection) {

	/** "2.825/3.153 (89,59%)". */
	public String attendance() {
		return this.figures.attendance();
	}

}
