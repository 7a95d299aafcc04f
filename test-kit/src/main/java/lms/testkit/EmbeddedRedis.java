package lms.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;

import redis.embedded.RedisServer;

/**
 * The real {@code redis-server} binary shipped in the embedded-redis artifact, on
 * 127.0.0.1 and a free port, without persistence.
 * <p>
 * {@link #stop()} kills the process and {@link #start()} runs a new one on the same port:
 * like a Redis without persistence, it comes back empty.
 */
public final class EmbeddedRedis implements AutoCloseable {

	private static final String HOST = "127.0.0.1";

	private static final JvmShared<EmbeddedRedis> SHARED = new JvmShared<>("embedded-redis", EmbeddedRedis::create);

	private final int port = FreePorts.next();

	private final RedisServer server;

	private EmbeddedRedis() {
		try {
			this.server = RedisServer.newRedisServer()
				.bind(HOST)
				.port(this.port)
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare redis-server", ex);
		}
		start();
	}

	/**
	 * The server shared by every test of this JVM, started on first use.
	 * @return the shared server
	 */
	public static EmbeddedRedis shared() {
		return SHARED.get();
	}

	/**
	 * A started server of the caller's own; the caller closes it.
	 * @return a new running server
	 */
	public static EmbeddedRedis create() {
		return new EmbeddedRedis();
	}

	public String host() {
		return HOST;
	}

	public int port() {
		return this.port;
	}

	public synchronized void start() {
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("redis-server did not start on port " + this.port, ex);
		}
	}

	public synchronized void stop() {
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("redis-server did not stop", ex);
		}
	}

	@Override
	public void close() {
		stop();
	}

}
