package lms.kit.security;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.nimbusds.jose.jwk.JWK;
import lms.testkit.ComputedAnswer;
import lms.testkit.SigningKey;
import lms.testkit.TestHttp;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Identity's JWKS endpoint on WireMock: serves whatever keys it is given, counts requests
 * and can hold them unanswered (a hanging identity).
 */
public final class JwksStub implements AutoCloseable {

	public static final String PATH = "/.well-known/jwks.json";

	private final AtomicReference<String> body = new AtomicReference<>("{\"keys\":[]}");

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger waiting = new AtomicInteger();

	private volatile CountDownLatch gate = new CountDownLatch(0);

	private final WireMockServer server;

	private JwksStub() {
		ComputedAnswer keys = new ComputedAnswer("jwks", (event) -> answer());
		this.server = ComputedAnswer.server(false, keys);
		this.server.stubFor(get(urlEqualTo(PATH)).willReturn(keys.answer()));
	}

	public static JwksStub start(SigningKey... keys) {
		JwksStub stub = new JwksStub();
		stub.publish(keys);
		stub.warmUp();
		return stub;
	}

	public void publish(SigningKey... keys) {
		publishJson(json(List.of(keys).stream().map((key) -> (JWK) key.jwk().toPublicJWK()).toList()));
	}

	public void publishJson(String json) {
		this.body.set(json);
	}

	public static String json(List<JWK> jwks) {
		return jwks.stream().map(JWK::toJSONString).collect(Collectors.joining(",", "{\"keys\":[", "]}"));
	}

	/** Identity hangs: every request waits, unanswered, until {@link #release()}. */
	public void hang() {
		this.gate = new CountDownLatch(1);
	}

	public void release() {
		this.gate.countDown();
	}

	/** Requests that arrived and are not answered yet. */
	public int waiting() {
		return this.waiting.get();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.port() + PATH;
	}

	public int requests() {
		return this.requests.get();
	}

	/** Identity goes away: the port stops answering. */
	@Override
	public void close() {
		release();
		this.server.stop();
	}

	/**
	 * Answers one request before the test's, uncounted: on a busy machine WireMock's
	 * first answer (Jetty's first request) can outlast the services' 2 s JWKS time-out.
	 */
	private void warmUp() {
		new TestHttp("http://127.0.0.1:" + this.server.port()).get(PATH);
		this.requests.set(0);
	}

	private ResponseDefinition answer() {
		this.requests.incrementAndGet();
		this.waiting.incrementAndGet();
		try {
			this.gate.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.waiting.decrementAndGet();
		}
		return ComputedAnswer.json(200, this.body.get());
	}

}
