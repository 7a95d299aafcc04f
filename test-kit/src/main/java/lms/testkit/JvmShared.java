package lms.testkit;

import java.util.function.Supplier;

/**
 * One instance for every test of this JVM: created on first use, closed by a shutdown
 * hook: what the embedded servers' and the stubs' {@code shared()} return.
 *
 * @param <T> what is shared
 */
public final class JvmShared<T extends AutoCloseable> {

	private final String name;

	private final Supplier<T> create;

	private T instance;

	public JvmShared(String name, Supplier<T> create) {
		this.name = name;
		this.create = create;
	}

	public synchronized T get() {
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
