package lms.course.catalog;

import lms.kit.web.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogQueryTest {

	@Test
	void caseAndSpacingVariantsOfASearchAreOneKey() {
		String key = new CatalogQuery("Zebra Husbandry", null, null).cacheKey();
		assertThat(new CatalogQuery("  zebra \t HUSBANDRY ", null, null).cacheKey()).isEqualTo(key);
		assertThat(new CatalogQuery("zebra husbandry", null, null).cacheKey()).isEqualTo(key);
		assertThat(new CatalogQuery("zebra husbandr", null, null).cacheKey()).isNotEqualTo(key);
	}

	@Test
	void defaultsAreMadeExplicitOncePagingIsAskedFor() {
		String first = new CatalogQuery(null, 1, 20).cacheKey();
		assertThat(new CatalogQuery(null, 1, null).cacheKey()).isEqualTo(first);
		assertThat(new CatalogQuery(null, null, 20).cacheKey()).isEqualTo(first);
		assertThat(new CatalogQuery(null, null, null).cacheKey()).isEqualTo(CatalogReader.ALL);
		assertThat(new CatalogQuery(" ", null, null).cacheKey()).isEqualTo(CatalogReader.ALL);
		assertThat(new CatalogQuery("java", null, null).cacheKey())
			.isNotEqualTo(new CatalogQuery("java", 1, null).cacheKey());
	}

	@Test
	void outOfRangeValuesAreRefused() {
		for (Integer[] paging : new Integer[][] { { 0, null }, { null, 0 }, { null, 101 }, { -1, 5 } }) {
			assertThatExceptionOfType(ApiException.class)
				.isThrownBy(() -> new CatalogQuery(null, paging[0], paging[1]));
		}
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> new CatalogQuery("x".repeat(201), null, null));
	}

	@Test
	void onlyTheFullListIsShareable() {
		assertThat(new CatalogQuery(null, null, null).isEmpty()).isTrue();
		assertThat(new CatalogQuery(null, 2, null).isEmpty()).isFalse();
		assertThat(new CatalogQuery("java", null, null).isEmpty()).isFalse();
	}

}
