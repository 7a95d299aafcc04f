package lms.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import lms.kit.ratelimit.Bucket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request budgets kept in Redis as token buckets (defaults and their reasons in
 * application.yml).
 *
 * @param enabled whether the gateway enforces rate limits at all (benchmarks with one
 * load generator turn them off): off, every request passes uncounted
 * @param strictPaths the abuse targets (login, registration, activation, password reset,
 * social sign-in): each request counted in Redis, per client address and path
 * @param strictPerAddress the bucket of one address on one strict path
 * @param perAccount every other request of a caller with a valid token
 * @param perAddress every other request without a valid token, per client address
 * @param redisTimeout how long a count may take before Redis counts as down
 * @param maxLease the most general-budget tokens an instance takes from Redis at once
 * (also at most a tenth of the bucket): each request spends one locally
 */
@ConfigurationProperties("lms.gateway.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> strictPaths,
		Bucket strictPerAddress, Bucket perAccount, Bucket perAddress, @DefaultValue("1s") Duration redisTimeout,
		@DefaultValue("500") int maxLease) {

}
