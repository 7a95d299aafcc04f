package lms.identity.throttle;

import java.util.List;

import lms.kit.ratelimit.RedisLimits;
import lms.kit.ratelimit.Subject;

/**
 * An attempt that counts as a failure until it succeeds.
 */
public final class Attempt {

	private final RedisLimits limits;

	private final List<Subject> subjects;

	private final int cleared;

	Attempt(RedisLimits limits, List<Subject> subjects, int cleared) {
		this.limits = limits;
		this.subjects = subjects;
		this.cleared = cleared;
	}

	/**
	 * The attempt succeeded: the subjects it proves (the account at this address) forget
	 * their failures, the others only take this attempt back.
	 */
	public void succeeded() {
		this.limits.succeeded(this.subjects, this.cleared);
	}

}
