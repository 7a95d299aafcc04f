package lms.gateway.catalogcache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import lms.events.course.CourseUpdated;
import lms.gateway.support.IdentityEvents;
import lms.kit.cache.EventPosition;
import lms.gateway.support.StubIdentity;
import lms.testkit.TokenIssuer;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class CatalogEdgeCacheTest {

	@AutoClose
	static final Catalog catalog = new Catalog();

	@AutoClose
	static final StubIdentity identity = new StubIdentity(new TokenIssuer());

	@LocalServerPort
	int port;

	@Autowired
	CatalogCache cache;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	TestHttp http;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("lms.services.course.url", catalog::url);
		registry.add("lms.services.identity.url", identity::url);
		registry.add("lms.gateway.rate-limits.enabled", () -> "false");
		registry.add("lms.gateway.catalog-cache.max-entries", () -> "20");
		registry.add("lms.gateway.catalog-cache.max-searches", () -> "20");
	}

	@BeforeEach
	void client() {
		this.http = new TestHttp("http://127.0.0.1:" + this.port);
	}

	@Test
	void aCatalogAnswerIsServedFromTheEdgeWithItsEtagAndBytes() {
		TestHttp.Response first = this.http.get("/api/v1/get-courses?page=1");
		TestHttp.Response second = this.http.get("/api/v1/get-courses?page=1");

		assertThat(catalog.hits("/api/v1/get-courses")).isEqualTo(1);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).isNotNull();
		assertThat(second.header("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
	}

	@Test
	void aMatchingIfNoneMatchIsAnsweredNotModifiedWithoutABody() {
		String etag = this.http.get("/api/v1/get-course/c1").header("ETag");

		TestHttp.Response revalidated = this.http.get("/api/v1/get-course/c1", "If-None-Match", etag);

		assertThat(revalidated.status()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(catalog.hits("/api/v1/get-course/c1")).isEqualTo(1);
	}

	@Test
	void gzipAndPlainClientsGetTheirOwnAnswers() {
		TestHttp.Response plain = this.http.get("/api/v1/get-course/c2");
		TestHttp.Response gzip = this.http.get("/api/v1/get-course/c2", "Accept-Encoding", "gzip");
		this.http.get("/api/v1/get-course/c2", "Accept-Encoding", "gzip");

		assertThat(plain.body()).contains("\"gzip\":false");
		assertThat(plain.header("Content-Encoding")).isNull();
		assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(catalog.hits("/api/v1/get-course/c2")).isEqualTo(2);
	}

	@Test
	void failuresAndOtherRoutesAreNeverKept() {
		this.http.get("/api/v1/get-course/missing");
		this.http.get("/api/v1/get-course/missing");
		this.http.get("/api/v1/get-admin-courses");
		this.http.get("/api/v1/get-admin-courses");

		assertThat(catalog.hits("/api/v1/get-course/missing")).isEqualTo(2);
	}

	@Test
	void aCourseEventClearsTheEdgeSoTheNextReadSeesTheChange() {
		awaitCourseEventRead("c3");

		int afterClear = catalog.hits("/api/v1/get-course/c3");
		this.http.get("/api/v1/get-course/c3");
		assertThat(catalog.hits("/api/v1/get-course/c3")).isEqualTo(afterClear);
	}

	/** Publishes edits of the course until this gateway forwards a read of it again. */
	private void awaitCourseEventRead(String course) {
		String path = "/api/v1/get-course/" + course;
		this.http.get(path);
		IdentityEvents events = new IdentityEvents(this.brokers);
		await().pollInterval(Duration.ofMillis(500)).atMost(Duration.ofSeconds(30)).until(() -> {
			int before = catalog.hits(path);
			events.publish(new CourseUpdated(course, List.of("name"), null, null));
			return await().atMost(Duration.ofSeconds(2))
				.pollInterval(Duration.ofMillis(50))
				.ignoreExceptions()
				.until(() -> {
					this.http.get(path);
					return catalog.hits(path) > before;
				}, (moved) -> moved);
		});
	}

	@Test
	void afterACourseEventAnAnswerThatDoesNotReflectItIsForwardedButNeverKept() {
		awaitCourseEventRead("c9");

		this.http.get("/api/v1/get-course/behind");
		TestHttp.Response second = this.http.get("/api/v1/get-course/behind");
		assertThat(catalog.hits("/api/v1/get-course/behind")).isEqualTo(2);
		assertThat(second.header(EventPosition.HEADER)).as("the position goes no further").isNull();

		this.http.get("/api/v1/get-course/c10");
		this.http.get("/api/v1/get-course/c10");
		assertThat(catalog.hits("/api/v1/get-course/c10")).as("answers that reflect it are kept").isEqualTo(1);
	}

	@Test
	void caseAndSpacingVariantsOfASearchAreOneAnswerAndOtherParametersAreIgnored() {
		int before = catalog.searchHits();

		this.http.get("/api/v1/get-courses?q=Java%20Spring&page=2");
		this.http.get("/api/v1/get-courses?q=%20%20java+SPRING%09&page=2");
		this.http.get("/api/v1/get-courses?page=2&utm_source=mail&q=JAVA%20SPRING");

		assertThat(catalog.searchHits() - before).isEqualTo(1);
	}

	@Test
	void pagingNotWrittenAsPlainDigitsOrRepeatedIsForwardedButNotKept() {
		int before = catalog.searchHits();
		for (String query : List.of("page=01", "page=01", "limit=101", "limit=101", "q=a&q=b", "q=a&q=b")) {
			TestHttp.Response answer = this.http.get("/api/v1/get-courses?" + query);
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.header(EventPosition.HEADER)).as("the position goes no further").isNull();
		}
		assertThat(catalog.searchHits() - before).isEqualTo(6);
	}

	@Test
	void junkSearchesNeitherPushOutACourseNorStopTheEdgeKeepingNewAnswers() {
		this.http.get("/api/v1/get-course/c7");

		for (int i = 0; i < 10 * 20; i++) {
			this.http.get("/api/v1/get-courses?q=junk-" + i + "&limit=" + (1 + i % 100));
		}

		this.http.get("/api/v1/get-course/c7");
		assertThat(catalog.hits("/api/v1/get-course/c7")).as("still answered at the edge").isEqualTo(1);
		this.http.get("/api/v1/get-course/c8");
		this.http.get("/api/v1/get-course/c8");
		assertThat(catalog.hits("/api/v1/get-course/c8")).as("new answers are still kept").isEqualTo(1);
		assertThat(this.cache.size(true)).isLessThanOrEqualTo(20);
	}

	@Test
	void aSuccessfulCourseWriteThroughThisInstanceClearsItsAnswersBeforeItsResponseLeaves() {
		String admin = identity.issuer().token("admin-1", "session-1", "admin", Duration.ofMinutes(5));
		this.http.get("/api/v1/get-course/c5");

		this.http.putJson("/api/v1/edit-course/missing", "{}", "access-token", admin);
		this.http.get("/api/v1/get-course/c5");
		assertThat(catalog.hits("/api/v1/get-course/c5")).as("a failed write clears nothing").isEqualTo(1);

		assertThat(this.http.putJson("/api/v1/edit-course/c5", "{}", "access-token", admin).status()).isEqualTo(200);
		this.http.get("/api/v1/get-course/c5");
		assertThat(catalog.hits("/api/v1/get-course/c5")).isEqualTo(2);
	}

	/**
	 * course-service's public reads: a version per hit, an ETag, gzipped when accepted,
	 * 404 for "missing", a position ahead of every event the tests publish (on any of the
	 * topics' partitions) but for "behind", whose position is before every one of them.
	 */
	static final class Catalog implements AutoCloseable {

		static final String AHEAD = position(1000000000);

		static final String BEHIND = position(0);

		final HttpServer server;

		final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

		final AtomicInteger searches = new AtomicInteger();

		Catalog() {
			try {
				this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.server.createContext("/", this::answer);
			this.server.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort();
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

		int hits(String path) {
			return this.hits.getOrDefault(path, new AtomicInteger()).get();
		}

		/** get-courses answered with a query (searches and pages). */
		int searchHits() {
			return this.searches.get();
		}

		private void answer(HttpExchange exchange) throws IOException {
			String path = exchange.getRequestURI().getPath();
			if (exchange.getRequestURI().getRawQuery() != null && path.endsWith("/get-courses")) {
				this.searches.incrementAndGet();
			}
			int version = this.hits.computeIfAbsent(path, (p) -> new AtomicInteger()).incrementAndGet();
			boolean gzip = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
			byte[] body = ("{\"success\":true,\"version\":" + version + ",\"gzip\":" + gzip + "}")
				.getBytes(StandardCharsets.UTF_8);
			int status = path.endsWith("/missing") ? 404 : 200;
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.getResponseHeaders().add("Vary", "Accept-Encoding");
			if (gzip) {
				body = gzipped(body);
				exchange.getResponseHeaders().add("Content-Encoding", "gzip");
			}
			exchange.getResponseHeaders().add("ETag", "\"v" + version + (gzip ? "-gz" : "") + "\"");
			exchange.getResponseHeaders().add("Cache-Control", "public, max-age=0, must-revalidate");
			exchange.getResponseHeaders().add(EventPosition.HEADER, path.endsWith("/behind") ? BEHIND : AHEAD);
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		}

		private static String position(long offset) {
			return IntStream.range(0, 16)
				.mapToObj((p) -> "lms.course.course:" + p + ":" + offset + ",lms.course.enrollment:" + p + ":" + offset)
				.collect(Collectors.joining(","));
		}

		private static byte[] gzipped(byte[] body) throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(body);
			}
			return out.toByteArray();
		}

	}

}
