package vn.tuyengiao.opinion.internal;

import java.util.ArrayList;
import java.util.List;

import vn.tuyengiao.common.AppException;

/**
 * The problems found in one form or request, each naming its field; all are checked
 * before anything is written, then thrown together ("Chưa lưu: 2 lỗi. Ngày ghi nhận: …").
 */
final class Problems {

	private final List<AppException.Detail> found = new ArrayList<>();

	/** A problem of the field {@code opinion.field.<field>}. */
	Problems add(String field, String messageKey, Object... args) {
		this.found.add(new AppException.Detail("opinion.field." + field, messageKey, args));
		return this;
	}

	boolean has(String field) {
		return this.found.stream().anyMatch(d -> d.fieldKey().equals("opinion.field." + field));
	}

	/** The refusal for the problems found so far. */
	AppException exception() {
		return new Invalid(List.copyOf(this.found));
	}

	void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new Invalid(List.copyOf(this.found));
		}
	}

	/** The refusal: 400, one line per field. */
	static final class Invalid extends AppException {

		private final transient List<Detail> details;

		Invalid(List<Detail> details) {
			super(400, "opinion.invalid", details.size());
			this.details = details;
		}

		@Override
		public List<Detail> details() {
			return this.details;
		}

	}

}
