package lms.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import lms.testkit.StripeStub;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalProvidersTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void withoutKeysCourseServicePaysAndStreamsThroughLocalStandInsOnLoopback() throws Exception {
		try (LocalProviders providers = LocalProviders.start(options(), Map.of())) {
			assertThat(providers.courseArguments())
				.contains("--lms.course.payments.secret-key=" + StripeStub.SECRET_KEY,
						"--lms.course.payments.publishable-key=" + LocalProviders.PUBLISHABLE_KEY)
				.anyMatch((arg) -> arg.matches("--lms\\.course\\.payments\\.api-base=http://127\\.0\\.0\\.1:\\d+"))
				.anyMatch((arg) -> arg.matches("--lms\\.course\\.vdocipher\\.api-base=http://127\\.0\\.0\\.1:\\d+"));
			assertThat(providers.paymentDeskUrl())
				.hasValueSatisfying((url) -> assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/"));
			assertThat(providers.videoStandIn()).isTrue();
		}
	}

	@Test
	void aConfiguredKeyOrApiAddressKeepsItsStandInOff() {
		try (LocalProviders providers = LocalProviders.start(options(), Map.of("STRIPE_SECRET_KEY", "sk_live_x"))) {
			assertThat(providers.paymentDeskUrl()).isEmpty();
			assertThat(providers.courseArguments()).noneMatch((arg) -> arg.contains("payments"));
			assertThat(providers.videoStandIn()).isTrue();
		}
		try (LocalProviders providers = LocalProviders.start(
				options("--lms.course.vdocipher.api-secret=real", "--lms.course.payments.api-base=http://stub"),
				Map.of())) {
			assertThat(providers.paymentDeskUrl()).isEmpty();
			assertThat(providers.videoStandIn()).isFalse();
			assertThat(providers.courseArguments()).isEmpty();
		}
	}

	@Test
	void theDeskMarksAPaymentIntentPaidAsStripeThenReportsIt() throws Exception {
		try (LocalProviders providers = LocalProviders.start(options(), Map.of())) {
			String api = providers.courseArguments()
				.stream()
				.filter((arg) -> arg.startsWith("--lms.course.payments.api-base="))
				.findFirst()
				.orElseThrow()
				.substring("--lms.course.payments.api-base=".length());
			HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(api + "/v1/payment_intents"))
				.header("Authorization", "Bearer " + StripeStub.SECRET_KEY)
				.POST(HttpRequest.BodyPublishers.ofString("amount=4990&currency=usd"))
				.build());
			String id = created.body().replaceAll("(?s).*\"id\":\"(pi_[^\"]+)\".*", "$1");
			String desk = providers.paymentDeskUrl().orElseThrow();
			assertThat(send(HttpRequest.newBuilder(URI.create(desk)).build()).body()).contains(id, "Mark paid",
					"requires_payment_method");

			assertThat(send(HttpRequest.newBuilder(URI.create(desk + "pay/" + id))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build()).body()).isEqualTo("{\"id\":\"" + id + "\",\"status\":\"succeeded\"}");
			assertThat(send(HttpRequest.newBuilder(URI.create(api + "/v1/payment_intents/" + id))
				.header("Authorization", "Bearer " + StripeStub.SECRET_KEY)
				.build()).body()).contains("\"status\":\"succeeded\"");
			assertThat(send(HttpRequest.newBuilder(URI.create(desk + "pay/pi_unknown"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build()).statusCode()).isEqualTo(404);
		}
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static LocalStackOptions options(String... courseArguments) {
		LocalStackBuilder builder = LocalStack.builder()
			.projectRoot(Path.of("."))
			.services(LmsService.COURSE)
			.arguments(LmsService.COURSE, courseArguments);
		return builder.options();
	}

}
