package lms.gateway.catalogcache;

import lms.gateway.support.StubIdentity;
import lms.kit.cache.EventPosition;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestHttp;
import lms.testkit.TokenIssuer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog edge cache switched off when the gateway starts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lms.gateway.catalog-cache.enabled=false")
@EmbeddedInfrastructure
class CatalogCacheSwitchedOffTest {

	@AutoClose
	static final CatalogEdgeCacheTest.Catalog catalog = new CatalogEdgeCacheTest.Catalog();

	@AutoClose
	static final StubIdentity identity = new StubIdentity(new TokenIssuer());

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("lms.services.course.url", catalog::url);
		registry.add("lms.services.identity.url", identity::url);
	}

	@Test
	void switchedOffASecondIdenticalReadReachesCourseServiceAgain() {
		TestHttp http = new TestHttp("http://127.0.0.1:" + this.port);

		TestHttp.Response first = http.get("/api/v1/get-course/off1");
		TestHttp.Response second = http.get("/api/v1/get-course/off1");
		http.get("/api/v1/get-courses");
		http.get("/api/v1/get-courses");

		assertThat(catalog.hits("/api/v1/get-course/off1")).isEqualTo(2);
		assertThat(catalog.hits("/api/v1/get-courses")).isEqualTo(2);
		assertThat(second.body()).isNotEqualTo(first.body()).contains("\"version\":2");
		assertThat(second.header(EventPosition.HEADER)).as("the position goes no further").isNull();
	}

}
