package lms.testkit;

import java.util.function.Supplier;

/**
 * One instance for every test of this JVM: created on first use, closed by a shutdown
 * hook. The embedded servers' {@code shared()} are this.
 *
 * @param <T> what is shared
 */
final class JvmShared<T extends AutoCloseable> {

	private final String name;

	private final Supplier<T> create;

	private T instance;

	JvmShared(String name, Supplier<T> create) {
		this.name = name;
		this.create = create;
	}

	synchronized T get() {
		if (this.instance == null) {
			T created = this.create.get();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(created), this.name + "-shutdown"));
			this.instance = created;
		}
		return this.instance;
	}

	private static void close(AutoCloseable instance) {
		try {
			instance.close();
		}
		catch (Exception ex) {
			// the JVM is going away; nothing is left to tell
		}
	}

}
