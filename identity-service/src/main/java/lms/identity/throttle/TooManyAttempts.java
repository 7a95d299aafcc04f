package lms.identity.throttle;

import java.time.Duration;

import lms.kit.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * 429 with how long to wait.
 */
public class TooManyAttempts extends ApiException {

	private final Duration retryAfter;

	TooManyAttempts(Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts, please try again later");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
