package lms.identity.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import lms.identity.clientaddress.ClientAddress;
import lms.identity.throttle.ThrottleProperties.AttemptLimits;
import lms.identity.throttle.ThrottleProperties.LoginLimits;
import lms.identity.throttle.ThrottleProperties.RequestLimits;
import lms.kit.ratelimit.Bucket;
import lms.kit.ratelimit.Grant;
import lms.kit.ratelimit.RedisLimits;
import lms.kit.ratelimit.Subject;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The limits against brute force, mail bombing and credential stuffing, counted in Redis
 * by the kit's scripts: token buckets for requests, failure counts with doubling locks
 * for guesses. Over a limit the answer is 429 with {@code Retry-After}. Accounts (emails,
 * activation tokens) appear in keys only as hashes.
 */
@Component
@EnableConfigurationProperties(ThrottleProperties.class)
public class Throttle {

	private static final String PREFIX = "lms:throttle:";

	private final RedisLimits limits;

	private final ThrottleProperties properties;

	Throttle(StringRedisTemplate redis, ThrottleProperties properties) {
		this.limits = new RedisLimits(redis);
		this.properties = properties;
	}

	/** A registration: one from the address's bucket and one from the email's. */
	public void registration(ClientAddress client, String email) {
		requests("registration", this.properties.registration(), client, email);
	}

	/** A reset code asked for: one from the address's bucket and one from the email's. */
	public void forgotPassword(ClientAddress client, String email) {
		requests("forgot-password", this.properties.forgotPassword(), client, email);
	}

	/** An activation code entered for a token. */
	public Attempt activation(ClientAddress client, String activationToken) {
		return attempt("activation", this.properties.activation(), client, activationToken);
	}

	/** A reset code entered for an email. */
	public Attempt resetPassword(ClientAddress client, String email) {
		return attempt("reset-password", this.properties.resetPassword(), client, email);
	}

	/**
	 * A password entered for an account: refused while the account at this address, the
	 * account, or this address has failed too often. Success clears the account at this
	 * address.
	 */
	public Attempt login(ClientAddress client, String email) {
		LoginLimits rules = this.properties.login();
		String account = hash(email);
		List<Subject> subjects = List.of(
				new Subject(PREFIX + "login:pair:" + account + ":" + client.limitKey(), rules.perAccountAndAddress()),
				new Subject(PREFIX + "login:account:" + account, rules.perAccount()),
				new Subject(PREFIX + "login:address:" + client.limitKey(), rules.perAddress()));
		return begin(subjects);
	}

	private void requests(String action, RequestLimits rules, ClientAddress client, String account) {
		take(PREFIX + action + ":address:" + client.limitKey(), rules.perAddress());
		take(PREFIX + action + ":account:" + hash(account), rules.perAccount());
	}

	private Attempt attempt(String action, AttemptLimits rules, ClientAddress client, String account) {
		take(PREFIX + action + ":address:" + client.limitKey(), rules.perAddress());
		return begin(List.of(new Subject(PREFIX + action + ":account:" + hash(account), rules.perAccount())));
	}

	private void take(String key, Bucket bucket) {
		Grant grant = this.limits.take(key, bucket, 1);
		if (!grant.allowed()) {
			throw new TooManyAttempts(grant.retryAfter());
		}
	}

	private Attempt begin(List<Subject> subjects) {
		this.limits.begin(subjects).ifPresent((wait) -> {
			throw new TooManyAttempts(wait);
		});
		return new Attempt(this.limits, subjects, 1);
	}

	private static String hash(String account) {
		String subject = (account != null) ? account.trim().toLowerCase(Locale.ROOT) : "";
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
