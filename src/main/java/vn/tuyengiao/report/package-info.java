/**
 * Party documents (reports, plans, notices) as data, and their rendering to Word, PDF and
 * an HTML preview in the layout the Central Party Office prescribes. Plain Java: callers
 * build a {@link vn.tuyengiao.report.PartyDocument} and hand it with a
 * {@link vn.tuyengiao.report.LayoutProfile} to {@link vn.tuyengiao.report.DocxRenderer},
 * {@link vn.tuyengiao.report.PdfRenderer} or {@link vn.tuyengiao.report.HtmlRenderer}.
 * The layout rules are data (a versioned profile) because the guidance changes:
 * 36-HD/VPTW (2018) is bundled, a newer one can be loaded from a file.
 */
@ApplicationModule(allowedDependencies = { "text" })
package vn.tuyengiao.report;

import org.springframework.modulith.ApplicationModule;
