package lms.identity.throttle;

import lms.kit.ratelimit.Bucket;
import lms.kit.ratelimit.FailureRule;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lms.identity.throttle}: what each action allows per client address and per
 * account (defaults and their reasons in application.yml).
 *
 * @param login failures per (account, address), per account and per address
 * @param registration requests per address and per email
 * @param activation requests per address, failed codes per activation token
 * @param forgotPassword requests per address and per email
 * @param resetPassword requests per address, failed codes per email
 */
@ConfigurationProperties("lms.identity.throttle")
public record ThrottleProperties(LoginLimits login, RequestLimits registration, AttemptLimits activation,
		RequestLimits forgotPassword, AttemptLimits resetPassword) {

	/** Every request counts, against the address and against the account. */
	public record RequestLimits(Bucket perAddress, Bucket perAccount) {
	}

	/** Every request counts against the address; failures against the account. */
	public record AttemptLimits(Bucket perAddress, FailureRule perAccount) {
	}

	/**
	 * Only failures count: per account at this address (the tight one), per account from
	 * anywhere (needs several addresses to reach) and per address across accounts.
	 */
	public record LoginLimits(FailureRule perAccountAndAddress, FailureRule perAccount, FailureRule perAddress) {
	}

}
