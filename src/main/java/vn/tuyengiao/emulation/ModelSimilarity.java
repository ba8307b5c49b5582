package vn.tuyengiao.emulation;

import java.util.List;

/**
 * How alike a new model's text is to other models' texts, from 0 (nothing shared) to 1
 * (the same). The overlap check at registration uses it; a stronger engine (the
 * similarity module) can replace the simple one behind this interface.
 */
public interface ModelSimilarity {

	/** One score per candidate, in the candidates' order. */
	double[] score(String text, List<String> candidates);

}
