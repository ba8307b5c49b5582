/**
 * Report templates (issue 15, item 5): a periodic report as data an administrator can
 * extend — its sections in order, each with a heading and what fills it: fixed text, or a
 * {@link vn.tuyengiao.reporttemplate.SectionSource} that drafts the section from one
 * module's data for a unit and a period. Modules contribute sources by implementing the
 * port in their own {@code internal} package; this module finds them as beans and never
 * reads their tables.
 */
package vn.tuyengiao.reporttemplate;
