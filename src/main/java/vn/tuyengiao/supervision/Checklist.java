package vn.tuyengiao.supervision;

import java.util.List;
import java.util.Optional;

/** One version of a plan's checklist: its items in order. */
public record Checklist(long id, long planId, int versionNo, List<Item> items) {

	/**
	 * An item: the library code it comes from, the question, the wording of its
	 * shortcoming in a report, and how it is answered.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "SupervisionChecklistItem")
	public record Item(String code, String question, String shortfall, AnswerType answerType) {
	}

	public Optional<Item> item(String code) {
		return this.items.stream().filter(i -> i.code().equals(code)).findFirst();
	}

}
