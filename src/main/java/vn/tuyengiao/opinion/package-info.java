/**
 * Public opinion (dư luận xã hội, Kết luận 100-KL/TW, Hướng dẫn 137-HD/BTGTW): the topic
 * catalogue, each unit's roster of collaborators, the opinion items units and
 * collaborators report (topic, where, tendency, intensity, spread, source, suggested
 * handling), the hot topics of a period and scope (linked to a recommendation by a kept
 * reference), the monthly and ad-hoc reports as party documents through the register,
 * rolled up from the units below, and the Excel exports.
 * <p>
 * API: {@link vn.tuyengiao.opinion.OpinionSummaries#forUnit} returns an
 * {@link vn.tuyengiao.opinion.OpinionSummary} for periodic reports and dashboards; the
 * enums {@link vn.tuyengiao.opinion.Tendency}, {@link vn.tuyengiao.opinion.Intensity},
 * {@link vn.tuyengiao.opinion.Spread}, {@link vn.tuyengiao.opinion.OpinionField}.
 * Everything else is in {@code internal}.
 * <p>
 * Tables owned: {@code opinion_topic}, {@code opinion_collaborator},
 * {@code opinion_item}, {@code opinion_hot_topic}. Each keeps a copy of its unit's path
 * (rewritten on {@link vn.tuyengiao.org.UnitPathsChanged}), so no query joins another
 * module's table.
 */
package vn.tuyengiao.opinion;
