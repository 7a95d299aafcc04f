package lms.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import lms.testkit.TokenIssuer;
import lms.testkit.EmbeddedKafka;
import lms.testkit.EmbeddedRedis;

/**
 * For the gateway benchmark (docs/benchmarks.md), not a test: starts the Kafka broker and
 * Redis stand-ins, writes a JWKS and a one-hour access token signed by its key into the
 * given directory, then runs until killed.
 */
public final class BenchInfrastructure {

	private BenchInfrastructure() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path dir = Path.of(args[0]);
		Files.createDirectories(dir.resolve(".well-known"));
		TokenIssuer issuer = new TokenIssuer();
		Files.writeString(dir.resolve(".well-known/jwks.json"), issuer.jwks());
		Files.writeString(dir.resolve("token"),
				issuer.token("bench-user", "bench-session", "user", Duration.ofHours(1)));
		String env = "KAFKA=" + EmbeddedKafka.shared().bootstrapServers() + "\nREDIS_PORT="
				+ EmbeddedRedis.shared().port() + "\n";
		Files.writeString(dir.resolve("env"), env);
		new CountDownLatch(1).await();
	}

}
