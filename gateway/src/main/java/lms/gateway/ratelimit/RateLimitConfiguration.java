package lms.gateway.ratelimit;

import io.lettuce.core.ClientOptions;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	/**
	 * On unless {@code lms.gateway.rate-limits.enabled=false} (limits enforced
	 * elsewhere).
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "lms.gateway.rate-limits.enabled", matchIfMissing = true)
	RateLimitFilter rateLimitFilter(ReactiveStringRedisTemplate redis, RateLimitProperties properties,
			JsonMapper json) {
		return new RateLimitFilter(new RedisCounter(redis, properties.redisTimeout()), properties, json);
	}

	/**
	 * While Redis is away, commands fail at once instead of queueing until it is back.
	 */
	@Bean
	LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
		return (builder) -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
	}

}
