/**
 * Reading spreadsheets safely (streaming .xlsx, .csv with encoding and delimiter
 * detection) and writing .xlsx. An engine: it depends on nothing but {@code text}.
 */
@ApplicationModule(allowedDependencies = { "text" })
package vn.tuyengiao.tabular;

import org.springframework.modulith.ApplicationModule;
