package lms.systemtest;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stands in for Zipkin's collector: accepts spans as Zipkin's v2 JSON API does and keeps
 * them to be read back, stopped when the JVM ends.
 */
final class ZipkinCollector {

	private static final String SPANS = "/api/v2/spans";

	private final WireMockServer server;

	private ZipkinCollector(WireMockServer server) {
		this.server = server;
	}

	static ZipkinCollector start() {
		WireMockServer server = new WireMockServer(
				options().bindAddress("127.0.0.1").dynamicPort().maxRequestJournalEntries(20_000));
		server.start();
		server.stubFor(post(urlEqualTo(SPANS)).willReturn(aResponse().withStatus(202)));
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "zipkin-collector"));
		return new ZipkinCollector(server);
	}

	/** What a service needs to export its spans here. */
	String[] serviceArguments() {
		return new String[] { "--management.tracing.export.zipkin.enabled=true",
				"--management.tracing.export.zipkin.endpoint=" + this.server.baseUrl() + SPANS };
	}

	/** The spans of one trace received so far. */
	List<Span> trace(String traceId) {
		List<Span> spans = new ArrayList<>();
		for (LoggedRequest request : this.server.findAll(postRequestedFor(urlEqualTo(SPANS)))) {
			for (JsonNode span : Replies.json(request.getBodyAsString())) {
				if (traceId.equals(span.path("traceId").asString())) {
					spans.add(new Span(span.path("localEndpoint").path("serviceName").asString(),
							span.path("kind").asString()));
				}
			}
		}
		return spans;
	}

	/** Which service recorded a span of the trace, and its kind (SERVER, PRODUCER, …). */
	record Span(String service, String kind) {
	}

}
