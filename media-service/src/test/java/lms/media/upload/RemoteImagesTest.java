package lms.media.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import lms.kit.web.ApiException;
import lms.media.support.TestImages;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Image URLs against a local HTTP server; the loopback address is allowed here only where
 * a test says so, as production refuses it.
 */
class RemoteImagesTest {

	final byte[] png = TestImages.png(20, 10);

	final CountDownLatch released = new CountDownLatch(1);

	final CountDownLatch trickleCut = new CountDownLatch(1);

	HttpServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/image.png", (exchange) -> answer(exchange, 200, this.png));
		this.server.createContext("/moved", (exchange) -> {
			exchange.getResponseHeaders().set("Location", "/image.png");
			answer(exchange, 302, new byte[0]);
		});
		this.server.createContext("/huge", (exchange) -> answer(exchange, 200, new byte[2048]));
		this.server.createContext("/missing", (exchange) -> answer(exchange, 404, new byte[0]));
		this.server.createContext("/hang", (exchange) -> {
			try {
				this.released.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			answer(exchange, 200, this.png);
		});
		this.server.createContext("/trickle", this::trickle);
		this.server.createContext("/slow-hop", (exchange) -> {
			pause(300);
			exchange.getResponseHeaders().set("Location", "/slow-hop");
			answer(exchange, 302, new byte[0]);
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.released.countDown();
		this.server.stop(0);
	}

	@Test
	void fetchesTheImageAndFollowsARedirect() {
		RemoteImages remote = remote(true, DataSize.ofMegabytes(1));

		assertThat(remote.fetch(url("/image.png"))).isEqualTo(this.png);
		assertThat(remote.fetch(url("/moved"))).isEqualTo(this.png);
	}

	@Test
	void refusesLoopbackAndPrivateHostsByDefault() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> remote(false, DataSize.ofMegabytes(1)).fetch(url("/image.png")))
			.withMessage("Image URL must point at a public host");
		assertThat(PublicHostsOnly.isPrivate(address("10.1.2.3"))).isTrue();
		assertThat(PublicHostsOnly.isPrivate(address("192.168.0.1"))).isTrue();
		assertThat(PublicHostsOnly.isPrivate(address("169.254.169.254"))).isTrue();
		assertThat(PublicHostsOnly.isPrivate(address("fd00::1"))).isTrue();
		assertThat(PublicHostsOnly.isPrivate(address("93.184.216.34"))).isFalse();
	}

	@Test
	void theClientConnectsToTheAddressesItsResolverCheckedSoARebindingAnswerHasNoSecondLookup() {
		List<String> lookups = new CopyOnWriteArrayList<>();
		DnsResolver dns = new DnsResolver() {
			@Override
			public InetAddress[] resolve(String host) {
				lookups.add(host);
				return new InetAddress[] { InetAddress.getLoopbackAddress() };
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}
		};
		String named = url("/image.png").replace("127.0.0.1", "images.example");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> new RemoteImages(limits(false), dns).fetch(named))
			.withMessage("Image URL must point at a public host");
		assertThat(lookups).containsExactly("images.example");
		assertThat(new RemoteImages(limits(true), dns).fetch(named)).as("connected where the resolver said")
			.isEqualTo(this.png);
		assertThat(lookups).containsExactly("images.example", "images.example");
	}

	@Test
	void refusesOtherSchemes() {
		RemoteImages https = new RemoteImages(new UploadProperties(DataSize.ofMegabytes(1), 10000, 40_000_000,
				List.of("https"), true, Duration.ofSeconds(2), 3));

		assertThat(https.accepts("https://example.com/a.png")).isTrue();
		assertThat(https.accepts(url("/image.png"))).isFalse();
		assertThat(https.accepts("file:///etc/passwd")).isFalse();
	}

	@Test
	void stopsReadingAtTheSizeLimit() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> remote(true, DataSize.ofBytes(1024)).fetch(url("/huge")))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
	}

	@Test
	void aFailedOrSlowFetchIsTheClientsProblemWithAClearMessage() {
		RemoteImages remote = new RemoteImages(new UploadProperties(DataSize.ofMegabytes(1), 10000, 40_000_000,
				List.of("http"), true, Duration.ofMillis(500), 3));

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> remote.fetch(url("/missing")))
			.withMessage("Could not fetch the image: it answered HTTP 404");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> remote.fetch(url("/hang")))
			.withMessageStartingWith("Could not fetch the image: it took longer than")
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
	}

	@Test
	void aServerThatTricklesOneByteAtATimeIsCutAtTheDeadlineAndItsSocketClosed() throws InterruptedException {
		RemoteImages remote = remote(Duration.ofMillis(700));
		long start = System.nanoTime();

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> remote.fetch(url("/trickle")))
			.withMessage("Could not fetch the image: it took longer than 700 ms");

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(700 + 1500));
		assertThat(this.trickleCut.await(5, TimeUnit.SECONDS)).as("the server saw the connection closed").isTrue();
	}

	@Test
	void theDeadlineCoversEveryRedirectTogether() {
		RemoteImages remote = remote(Duration.ofMillis(700));
		long start = System.nanoTime();

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> remote.fetch(url("/slow-hop")))
			.withMessage("Could not fetch the image: it took longer than 700 ms");

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(700 + 1500));
	}

	/** Headers at once, then one byte every 50 ms of a body that would take a day. */
	private void trickle(HttpExchange exchange) throws IOException {
		exchange.sendResponseHeaders(200, 2_000_000);
		OutputStream out = exchange.getResponseBody();
		try {
			for (int i = 0; i < 2_000_000; i++) {
				out.write(0x89);
				out.flush();
				pause(50);
			}
		}
		catch (IOException ex) {
			this.trickleCut.countDown();
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private RemoteImages remote(Duration timeout) {
		return new RemoteImages(
				new UploadProperties(DataSize.ofMegabytes(5), 10000, 40_000_000, List.of("http"), true, timeout, 3));
	}

	private static UploadProperties limits(boolean privateAddresses) {
		return new UploadProperties(DataSize.ofMegabytes(1), 10000, 40_000_000, List.of("http"), privateAddresses,
				Duration.ofSeconds(2), 3);
	}

	private RemoteImages remote(boolean privateAddresses, DataSize maxSize) {
		return new RemoteImages(new UploadProperties(maxSize, 10000, 40_000_000, List.of("http"), privateAddresses,
				Duration.ofSeconds(2), 3));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
		try (exchange) {
			exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
			if (body.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		}
	}

}
