package lms.identity.password;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.password.*}: Argon2id cost and the accepted password lengths.
 *
 * @param memoryKib Argon2id memory (m) of new hashes
 * @param iterations Argon2id passes (t) of new hashes
 * @param minLength the shortest password accepted
 * @param maxLength the longest password accepted
 * @param nativeLibrary hash with the reference C library when it loads (same hashes, 2-3x
 * faster); false: always Bouncy Castle
 */
@ConfigurationProperties("lms.identity.password")
public record PasswordProperties(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
		@DefaultValue("6") int minLength, @DefaultValue("128") int maxLength,
		@DefaultValue("true") boolean nativeLibrary) {
}
