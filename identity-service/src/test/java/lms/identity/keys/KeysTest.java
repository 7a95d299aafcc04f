package lms.identity.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTest extends IdentityTest {

	@Autowired
	KeyRing keys;

	@Test
	void theJwksPublishesTheCurrentAndThePreviousPublicKeys() {
		Http.Reply reply = this.http.get("/.well-known/jwks.json");

		assertThat(reply.status()).isEqualTo(200);
		JsonNode keys = body(reply).get("keys");
		assertThat(keys.findValuesAsString("kid")).containsExactly(this.keys.current().kid(),
				this.keys.previous().kid());
		assertThat(keys.findValuesAsString("crv")).containsOnly("P-256");
		assertThat(keys.findValuesAsString("use")).containsOnly("sig");
		assertThat(keys.findValues("d")).isEmpty();
		assertThat(reply.header("Cache-Control")).contains("max-age=300");
	}

	@Test
	void devKeysAreGeneratedOnceAndKeptAcrossStarts(@TempDir Path directory) {
		KeyRing first = new KeyDirectory(directory, Clock.systemUTC()).load(Duration.ofDays(90));
		KeyRing second = new KeyDirectory(directory, Clock.systemUTC()).load(Duration.ofDays(90));

		assertThat(second.current().kid()).isEqualTo(first.current().kid());
		assertThat(second.previous()).isNull();
		assertThat(Files.exists(directory.resolve(KeyDirectory.CURRENT))).isTrue();
	}

	@Test
	void anOldKeyIsRotatedAndStaysPublishedAsThePrevious(@TempDir Path directory) {
		KeyRing first = new KeyDirectory(directory, Clock.systemUTC()).load(Duration.ofDays(90));
		Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(91));

		KeyRing rotated = new KeyDirectory(directory, later).load(Duration.ofDays(90));

		assertThat(rotated.current().kid()).isNotEqualTo(first.current().kid());
		assertThat(rotated.previous().kid()).isEqualTo(first.current().kid());
		assertThat(rotated.publicKeys().getKeyByKeyId(first.current().kid())).isNotNull();
	}

	@Test
	void productionKeysComeFromConfiguration() {
		SigningKey key = SigningKey.generate();

		SigningKey parsed = SigningKey.parse(key.toPrivateJson());

		assertThat(parsed.kid()).isEqualTo(key.kid());
		assertThat(parsed.publicKey()).isEqualTo(key.publicKey());
	}

}
