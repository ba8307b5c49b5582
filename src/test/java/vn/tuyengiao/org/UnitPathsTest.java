package vn.tuyengiao.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which child of a root a path lies under, read from the path alone. */
class UnitPathsTest {

	@Test
	void childOfNamesTheRootsChildOnThePath() {
		assertThat(UnitPaths.childOf("/1/2/2334/2400/", "/1/2/")).isEqualTo(2334L);
		assertThat(UnitPaths.childOf("/1/2/2334/", "/1/2/")).isEqualTo(2334L);
		// The root itself, a sibling subtree, and a path that only shares the prefix's
		// digits.
		assertThat(UnitPaths.childOf("/1/2/", "/1/2/")).isNull();
		assertThat(UnitPaths.childOf("/1/3/40/", "/1/2/")).isNull();
		assertThat(UnitPaths.childOf("/1/21/40/", "/1/2/")).isNull();
		assertThat(UnitPaths.childOf("/1/", "/1/2/")).isNull();
	}

}
