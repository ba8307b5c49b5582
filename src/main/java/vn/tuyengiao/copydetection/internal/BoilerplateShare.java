package vn.tuyengiao.copydetection.internal;

import java.util.ArrayList;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.stereotype.Component;

import vn.tuyengiao.commitment.BoilerplateEstimate;
import vn.tuyengiao.similarity.Syllables;

/**
 * The {@link BoilerplateEstimate} of the commitment content checks: the share of the text
 * in sentences that {@link #BOILERPLATE_MIN_OTHERS} or more other commitments carry too
 * (read from the {@link SentenceTable}).
 */
@Component
public class BoilerplateShare implements BoilerplateEstimate {

	/** A sentence carried by this many other commitments is boilerplate. */
	public static final int BOILERPLATE_MIN_OTHERS = 5;

	private final SentenceTable sentences;

	BoilerplateShare(SentenceTable sentences) {
		this.sentences = sentences;
	}

	@Override
	public OptionalDouble boilerplateShare(long campaignId, long commitmentId, String text) {
		Syllables.Tokens tokens = Syllables.tokenize(text);
		if (tokens.size() == 0) {
			return OptionalDouble.of(0);
		}
		Map<Integer, Integer> sentences = SentenceTable.sentences(tokens);
		if (sentences.isEmpty()) {
			return OptionalDouble.of(0);
		}
		Map<Integer, Integer> carriers = this.sentences.carriers(new ArrayList<>(sentences.keySet()), commitmentId);
		long common = 0;
		for (Map.Entry<Integer, Integer> e : sentences.entrySet()) {
			if (carriers.getOrDefault(e.getKey(), 0) >= BOILERPLATE_MIN_OTHERS) {
				common += e.getValue();
			}
		}
		return OptionalDouble.of(Math.min(1.0, (double) common / tokens.size()));
	}

}
