package lms.identity.password;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id at OWASP's parameters (m = 19 MiB, t = 2, p = 1), by the reference C library
 * (argon2-jvm, which carries it for Linux, macOS and Windows) where it loads, else by
 * Spring Security's Bouncy Castle encoder. Both read and write the same PHC string
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, 16-byte salt, 32-byte hash,
 * UTF-8 password), so every stored hash verifies with either. Hashing is slow on purpose,
 * so at most one hash per core runs at a time and a burst of logins cannot starve the
 * service.
 */
public class PasswordHasher {

	private static final Logger log = LoggerFactory.getLogger(PasswordHasher.class);

	private static final int SALT_BYTES = 16;

	private static final int HASH_BYTES = 32;

	private final Argon2PasswordEncoder portable;

	private final Argon2 nativeArgon2;

	private final PasswordProperties properties;

	private final Semaphore slots;

	public PasswordHasher(PasswordProperties properties) {
		this.properties = properties;
		this.portable = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, 1, properties.memoryKib(),
				properties.iterations());
		this.nativeArgon2 = properties.nativeLibrary() ? loadNative() : null;
		this.slots = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
	}

	/** Whether hashes are made by the native library. */
	public boolean isNative() {
		return this.nativeArgon2 != null;
	}

	public String hash(String password) {
		if (this.nativeArgon2 == null) {
			return bounded(() -> this.portable.encode(password));
		}
		return bounded(() -> this.nativeArgon2.hash(this.properties.iterations(), this.properties.memoryKib(), 1,
				password.toCharArray(), StandardCharsets.UTF_8));
	}

	public boolean matches(String password, String hash) {
		if (hash == null) {
			return false;
		}
		if (this.nativeArgon2 == null || !hash.startsWith("$argon2id$")) {
			return bounded(() -> this.portable.matches(password, hash));
		}
		return bounded(() -> {
			try {
				return this.nativeArgon2.verify(hash, password.toCharArray(), StandardCharsets.UTF_8);
			}
			catch (RuntimeException ex) {
				// a string the C library cannot decode: the portable encoder says no
				return this.portable.matches(password, hash);
			}
		});
	}

	private static Argon2 loadNative() {
		try {
			Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
			argon2.hash(1, 8, 1, "probe".toCharArray(), StandardCharsets.UTF_8);
			return argon2;
		}
		catch (LinkageError | RuntimeException ex) {
			log.warn("Native Argon2 unavailable ({}); hashing with Bouncy Castle, about 2-3x slower", ex.toString());
			return null;
		}
	}

	private <T> T bounded(Supplier<T> work) {
		this.slots.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			this.slots.release();
		}
	}

}
