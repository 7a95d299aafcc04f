package lms.identity.password;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id at OWASP's parameters (m = 19 MiB, t = 2, p = 1). Hashing is slow on purpose,
 * so at most one hash per core runs at a time and a burst of logins cannot starve the
 * service.
 */
public class PasswordHasher {

	private final Argon2PasswordEncoder encoder;

	private final Semaphore slots;

	public PasswordHasher(PasswordProperties properties) {
		this.encoder = new Argon2PasswordEncoder(16, 32, 1, properties.memoryKib(), properties.iterations());
		this.slots = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
	}

	public String hash(String password) {
		return bounded(() -> this.encoder.encode(password));
	}

	public boolean matches(String password, String hash) {
		if (hash == null) {
			return false;
		}
		return bounded(() -> this.encoder.matches(password, hash));
	}

	private <T> T bounded(java.util.function.Supplier<T> work) {
		this.slots.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			this.slots.release();
		}
	}

}
