package lms.media.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import lms.testkit.BearerTokens;
import lms.testkit.JvmShared;
import lms.testkit.ComputedAnswer;
import lms.testkit.PublishedContract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * media-service's upload port as its consumers' tests see it: a WireMock server serving
 * the mappings media-service publishes ({@link #CONTRACT}, one file a mapping under
 * {@code lms/media/api/contract/}, each with an example request and the patterns of the
 * answer's varying fields) and verifies against its real controller. Tests may add an
 * outage on top ({@link #failWith}, {@link #hang}); those are the consumer's scenarios,
 * not part of the contract.
 */
public final class MediaStub implements AutoCloseable {

	public static final PublishedContract CONTRACT = PublishedContract.at("lms/media/api/contract");

	private static final UUID OUTAGE = UUID.fromString("00000000-0000-0000-0000-00000000d1ed");

	private static final JvmShared<MediaStub> SHARED = new JvmShared<>("media-stub", MediaStub::new);

	private final WireMockServer server;

	private MediaStub() {
		this.server = ComputedAnswer.server(true);
		CONTRACT.mappings().forEach(this.server::addStubMapping);
	}

	/** A stub of its own, to {@link #close()} after the test. */
	public static MediaStub start() {
		return new MediaStub();
	}

	/** One stub for a whole test JVM, stopped when the JVM ends. */
	public static MediaStub shared() {
		return SHARED.get();
	}

	/** The base URL to set as {@code lms.media.client.url}. */
	public String url() {
		return this.server.baseUrl();
	}

	/** Every upload body received, in order. */
	public List<String> requests() {
		return uploads().stream().map(LoggedRequest::getBodyAsString).toList();
	}

	/** The bodies of the uploads the contract answered 201. */
	public List<String> stored() {
		return this.server.getAllServeEvents()
			.reversed()
			.stream()
			.filter((event) -> event.getResponse().getStatus() == 201)
			.map((event) -> event.getRequest().getBodyAsString())
			.toList();
	}

	/** The bearer tokens the calls carried, in order. */
	public List<String> tokens() {
		return BearerTokens.of(uploads());
	}

	/**
	 * From now on every upload is answered {@code status} in the contract's error shape.
	 */
	public void failWith(int status) {
		failWith(status, MediaClient.UNAVAILABLE);
	}

	public void failWith(int status, String message) {
		outage(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":false,\"message\":\"" + message + "\"}"));
	}

	/** From now on every upload hangs for {@code delay}, then fails with 503. */
	public void hang(Duration delay) {
		outage(aResponse().withStatus(503).withFixedDelay((int) delay.toMillis()));
	}

	/** What the contract's examples name, for a replay with this service token. */
	public static Map<String, String> exampleValues(String serviceToken) {
		return Map.of("serviceToken", serviceToken);
	}

	/** Back to the contract's answers. */
	public synchronized void recover() {
		this.server.getStubMappings()
			.stream()
			.filter((mapping) -> OUTAGE.equals(mapping.getId()))
			.forEach(this.server::removeStubMapping);
	}

	private synchronized void outage(ResponseDefinitionBuilder answer) {
		recover();
		this.server.stubFor(post(urlEqualTo(MediaClient.PATH)).atPriority(0).withId(OUTAGE).willReturn(answer));
	}

	private List<LoggedRequest> uploads() {
		return this.server.findAll(postRequestedFor(urlEqualTo(MediaClient.PATH)));
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
