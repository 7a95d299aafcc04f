package lms.identity.throttle;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.throttle.rules.<action>}: attempts per client IP and failures per
 * account allowed within a window (defaults in application.yml).
 */
@ConfigurationProperties("lms.identity.throttle")
public record ThrottleProperties(@DefaultValue Map<String, Rule> rules) {

	public ThrottleProperties {
		rules = (rules != null) ? Map.copyOf(rules) : Map.of();
	}

	Rule rule(String action) {
		Rule rule = this.rules.get(action);
		if (rule == null) {
			throw new IllegalStateException("No throttle rule for " + action);
		}
		return rule;
	}

	public record Rule(int perIp, int perAccount, Duration window) {
	}

}
