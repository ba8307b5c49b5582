package vn.tuyengiao.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.tuyengiao.similarity.Fingerprinter;
import vn.tuyengiao.similarity.Overlap;
import vn.tuyengiao.similarity.SimilarityConfig;

/**
 * Groups near-identical sentences of several units with the similarity engine: two
 * sentences belong together when their sets of 3-syllable shingles overlap by a Jaccard
 * of 0,5 or one holds 80% of the other's. The first sentence of a group stands for it;
 * the group keeps every unit that wrote one of its sentences, in order.
 */
public final class SentenceClusters {

	public record Source(long unitId, String text) {
	}

	public record Cluster(String text, Set<Long> unitIds) {
	}

	private static final Fingerprinter FINGERPRINTS = new Fingerprinter(SimilarityConfig.DEFAULT);

	private SentenceClusters() {
	}

	public static List<Cluster> cluster(List<Source> sources) {
		List<int[]> heads = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<Set<Long>> units = new ArrayList<>();
		for (Source s : sources) {
			int[] set = FINGERPRINTS.fingerprint(s.text()).shingles();
			int found = -1;
			for (int i = 0; i < heads.size() && found < 0; i++) {
				if (near(set, heads.get(i))) {
					found = i;
				}
			}
			if (found < 0) {
				heads.add(set);
				texts.add(s.text());
				units.add(new LinkedHashSet<>(List.of(s.unitId())));
			}
			else {
				units.get(found).add(s.unitId());
			}
		}
		List<Cluster> out = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			out.add(new Cluster(texts.get(i), units.get(i)));
		}
		return out;
	}

	static boolean near(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return false;
		}
		Overlap o = Overlap.of(a, b);
		return o.jaccard() >= 0.5 || (Math.min(a.length, b.length) >= 4 && o.maxContainment() >= 0.8);
	}

}
