/**
 * Supervision and inspection visits (issue 13): plans issued by a unit (regular or
 * thematic, with the basis document, the units to visit and the team with its leader),
 * checklists built from reusable items and versioned per plan, visits with answers and
 * findings, remedies tracked to the team's acceptance, the brief before a visit, the
 * offline visit pack and its idempotent sync, and the results reports through the
 * register.
 * <p>
 * Tables: {@code supervision_item}, {@code supervision_plan},
 * {@code supervision_plan_unit}, {@code supervision_team_member},
 * {@code supervision_checklist}, {@code supervision_checklist_item},
 * {@code supervision_visit}, {@code supervision_visit_member}, {@code supervision_photo},
 * {@code supervision_answer}, {@code supervision_finding}. Other modules are read through
 * their root APIs only ({@code OrgUnits}, {@code StudyRollup},
 * {@code CommitmentCompleteness}, {@code CopyFindings}, {@code EmulationRollup},
 * {@code ReportPages}).
 * <p>
 * Ports for modules still to come: {@link vn.tuyengiao.supervision.BriefSource} (lines of
 * the brief: cell meetings, book cabinets, press) and
 * {@link vn.tuyengiao.supervision.RecommendationLines} (the recommendations section of
 * the work-visit report).
 */
package vn.tuyengiao.supervision;
