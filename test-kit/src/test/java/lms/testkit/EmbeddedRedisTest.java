package lms.testkit;

import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class EmbeddedRedisTest {

	private final EmbeddedRedis redis = EmbeddedRedis.create();

	private final RedisClient client = RedisClient.create(RedisURI.builder()
		.withHost(this.redis.host())
		.withPort(this.redis.port())
		.withTimeout(Duration.ofSeconds(1))
		.build());

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
