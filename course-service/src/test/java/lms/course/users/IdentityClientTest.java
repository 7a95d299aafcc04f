package lms.course.users;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import lms.kit.http.RestClients;
import lms.kit.web.ApiException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

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
	void anIdentityServiceThatDoesNotAnswerInTimeIsA503() throws IOException {
		CountDownLatch release = new CountDownLatch(1);
		HttpServer hanging = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		hanging.createContext("/", (exchange) -> {
			try (exchange) {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		hanging.start();
		try {
			assertUnavailable(client("http://127.0.0.1:" + hanging.getAddress().getPort()));
		}
		finally {
			release.countDown();
			hanging.stop(0);
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
