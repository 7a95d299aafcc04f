package lms.testkit;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class EmbeddedRedisTest {

	private final EmbeddedRedis redis = EmbeddedRedis.create();

	private final RedisClient client = client(this.redis);

	/**
	 * Commands time out after 1 s (a stopped server fails them quickly); the connection's
	 * handshake, which uses the URI's time-out, may take longer on a busy machine.
	 */
	private static RedisClient client(EmbeddedRedis redis) {
		RedisClient client = RedisClient.create(RedisURI.builder()
			.withHost(redis.host())
			.withPort(redis.port())
			.withTimeout(Duration.ofSeconds(10))
			.build());
		client
			.setOptions(ClientOptions.builder().timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(1))).build());
		return client;
	}

	@AfterEach
	void close() {
		this.client.shutdown();
		this.redis.close();
	}

	@Test
	void setsAndGetsWithLettuce() {
		try (StatefulRedisConnection<String, String> connection = this.client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			redis.setex("session:1", 60, "alice");

			assertThat(redis.get("session:1")).isEqualTo("alice");
			assertThat(redis.ttl("session:1")).isBetween(1L, 60L);
		}
	}

	@Test
	void comesBackEmptyOnTheSamePortAfterAnOutage() {
		try (StatefulRedisConnection<String, String> connection = this.client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			redis.set("k", "v");

			this.redis.stop();
			assertThatThrownBy(() -> redis.get("k")).isInstanceOf(RedisException.class);

			this.redis.start();
			await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> "PONG".equals(redis.ping()));
			assertThat(redis.get("k")).isNull();
		}
	}

}
