package lms.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The real redis-server (from the embedded-redis jar) as a child process, persisting to
 * an append-only file in the data directory.
 */
public final class RedisProcess {

	private final Path directory;

	private final Path log;

	private final int port;

	private ChildProcess process;

	/**
	 * @param directory where the executable and the data files live
	 * @param log the file that receives Redis's output
	 * @param port the port to bind on 127.0.0.1
	 */
	public RedisProcess(Path directory, Path log, int port) {
		this.directory = directory;
		this.log = log;
		this.port = port;
	}

	public int port() {
		return this.port;
	}

	public synchronized boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/** The running process's id; empty while it is stopped. */
	synchronized OptionalLong pid() {
		return isRunning() ? OptionalLong.of(this.process.pid()) : OptionalLong.empty();
	}

	public synchronized void start(Duration timeout) {
		if (isRunning()) {
			return;
		}
		PortProbe.requireFree(this.port, "Redis");
		Path executable = RedisBinary.extractTo(this.directory.resolve("bin"));
		Path data = this.directory.resolve("data");
		this.process = ChildProcess.start("redis",
				List.of(executable.toString(), "--port", String.valueOf(this.port), "--bind", "127.0.0.1", "--dir",
						data.toString(), "--appendonly", "yes", "--appendfsync", "everysec", "--protected-mode", "no"),
				data, this.log);
		awaitPong(timeout);
	}

	/**
	 * Stops Redis with SIGTERM, on which it flushes the append-only file.
	 */
	public synchronized void stop() {
		if (this.process != null) {
			this.process.stop(Duration.ofSeconds(15));
			this.process = null;
		}
	}

	private void awaitPong(Duration timeout) {
		boolean ready = Poll.until(timeout, () -> {
			if (!this.process.isAlive()) {
				throw new LocalStackException("Redis exited with code " + this.process.exitValue()
						+ " while starting. Log " + this.log + ":" + System.lineSeparator() + this.process.tail(30));
			}
			return "PONG".equals(ping());
		});
		if (!ready) {
			String tail = this.process.tail(30);
			this.process.kill();
			this.process = null;
			throw new LocalStackException("Redis did not answer PING within " + timeout.toSeconds() + " s. Log "
					+ this.log + ":" + System.lineSeparator() + tail);
		}
	}

	private String ping() {
		JedisClientConfig config = DefaultJedisClientConfig.builder()
			.connectionTimeoutMillis(1000)
			.socketTimeoutMillis(2000)
			.build();
		try (Jedis jedis = new Jedis(new HostAndPort("127.0.0.1", this.port), config)) {
			return jedis.ping();
		}
		catch (JedisException ex) {
			return null;
		}
	}

}
