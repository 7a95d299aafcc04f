package lms.testkit;

import java.util.function.Function;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock extension that computes the answer of the mappings naming it
 * ({@link #answer()}) from the request and a stub's state: what a fixed mapping cannot
 * say (stored intents, signed tokens, a test's script).
 */
public final class ComputedAnswer implements ResponseDefinitionTransformerV2 {

	private final String name;

	private final Function<ServeEvent, ResponseDefinition> answer;

	public ComputedAnswer(String name, Function<ServeEvent, ResponseDefinition> answer) {
		this.name = name;
		this.answer = answer;
	}

	/**
	 * A started WireMock server on a free loopback port, answering without compression.
	 * @param journal whether it keeps the requests it served (a stub the local run starts
	 * keeps none, so a long run does not grow)
	 * @param answers the computed answers its mappings may name
	 * @return the running server
	 */
	public static WireMockServer server(boolean journal, ComputedAnswer... answers) {
		var options = options().bindAddress("127.0.0.1")
			.dynamicPort()
			.gzipDisabled(true)
			.containerThreads(64)
			.extensions(answers);
		WireMockServer server = new WireMockServer(journal ? options : options.disableRequestJournal());
		server.start();
		return server;
	}

	/** The answer a mapping gives to have this extension compute it. */
	public ResponseDefinitionBuilder answer() {
		return aResponse().withTransformers(this.name);
	}

	/** A JSON answer: {@code body} as it is if a String, else written by Jackson. */
	public static ResponseDefinition json(int status, Object body) {
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody((body instanceof String text) ? text : JsonMapper.shared().writeValueAsString(body))
			.build();
	}

	@Override
	public ResponseDefinition transform(ServeEvent event) {
		return this.answer.apply(event);
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return this.name;
	}

}
