package lms.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request budgets kept in Redis.
 *
 * @param strictPaths the abuse targets (login, registration, activation, password reset):
 * limited per client IP and per target account
 * @param perIp the strict budget of one IP on those paths
 * @param perAccount the strict budget of one account (the {@code email} of the JSON body,
 * or the {@code activation_token}) on those paths
 * @param general every other request's budget, per user when a valid token came, else per
 * IP
 * @param redisTimeout how long a count may take before Redis counts as down
 * @param maxLease the most general-budget permits an instance takes from Redis at once
 * (also at most a tenth of the limit): each request spends one locally
 */
@ConfigurationProperties("lms.gateway.rate-limits")
public record RateLimitProperties(@DefaultValue List<String> strictPaths, @DefaultValue( {
		"10", "1m" }) Limit perIp, @DefaultValue({ "5", "1m" }) Limit perAccount,
		@DefaultValue({ "600", "1m" }) Limit general, @DefaultValue("1s") Duration redisTimeout,
		@DefaultValue("500") int maxLease){

	/** At most {@code requests} per fixed {@code window}. */
	public record Limit(int requests, Duration window) {
	}

}
