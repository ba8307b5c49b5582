package vn.tuyengiao.member;

/** One thing wrong with one field of a member, as a message key with arguments. */
public record FieldProblem(MemberField field, String messageKey, Object... args) {
}
