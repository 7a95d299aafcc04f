package lms.gateway.ratelimit;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.MeterRegistry;
import lms.kit.ratelimit.ReactiveRedisLimits;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	/**
	 * Always defined; {@code lms.gateway.rate-limits.enabled} is read at run time, not as
	 * a condition, so that Spring AOT, which fixes conditions at build time, keeps
	 * honouring it.
	 */
	@Bean
	RateLimitFilter rateLimitFilter(BucketCounter counter, LeasedBudgets general, RateLimitProperties properties) {
		return new RateLimitFilter(counter, general, properties);
	}

	@Bean
	BucketCounter rateLimitCounter(ReactiveStringRedisTemplate redis, RateLimitProperties properties) {
		return new BucketCounter(new ReactiveRedisLimits(redis), properties.redisTimeout());
	}

	/** Runs before the gateway reports ready; nothing to warm up with the limits off. */
	@Bean
	ApplicationRunner warmUpRateLimitCounter(BucketCounter counter, RateLimitProperties properties) {
		return (arguments) -> {
			if (properties.enabled()) {
				counter.warmUp(Duration.ofSeconds(10));
			}
		};
	}

	@Bean
	LeasedBudgets generalBudgets(BucketCounter counter, RateLimitProperties properties, MeterRegistry meters) {
		return new LeasedBudgets(counter, properties.maxLease(), System::nanoTime, meters);
	}

	/**
	 * While Redis is away, commands fail at once instead of queueing until it is back.
	 * Answers are published on Lettuce's computation threads: the requests that go on
	 * after a count would otherwise all run on the one I/O thread of the shared
	 * connection.
	 */
	@Bean
	LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
		return (builder) -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.publishOnScheduler(true);
	}

}
