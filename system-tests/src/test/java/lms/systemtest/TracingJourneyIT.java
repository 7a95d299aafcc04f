package lms.systemtest;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import lms.testkit.TestHttp;
import org.junit.jupiter.api.Test;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One registration followed in one trace, as an operator sees it in Zipkin: the gateway,
 * identity-service, the event through Kafka (sent by the outbox relay later, in the same
 * trace) and notification-service sending the activation mail.
 */
class TracingJourneyIT extends Journey {

	@Test
	void aRegistrationIsOneTraceFromTheGatewayThroughKafkaToTheMail() {
		String traceId = HexFormat.of().formatHex(randomBytes(16));
		String email = Accounts.newEmail("traced");
		TestHttp http = new TestHttp(gatewayUrl);
		expect(201,
				http.postJson("/api/v1/registration",
						"{\"name\":\"Traced\",\"email\":%s,\"password\":%s}".formatted(quote(email),
								quote(Accounts.PASSWORD)),
						"traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01"));
		accounts.mails().await(email, Mails.ACTIVATION);

		List<ZipkinCollector.Span> expected = List.of(new ZipkinCollector.Span("gateway", "SERVER"),
				new ZipkinCollector.Span("identity-service", "SERVER"),
				new ZipkinCollector.Span("identity-service", "PRODUCER"),
				new ZipkinCollector.Span("notification-service", "CONSUMER"));
		List<ZipkinCollector.Span> trace = await().atMost(Duration.ofSeconds(60))
			.until(() -> RunningSystem.zipkin().trace(traceId), (spans) -> spans.containsAll(expected));
		assertThat(trace).containsAll(expected);
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

}
