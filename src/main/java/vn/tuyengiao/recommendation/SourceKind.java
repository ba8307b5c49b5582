package vn.tuyengiao.recommendation;

/**
 * Where a recommendation was raised: a supervision or work visit, a cell meeting, by the
 * unit directly, or from public opinion. Labels: {@code recommendation.SourceKind.*}.
 */
public enum SourceKind {

	VISIT, CELL_MEETING, UNIT_DIRECT, OPINION;

	public String messageKey() {
		return "recommendation.SourceKind." + name();
	}

}
