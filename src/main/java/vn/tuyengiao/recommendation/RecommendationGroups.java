package vn.tuyengiao.recommendation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;

/**
 * Many units asking the same: near-identical open recommendations to one addressee are
 * suggested as a group; the addressee confirms the group and answers it once for all its
 * members.
 */
@Service
public class RecommendationGroups {

	private final RecommendationGroupRepository groups;

	private final RecommendationRepository recommendations;

	private final RecommendationService service;

	private final RecommendationQueries queries;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	RecommendationGroups(RecommendationGroupRepository groups, RecommendationRepository recommendations,
			RecommendationService service, RecommendationQueries queries, OrgUnits org, AuditLog audit, Clock clock) {
		this.groups = groups;
		this.recommendations = recommendations;
		this.service = service;
		this.queries = queries;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	/** A group with its members, or a suggested one (id null). */
	public record Group(Long id, String title, long addresseeUnitId, List<RecommendationRow> members) {

		/** How many distinct units asked. */
		public long unitCount() {
			return this.members.stream().map(RecommendationRow::raisedUnitId).distinct().count();
		}

		/** "03": the count as the reports write it. */
		public String unitCountText() {
			return vn.tuyengiao.text.VnFormat.count(unitCount());
		}

		public List<Long> unitIds() {
			return this.members.stream().map(RecommendationRow::raisedUnitId).distinct().toList();
		}

		public List<Long> ids() {
			return this.members.stream().map(RecommendationRow::id).toList();
		}

	}

	/**
	 * Open, ungrouped recommendations the user answers whose texts are near-identical,
	 * raised by at least two units, per addressee.
	 */
	@Transactional(readOnly = true)
	public List<Group> suggestions(Scope scope) {
		List<RecommendationRow> open = this.queries
			.list(scope, new RecommendationQueries.Filter(RecommendationView.ADDRESSED, null, null, null, null))
			.stream()
			.filter(r -> r.status().isOpen() && r.groupId() == null)
			.toList();
		Map<Long, List<RecommendationRow>> byAddressee = new LinkedHashMap<>();
		open.forEach(r -> byAddressee.computeIfAbsent(r.addresseeUnitId(), k -> new ArrayList<>()).add(r));
		List<Group> out = new ArrayList<>();
		byAddressee.forEach((addressee, rows) -> out.addAll(cluster(addressee, rows)));
		return out;
	}

	private List<Group> cluster(long addressee, List<RecommendationRow> rows) {
		int n = rows.size();
		int[][] sh = new int[n][];
		for (int i = 0; i < n; i++) {
			sh[i] = Shingles.of(rows.get(i).subject() + " " + rows.get(i).body());
		}
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (Shingles.similarity(sh[i], sh[j]) >= Shingles.ALIKE) {
					parent[find(parent, j)] = find(parent, i);
				}
			}
		}
		Map<Integer, List<RecommendationRow>> clusters = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rows.get(i));
		}
		List<Group> out = new ArrayList<>();
		for (List<RecommendationRow> c : clusters.values()) {
			Group g = new Group(null, c.get(c.size() - 1).subject(), addressee, c);
			if (g.unitCount() >= 2) {
				out.add(g);
			}
		}
		return out;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** Confirms a group: open recommendations of at least two units to one addressee. */
	@Transactional
	public RecommendationGroup create(Scope scope, String title, List<Long> ids) {
		if (ids == null || ids.stream().distinct().count() < 2) {
			throw AppException.invalid("recommendation.groupTooSmall");
		}
		List<Recommendation> members = new ArrayList<>();
		for (Long id : ids.stream().distinct().toList()) {
			Recommendation r = this.service.get(scope, id);
			this.service.requireAddressee(scope, r);
			if (!r.getStatus().isOpen()) {
				throw AppException.conflict("recommendation.groupNotOpen", r.getSubject());
			}
			if (r.getGroupId() != null) {
				throw AppException.conflict("recommendation.alreadyGrouped", r.getSubject());
			}
			if (!members.isEmpty() && members.get(0).getAddresseeUnitId() != r.getAddresseeUnitId()) {
				throw AppException.invalid("recommendation.groupAddressees");
			}
			members.add(r);
		}
		String t = RecommendationService.clean(title);
		if (t == null) {
			t = members.get(0).getSubject();
		}
		RecommendationGroup g = this.groups.save(new RecommendationGroup(t, members.get(0).getAddresseeUnitId(),
				scope.username(), this.clock.instant()));
		members.forEach(r -> r.joinGroup(g.getId()));
		this.audit.record("GROUP", "RecommendationGroup", g.getId(), this.org.get(g.getAddresseeUnitId()).getPath(),
				"Gộp kiến nghị: " + t, ids.toString());
		return g;
	}

	@Transactional(readOnly = true)
	public Group get(Scope scope, long id) {
		RecommendationGroup g = this.groups.findById(id)
			.orElseThrow(() -> AppException.notFound("recommendation.groupNotFound", id));
		List<RecommendationRow> members = this.queries.group(id);
		List<RecommendationRow> visible = members.stream()
			.filter(r -> this.service.visible(scope, r.raisedUnitId(), r.addresseeUnitId()))
			.toList();
		if (visible.isEmpty()) {
			throw AppException.forbidden();
		}
		return new Group(g.getId(), g.getTitle(), g.getAddresseeUnitId(), visible);
	}

	/** The groups among what the user sees. */
	@Transactional(readOnly = true)
	public List<Group> list(Scope scope) {
		Map<Long, List<RecommendationRow>> byGroup = new LinkedHashMap<>();
		this.queries.list(scope, RecommendationQueries.Filter.all())
			.stream()
			.filter(r -> r.groupId() != null)
			.forEach(r -> byGroup.computeIfAbsent(r.groupId(), k -> new ArrayList<>()).add(r));
		List<Group> out = new ArrayList<>();
		byGroup.forEach((id, rows) -> {
			RecommendationGroup g = this.groups.findById(id).orElseThrow();
			out.add(new Group(id, g.getTitle(), g.getAddresseeUnitId(), rows));
		});
		return out;
	}

	/**
	 * One answer for every member still taking a response; all are checked before any is
	 * changed.
	 */
	@Transactional
	public Group respond(Scope scope, long groupId, RecommendationService.Response resp) {
		get(scope, groupId);
		List<Recommendation> members = this.recommendations.findByGroupIdOrderById(groupId)
			.stream()
			.filter(r -> r.getStatus().takesResponse())
			.toList();
		if (members.isEmpty()) {
			throw AppException.conflict("recommendation.alreadyAnswered");
		}
		for (Recommendation r : members) {
			this.service.requireAddressee(scope, r);
			this.service.validate(r, resp);
		}
		for (Recommendation r : members) {
			this.service.apply(scope, r, new RecommendationService.Response(resp.status(), resp.answeredOn(),
					resp.answer(), resp.forwardedTo(), resp.forwardedToUnitId(), resp.forwardDueOn(), null));
		}
		return get(scope, groupId);
	}

}
