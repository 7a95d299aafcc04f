package lms.kit.ratelimit;

import java.time.Duration;

/**
 * What a bucket gave: {@code granted} of the tokens asked for and, when fewer than asked,
 * how long until the next one.
 */
public record Grant(int granted, Duration retryAfter) {

	/** Whether the one token asked for was given. */
	public boolean allowed() {
		return this.granted > 0;
	}

}
