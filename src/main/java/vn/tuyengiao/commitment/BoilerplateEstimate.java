package vn.tuyengiao.commitment;

import java.util.OptionalDouble;

/**
 * The share of a commitment's text that is boilerplate found in many commitments (0–1),
 * for the content checks. Supplied by copy detection; until a bean implements it, the
 * check is shown as not available.
 */
public interface BoilerplateEstimate {

	OptionalDouble boilerplateShare(long campaignId, long commitmentId, String text);

}
