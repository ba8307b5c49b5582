package vn.tuyengiao.report;

/**
 * Where the renderers get the layout profile in force, asked once per document. The
 * bundled file is used when no source exists; the layout module supplies the version an
 * administrator last saved.
 */
public interface LayoutProfileSource {

	LayoutProfile current();

}
