/**
 * The reporting cycle across the tree: the incoming register (sổ văn bản đến) and the
 * report requests it carries, standing obligations by rule, each unit's due inbox, submit
 * – return – accept of issued reports from the register, completeness and timeliness per
 * unit and roll-up, and the receiving level's consolidated draft.
 * <p>
 * Tables: {@code incoming_document}, {@code report_rule}, {@code report_request},
 * {@code report_obligation}, {@code report_event}. Reports themselves stay in the
 * register: a submission is an issued document of the submitting unit's register
 * ({@link vn.tuyengiao.register.ReportDrafts}); a return makes a new draft from it.
 */
package vn.tuyengiao.reporting;
