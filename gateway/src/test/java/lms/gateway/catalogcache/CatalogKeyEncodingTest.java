package lms.gateway.catalogcache;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogKeyEncodingTest {

	@Test
	void gzipWithoutWeightOrAWeightAboveZeroIsTheGzipVariant() {
		assertThat(key("gzip")).endsWith("|gzip");
		assertThat(key("gzip, deflate, br")).endsWith("|gzip");
		assertThat(key("br;q=1.0, GZIP;q=0.5")).endsWith("|gzip");
		assertThat(key("deflate", "gzip ; q=0.001")).endsWith("|gzip");
	}

	@Test
	void gzipRefusedWithQZeroOrNotListedIsThePlainVariant() {
		assertThat(key("gzip;q=0")).endsWith("|identity");
		assertThat(key("gzip; q=0.000, deflate")).endsWith("|identity");
		assertThat(key("deflate, br")).endsWith("|identity");
		assertThat(key("x-gzip-like")).endsWith("|identity");
		assertThat(key("gzip;q=junk")).endsWith("|identity");
		assertThat(key()).endsWith("|identity");
	}

	private static String key(String... acceptEncoding) {
		var request = MockServerHttpRequest.get("/api/v1/get-course/c1").header("Accept-Encoding", acceptEncoding);
		return CatalogKey.of(request.build(), false).orElseThrow().value();
	}

}
