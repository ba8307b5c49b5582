package vn.tuyengiao.member;

import java.util.List;

import vn.tuyengiao.common.AppException;

/** A member record breaks one or more rules; each problem names its field. */
public class InvalidMemberException extends AppException {

	private final transient List<FieldProblem> problems;

	public InvalidMemberException(List<FieldProblem> problems) {
		super(400, "member.invalid", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	@Override
	public List<Detail> details() {
		return this.problems.stream().map(p -> new Detail(p.field().messageKey(), p.messageKey(), p.args())).toList();
	}

}
