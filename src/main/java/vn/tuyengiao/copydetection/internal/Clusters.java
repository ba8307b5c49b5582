package vn.tuyengiao.copydetection.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tuyengiao.copydetection.CopyFindings.Cluster;
import vn.tuyengiao.copydetection.CopyFindings.ClusterPairs;
import vn.tuyengiao.copydetection.CopyFindings.Finding;
import vn.tuyengiao.copydetection.CopyFindings.Side;
import vn.tuyengiao.copydetection.CopyStatus;

/**
 * Clusters of a campaign's commitments in a unit's subtree: the connected components of
 * the findings that are not false alarms, largest first.
 */
public final class Clusters {

	private Clusters() {
	}

	/**
	 * The clusters among {@code flagged} of the campaign's commitments whose cell path
	 * starts with {@code unitPath}.
	 */
	public static List<Cluster> of(List<Finding> flagged, long campaignId, String unitPath) {
		Map<Long, Long> parent = new HashMap<>();
		Map<Long, Side> sides = new LinkedHashMap<>();
		Map<Long, Double> best = new HashMap<>();
		for (Finding f : flagged) {
			if (f.status() == CopyStatus.FALSE_ALARM || !inside(f.checked(), campaignId, unitPath)
					|| !inside(f.other(), campaignId, unitPath)) {
				continue;
			}
			long a = f.checked().commitmentId();
			long b = f.other().commitmentId();
			sides.putIfAbsent(a, f.checked());
			sides.putIfAbsent(b, f.other());
			union(parent, a, b);
			best.merge(a, f.maxShare(), Math::max);
		}
		Map<Long, List<Side>> groups = new LinkedHashMap<>();
		Map<Long, Double> groupBest = new HashMap<>();
		for (Map.Entry<Long, Side> e : sides.entrySet()) {
			long root = find(parent, e.getKey());
			groups.computeIfAbsent(root, k -> new ArrayList<>()).add(e.getValue());
			groupBest.merge(root, best.getOrDefault(e.getKey(), 0.0), Math::max);
		}
		List<Cluster> out = new ArrayList<>();
		for (Map.Entry<Long, List<Side>> g : groups.entrySet()) {
			List<Side> members = new ArrayList<>(g.getValue());
			members.sort(Comparator.comparing(Side::cellPath).thenComparing(Side::memberName));
			Set<String> cells = new LinkedHashSet<>();
			members.forEach(m -> cells.add(m.cellName()));
			out.add(new Cluster(members, List.copyOf(cells), groupBest.get(g.getKey())));
		}
		out.sort(Comparator.comparingInt((Cluster c) -> c.members().size())
			.reversed()
			.thenComparing(Comparator.comparingDouble(Cluster::maxShare).reversed()));
		return out;
	}

	/** Each cluster with the findings (not false alarms) between two of its members. */
	public static List<ClusterPairs> withPairs(List<Cluster> clusters, List<Finding> flagged) {
		Map<Long, Integer> clusterOf = new HashMap<>();
		for (int i = 0; i < clusters.size(); i++) {
			for (Side s : clusters.get(i).members()) {
				clusterOf.put(s.commitmentId(), i);
			}
		}
		List<List<Finding>> pairs = new ArrayList<>();
		clusters.forEach(c -> pairs.add(new ArrayList<>()));
		for (Finding f : flagged) {
			Integer a = clusterOf.get(f.checked().commitmentId());
			if (f.status() != CopyStatus.FALSE_ALARM && a != null
					&& a.equals(clusterOf.get(f.other().commitmentId()))) {
				pairs.get(a).add(f);
			}
		}
		List<ClusterPairs> out = new ArrayList<>();
		for (int i = 0; i < clusters.size(); i++) {
			out.add(new ClusterPairs(clusters.get(i), List.copyOf(pairs.get(i))));
		}
		return out;
	}

	private static boolean inside(Side s, long campaignId, String unitPath) {
		return s.campaignId() == campaignId && s.cellPath().startsWith(unitPath);
	}

	private static long find(Map<Long, Long> parent, long x) {
		long r = x;
		while (parent.containsKey(r) && parent.get(r) != r) {
			r = parent.get(r);
		}
		parent.put(x, r);
		return r;
	}

	private static void union(Map<Long, Long> parent, long a, long b) {
		parent.putIfAbsent(a, a);
		parent.putIfAbsent(b, b);
		long ra = find(parent, a);
		long rb = find(parent, b);
		if (ra != rb) {
			parent.put(Math.max(ra, rb), Math.min(ra, rb));
		}
	}

}
