package vn.tuyengiao.opinion.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.Intensity;
import vn.tuyengiao.opinion.OpinionField;
import vn.tuyengiao.opinion.Spread;
import vn.tuyengiao.opinion.Tendency;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VnFormat;

/**
 * Recording and correcting opinion items. Every field is checked before anything is
 * written, and the refusal names each field at fault.
 */
@Service
public class OpinionItems {

	static final int MAX_TEXT = 4000;

	private final OpinionItemRepository items;

	private final CollaboratorRepository collaborators;

	private final TopicCatalogue topics;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	OpinionItems(OpinionItemRepository items, CollaboratorRepository collaborators, TopicCatalogue topics, OrgUnits org,
			AuditLog audit, Clock clock) {
		this.items = items;
		this.collaborators = collaborators;
		this.topics = topics;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a form or a request gives. The source is a collaborator or a unit (the item's
	 * own unit when neither is given); the field defaults to the topic's.
	 */
	public record ItemInput(Long unitId, String hamlet, LocalDate observedOn, Long topicId, OpinionField field,
			Tendency tendency, Intensity intensity, Spread spread, Long collaboratorId, Long sourceUnitId,
			String content, String handling) {
	}

	@Transactional
	public OpinionItem record(Scope scope, ItemInput in) {
		Checked c = check(scope, in);
		OpinionItem item = this.items
			.saveAndFlush(new OpinionItem(c.data(), c.unit().getPath(), this.clock.instant(), scope.username()));
		this.audit.record("CREATE", "OpinionItem", item.getId(), c.unit().getPath(),
				"Ý kiến dư luận: " + c.topic().name(), c.unit().getName());
		return item;
	}

	@Transactional
	public OpinionItem update(Scope scope, long id, Long version, ItemInput in) {
		OpinionItem item = get(scope, id);
		scope.requireWrite(item.getUnitPath());
		if (version == null || version != item.getVersion()) {
			throw AppException.staleVersion();
		}
		Checked c = check(scope, in);
		item.change(c.data(), c.unit().getPath(), this.clock.instant());
		this.items.saveAndFlush(item);
		this.audit.record("UPDATE", "OpinionItem", item.getId(), c.unit().getPath(),
				"Sửa ý kiến dư luận: " + c.topic().name(), c.unit().getName());
		return item;
	}

	@Transactional(readOnly = true)
	public OpinionItem get(Scope scope, long id) {
		OpinionItem item = this.items.findById(id).orElseThrow(() -> AppException.notFound("opinion.itemNotFound", id));
		scope.requireRead(item.getUnitPath());
		return item;
	}

	private record Checked(OrgUnit unit, TopicCatalogue.TopicRow topic, OpinionItem.ItemData data) {
	}

	private Checked check(Scope scope, ItemInput in) {
		Problems problems = new Problems();
		OrgUnit unit = null;
		if (in.unitId() == null) {
			problems.add("unit", "opinion.required");
		}
		else {
			unit = this.org.get(in.unitId());
			scope.requireWrite(unit.getPath());
		}
		LocalDate today = LocalDate.now(this.clock);
		if (in.observedOn() == null) {
			problems.add("observedOn", "opinion.required");
		}
		else if (in.observedOn().isAfter(today)) {
			problems.add("observedOn", "opinion.dateInFuture", VnFormat.shortDate(today));
		}
		TopicCatalogue.TopicRow topic = null;
		if (in.topicId() == null) {
			problems.add("topic", "opinion.required");
		}
		else {
			topic = this.topics.usable(scope, in.topicId());
			if (topic == null) {
				problems.add("topic", "opinion.unknownTopic", in.topicId());
			}
		}
		if (in.tendency() == null) {
			problems.add("tendency", "opinion.required");
		}
		if (in.intensity() == null) {
			problems.add("intensity", "opinion.required");
		}
		if (in.spread() == null) {
			problems.add("spread", "opinion.required");
		}
		String content = clean(in.content());
		if (content == null) {
			problems.add("content", "opinion.required");
		}
		else if (content.length() > MAX_TEXT) {
			problems.add("content", "opinion.tooLong", MAX_TEXT);
		}
		String handling = clean(in.handling());
		if (handling != null && handling.length() > MAX_TEXT) {
			problems.add("handling", "opinion.tooLong", MAX_TEXT);
		}
		String hamlet = clean(in.hamlet());
		if (hamlet != null && hamlet.length() > 200) {
			problems.add("hamlet", "opinion.tooLong", 200);
		}
		Long sourceUnitId = null;
		if (in.collaboratorId() != null && in.sourceUnitId() != null) {
			problems.add("source", "opinion.oneSource");
		}
		else if (in.collaboratorId() != null) {
			checkCollaborator(scope, in, unit, problems);
		}
		else if (unit != null) {
			OrgUnit source = in.sourceUnitId() == null ? unit : this.org.get(in.sourceUnitId());
			scope.requireRead(source.getPath());
			sourceUnitId = source.getId();
		}
		problems.throwIfAny();
		OpinionField field = in.field() != null ? in.field() : topic.field();
		return new Checked(unit, topic,
				new OpinionItem.ItemData(unit.getId(), hamlet, in.observedOn(), topic.id(), field, in.tendency(),
						in.intensity(), in.spread(), in.collaboratorId(), sourceUnitId, content, handling));
	}

	/**
	 * A collaborator must belong to the item's branch (its unit, a unit above it or below
	 * it) and serve on the item's date.
	 */
	private void checkCollaborator(Scope scope, ItemInput in, OrgUnit unit, Problems problems) {
		Collaborator x = this.collaborators.findById(in.collaboratorId()).orElse(null);
		if (x == null || !scope.contains(x.getUnitPath()) && !sameBranch(x, unit)) {
			problems.add("collaborator", "opinion.unknownCollaborator", in.collaboratorId());
			return;
		}
		if (unit != null && !sameBranch(x, unit)) {
			problems.add("collaborator", "opinion.collaboratorOutsideUnit", x.getFullName(), unit.getName());
		}
		else if (in.observedOn() != null && !x.servesOn(in.observedOn())) {
			problems.add("collaborator", "opinion.collaboratorNotServing", x.getFullName(),
					VnFormat.shortDate(in.observedOn()));
		}
	}

	private static boolean sameBranch(Collaborator x, OrgUnit unit) {
		return unit != null
				&& (unit.getPath().startsWith(x.getUnitPath()) || x.getUnitPath().startsWith(unit.getPath()));
	}

	private static String clean(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		return VietnameseText.normalize(s).strip();
	}

}
