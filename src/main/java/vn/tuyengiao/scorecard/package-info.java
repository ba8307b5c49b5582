/**
 * The scorecard (bảng theo dõi chỉ tiêu): units × indicators for a scope and period, with
 * traffic lights against thresholds an administrator sets per scope, a drill-down from
 * every cell to the units and records behind it, the tree as it stood on an as-of date
 * (before the 2025 mergers), and a one-page brief in the party format. Indicators are a
 * port ({@link vn.tuyengiao.scorecard.Indicator}) each grassroots module implements in
 * its own {@code internal} package over its own tables. Table:
 * {@code scorecard_threshold}.
 */
package vn.tuyengiao.scorecard;
