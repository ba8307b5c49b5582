/**
 * Imports from .xlsx and .csv files: the one read → map → validate → write shape
 * ({@link vn.tuyengiao.imports.Importer}) every import follows, all or nothing; the
 * background jobs with their progress pages ({@code /imports/{id}}); the upload form and
 * template download ({@link vn.tuyengiao.imports.ImportPages}). Depends only on
 * {@code common} and {@code tabular}; {@code org} and {@code member} bring the importers.
 */
package vn.tuyengiao.imports;
