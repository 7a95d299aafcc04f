package lms.identity.throttle;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in Redis against brute force: every attempt counts against the
 * client's IP, every failure against the account. Over a limit the answer is 429 with
 * {@code Retry-After}.
 */
@Component
@EnableConfigurationProperties(ThrottleProperties.class)
public class Throttle {

	public static final String REGISTRATION = "registration";

	public static final String LOGIN = "login";

	public static final String ACTIVATION = "activation";

	public static final String FORGOT_PASSWORD = "forgot-password";

	public static final String RESET_PASSWORD = "reset-password";

	private final StringRedisTemplate redis;

	private final ThrottleProperties properties;

	Throttle(StringRedisTemplate redis, ThrottleProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/** Counts an attempt from this IP and refuses it if the IP or the account is over. */
	public void attempt(String action, String ip, String account) {
		ThrottleProperties.Rule rule = this.properties.rule(action);
		String ipKey = key(action, "ip", ip);
		Long attempts = this.redis.opsForValue().increment(ipKey);
		if (attempts != null && attempts == 1) {
			this.redis.expire(ipKey, rule.window());
		}
		if (attempts != null && attempts > rule.perIp()) {
			throw new TooManyAttempts(remaining(ipKey, rule));
		}
		String accountKey = key(action, "account", account);
		String failures = this.redis.opsForValue().get(accountKey);
		if (failures != null && Long.parseLong(failures) >= rule.perAccount()) {
			throw new TooManyAttempts(remaining(accountKey, rule));
		}
	}

	/** Counts a failure against the account. */
	public void failed(String action, String account) {
		String accountKey = key(action, "account", account);
		Long failures = this.redis.opsForValue().increment(accountKey);
		if (failures != null && failures == 1) {
			this.redis.expire(accountKey, this.properties.rule(action).window());
		}
	}

	private Duration remaining(String key, ThrottleProperties.Rule rule) {
		Long seconds = this.redis.getExpire(key);
		return (seconds != null && seconds > 0) ? Duration.ofSeconds(seconds) : rule.window();
	}

	private static String key(String action, String kind, String value) {
		String subject = (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "";
		return "lms:throttle:" + action + ":" + kind + ":" + subject;
	}

}
