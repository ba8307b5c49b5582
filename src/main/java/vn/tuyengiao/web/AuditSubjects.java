package vn.tuyengiao.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the audit log knows of each kind of record: the module it belongs to (for the
 * module filter) and its page (for the link on each change). A kind not listed shows
 * without a link.
 */
final class AuditSubjects {

	record Subject(String module, String page) {
	}

	static final Map<String, Subject> SUBJECTS = new LinkedHashMap<>();

	static {
		SUBJECTS.put("OrgUnit", new Subject("org", "/units/{id}"));
		SUBJECTS.put("Member", new Subject("members", "/members/{id}"));
		SUBJECTS.put("User", new Subject("accounts", null));
		SUBJECTS.put("ApiToken", new Subject("accounts", null));
		SUBJECTS.put("StudyCampaign", new Subject("study", "/study/campaigns/{id}"));
		SUBJECTS.put("StudySession", new Subject("study", "/study/sessions/{id}"));
		SUBJECTS.put("CommitmentCampaign", new Subject("commitments", "/commitments/campaigns/{id}"));
		SUBJECTS.put("Commitment", new Subject("commitments", "/commitments/{id}"));
		SUBJECTS.put("CopyFinding", new Subject("copies", "/commitments/copies/{id}"));
		SUBJECTS.put("EmulationModel", new Subject("emulation", "/models/{id}"));
		SUBJECTS.put("ModelGroup", new Subject("emulation", null));
		SUBJECTS.put("Exemplar", new Subject("emulation", "/exemplars/{id}"));
		SUBJECTS.put("Award", new Subject("emulation", "/awards/{id}"));
		SUBJECTS.put("IssuingBody", new Subject("register", null));
		SUBJECTS.put("CommitteeTerm", new Subject("register", null));
		SUBJECTS.put("OutgoingDocument", new Subject("register", null));
	}

	/** The modules in the filter, in menu order. */
	static final List<String> MODULES = List.of("org", "members", "study", "commitments", "copies", "emulation",
			"register", "accounts");

	private AuditSubjects() {
	}

	static List<String> typesOf(String module) {
		List<String> types = new ArrayList<>();
		SUBJECTS.forEach((type, s) -> {
			if (s.module().equals(module)) {
				types.add(type);
			}
		});
		return types;
	}

	/** The page of a changed record, or null. */
	static String link(String entityType, Long entityId) {
		Subject s = SUBJECTS.get(entityType);
		return s == null || s.page() == null || entityId == null ? null
				: s.page().replace("{id}", Long.toString(entityId));
	}

}
