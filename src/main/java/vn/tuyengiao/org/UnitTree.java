package vn.tuyengiao.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A subtree with member counts rolled up from the cells to every ancestor inside it. */
public final class UnitTree {

	private final Node root;

	private final Map<Long, Node> byId;

	private UnitTree(Node root, Map<Long, Node> byId) {
		this.root = root;
		this.byId = byId;
	}

	public record Node(OrgUnit unit, long ownMembers, long totalMembers, List<Node> children) {

		public boolean hasChildren() {
			return !this.children.isEmpty();
		}

		public long openChildren() {
			return this.children.stream().filter(c -> !c.unit().isClosed()).count();
		}

	}

	static UnitTree build(OrgUnit root, List<OrgUnit> subtree, Map<Long, Long> ownCounts, boolean includeClosed) {
		Map<Long, List<OrgUnit>> childrenOf = new HashMap<>();
		for (OrgUnit u : subtree) {
			if (!u.getId().equals(root.getId()) && (includeClosed || !u.isClosed())) {
				childrenOf.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u);
			}
		}
		Map<Long, Node> byId = new HashMap<>();
		Node top = assemble(root, childrenOf, ownCounts, byId);
		return new UnitTree(top, byId);
	}

	// Iterative post-order would avoid deep recursion, but party trees are at most ~8
	// levels deep.
	private static Node assemble(OrgUnit unit, Map<Long, List<OrgUnit>> childrenOf, Map<Long, Long> own,
			Map<Long, Node> byId) {
		List<Node> kids = new ArrayList<>();
		long total = own.getOrDefault(unit.getId(), 0L);
		for (OrgUnit child : childrenOf.getOrDefault(unit.getId(), List.of())) {
			Node n = assemble(child, childrenOf, own, byId);
			kids.add(n);
			total += n.totalMembers();
		}
		kids.sort(Comparator.comparing((Node n) -> n.unit().isClosed()).thenComparing(n -> n.unit().getSearchName()));
		Node node = new Node(unit, own.getOrDefault(unit.getId(), 0L), total, List.copyOf(kids));
		byId.put(unit.getId(), node);
		return node;
	}

	public Node root() {
		return this.root;
	}

	public Node node(long id) {
		return this.byId.get(id);
	}

	public int size() {
		return this.byId.size();
	}

}
