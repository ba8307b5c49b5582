package vn.tuyengiao.imports;

/** A column of an import file, known by its header. */
public interface ImportColumn {

	/** The header as the template writes it and as errors name the column. */
	String header();

}
