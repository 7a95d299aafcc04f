package lms.course.users;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import lms.kit.http.RestClients;
import lms.kit.web.ApiException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityClientTest {

	private static final String USER_ID = "5f0c0ffee0ddba11c0ffee00";

	@Test
	void anIdentityServiceThatCannotBeReachedIsA503() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		assertUnavailable(client("http://127.0.0.1:" + closedPort));
	}

	@Test
	void anIdentityServiceThatDoesNotAnswerInTimeIsA503() {
		WireMockServer hanging = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		hanging.start();
		hanging.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
		try {
			assertUnavailable(client("http://127.0.0.1:" + hanging.port()));
		}
		finally {
			hanging.stop();
		}
	}

	private static IdentityClient client(String url) {
		return new IdentityClient(
				RestClients.builder(Duration.ofSeconds(1), Duration.ofMillis(500)).baseUrl(url).build(),
				JsonMapper.shared());
	}

	private static void assertUnavailable(IdentityClient client) {
		assertThatThrownBy(() -> client.fetch(USER_ID)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
	}

}
