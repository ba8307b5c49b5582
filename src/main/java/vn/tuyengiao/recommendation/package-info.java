/**
 * Recommendations from below (kiến nghị, seed 000; Kết luận 215-KL/TW): raised by a unit
 * in a supervision visit, a cell meeting, directly or from public opinion, addressed to a
 * party unit (which answers, or relays to a body outside the party it names), tracked to
 * a response with honest end states, grouped when many units ask the same, answered by an
 * official letter through the register, and counted for the periodic reports.
 * <p>
 * Tables: {@code recommendation}, {@code recommendation_group},
 * {@code recommendation_step}.
 */
package vn.tuyengiao.recommendation;
