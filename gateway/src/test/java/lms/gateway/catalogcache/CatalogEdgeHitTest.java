package lms.gateway.catalogcache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import lms.gateway.support.StubIdentity;
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

/**
 * A read answered from the edge cache, before the route lookup, still gets everything a
 * routed answer gets: correlation id, security headers, CORS, the token check and the
 * rate limit (3 per address and 3 per account here, refilled hourly), 304 on its ETag,
 * and the variant of its encoding. Each test calls from an address of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lms.gateway.cors.allowed-origins=https://learn.example.com",
				"lms.gateway.rate-limits.redis-timeout=5s", "lms.gateway.rate-limits.per-address.capacity=3",
				"lms.gateway.rate-limits.per-address.refill-every=1h", "lms.gateway.rate-limits.per-account.capacity=3",
				"lms.gateway.rate-limits.per-account.refill-every=1h" })
@EmbeddedInfrastructure
class CatalogEdgeHitTest {

	@AutoClose
	static final CatalogEdgeCacheTest.Catalog catalog = new CatalogEdgeCacheTest.Catalog();

	@AutoClose
	static final StubIdentity identity = new StubIdentity(new TokenIssuer());

	static final AtomicInteger addresses = new AtomicInteger(10);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("lms.services.course.url", catalog::url);
		registry.add("lms.services.identity.url", identity::url);
	}

	@Test
	void aHitCarriesTheCorrelationIdAndTheSecurityHeaders() {
		TestHttp http = client();
		http.get("/api/v1/get-course/h1");

		TestHttp.Response hit = http.get("/api/v1/get-course/h1", "X-Correlation-Id", "web-77");

		assertThat(catalog.hits("/api/v1/get-course/h1")).isEqualTo(1);
		assertThat(hit.status()).isEqualTo(200);
		assertThat(hit.header("X-Correlation-Id")).isEqualTo("web-77");
		assertThat(hit.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(hit.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(hit.header("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
		assertThat(http.get("/api/v1/get-course/h1").header("X-Correlation-Id")).isNotBlank().isNotEqualTo("web-77");
	}

	@Test
	void aHitFromAConfiguredOriginNamesItAndOneFromAnotherOriginIsRefused() {
		TestHttp http = client();
		http.get("/api/v1/get-course/h2");

		TestHttp.Response allowed = http.get("/api/v1/get-course/h2", "Origin", "https://learn.example.com");
		TestHttp.Response refused = http.get("/api/v1/get-course/h2", "Origin", "https://evil.example.com");

		assertThat(catalog.hits("/api/v1/get-course/h2")).isEqualTo(1);
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://learn.example.com");
		assertThat(allowed.header("Access-Control-Allow-Credentials")).isEqualTo("true");
		assertThat(allowed.header("Access-Control-Expose-Headers")).containsIgnoringCase("x-correlation-id");
		assertThat(allowed.raw().headers().allValues("Vary")).contains("Origin", "Accept-Encoding")
			.doesNotHaveDuplicates();
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
		assertThat(refused.body()).isEqualTo("{\"success\":false,\"message\":\"Origin not allowed\"}");
		assertThat(refused.header("Content-Type")).startsWith("application/json");
	}

	@Test
	void hitsCountAgainstTheAddressLikeAnyOtherRequestAndTheFourthIsRefused() {
		TestHttp http = client();
		for (int i = 0; i < 3; i++) {
			assertThat(http.get("/api/v1/get-course/h3").status()).isEqualTo(200);
		}

		TestHttp.Response refused = http.get("/api/v1/get-course/h3", "X-Correlation-Id", "web-429");

		assertThat(catalog.hits("/api/v1/get-course/h3")).isEqualTo(1);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body())
			.isEqualTo("{\"success\":false,\"message\":\"Too many requests, please try again later\"}");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(refused.header("X-Correlation-Id")).isEqualTo("web-429");
		assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void aValidTokenOnAHitCountsAgainstItsAccountWhereverItComesFrom() {
		String token = identity.issuer().token("hit-user", "hit-session", "user", Duration.ofMinutes(5));
		client().get("/api/v1/get-course/h4");
		for (int i = 0; i < 3; i++) {
			assertThat(client().get("/api/v1/get-course/h4", "access-token", token).status()).isEqualTo(200);
		}

		assertThat(client().get("/api/v1/get-course/h4", "access-token", token).status()).isEqualTo(429);
		assertThat(client().get("/api/v1/get-course/h4").status()).as("another caller").isEqualTo(200);
		assertThat(catalog.hits("/api/v1/get-course/h4")).isEqualTo(1);
	}

	@Test
	void anInvalidTokenOnAHitIsIgnoredAsOnAnyPublicRead() {
		TestHttp http = client();
		http.get("/api/v1/get-course/h5");

		TestHttp.Response hit = http.get("/api/v1/get-course/h5", "Authorization", "Bearer not-a-token");

		assertThat(hit.status()).isEqualTo(200);
		assertThat(hit.body()).contains("\"version\":1");
		assertThat(http.get("/api/v1/get-course/h5").status()).as("counted against the address").isEqualTo(200);
		assertThat(http.get("/api/v1/get-course/h5").status()).isEqualTo(429);
	}

	@Test
	void aHitWhoseEtagTheClientHoldsIsNotModified() {
		TestHttp http = client();
		String etag = http.get("/api/v1/get-course/h6").header("ETag");

		TestHttp.Response revalidated = http.get("/api/v1/get-course/h6", "If-None-Match", etag);

		assertThat(revalidated.status()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.header("ETag")).isEqualTo(etag);
		assertThat(revalidated.header("X-Correlation-Id")).isNotBlank();
		assertThat(catalog.hits("/api/v1/get-course/h6")).isEqualTo(1);
	}

	@Test
	void gzipAndIdentityHitsAreEachTheirOwnBytesWithTheirLengthAndVary() {
		String path = "/api/v1/get-course/h7";
		get(path, null);
		get(path, "gzip");

		HttpResponse<byte[]> plain = get(path, null);
		HttpResponse<byte[]> gzip = get(path, "gzip, deflate, br");

		assertThat(catalog.hits(path)).isEqualTo(2);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("\"gzip\":false");
		assertThat(plain.headers().firstValueAsLong("Content-Length")).hasValue(plain.body().length);
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzip.body())).contains("\"gzip\":true");
		assertThat(gzip.headers().firstValueAsLong("Content-Length")).hasValue(gzip.body().length);
		assertThat(gzip.headers().allValues("Vary")).contains("Accept-Encoding").doesNotHaveDuplicates();
		assertThat(plain.headers().allValues("Vary")).contains("Accept-Encoding").doesNotHaveDuplicates();
	}

	private TestHttp client() {
		return TestHttp.from("http://127.0.0.1:" + this.port, "127.0.8." + addresses.incrementAndGet());
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		try (HttpClient client = HttpClient.newBuilder()
			.localAddress(InetAddress.ofLiteral("127.0.8." + addresses.incrementAndGet()))
			.build()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String gunzip(byte[] bytes) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
