package lms.identity.keys;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.keys.*}: where the access-token signing keys come from.
 *
 * @param current production: the signing key as a private EC P-256 JWK (JSON); when set,
 * the directory is not used
 * @param previous production: the key retired by the last rotation, still published
 * @param directory development: keys generated on first start and kept here
 * ({@code current.jwk}, {@code previous.jwk}); default {@code <tmpdir>/lms-identity-keys}
 * @param rotateAfter development: a directory key older than this is rotated at start
 */
@ConfigurationProperties("lms.identity.keys")
public record KeysProperties(String current, String previous, String directory,
		@DefaultValue("90d") Duration rotateAfter) {

	Path keyDirectory() {
		return (this.directory != null && !this.directory.isBlank()) ? Path.of(this.directory)
				: Path.of(System.getProperty("java.io.tmpdir"), "lms-identity-keys");
	}

	boolean configured() {
		return this.current != null && !this.current.isBlank();
	}

}
