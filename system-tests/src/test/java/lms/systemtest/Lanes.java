package lms.systemtest;

/**
 * The system tests run in two lanes at once, one test class at a time within a lane
 * (Failsafe runs the classes concurrently; each class takes its lane's lock): the
 * journeys, and the faults. Most of a system test's time is spent waiting (an outage held
 * for a minute, tokens left to expire, events to arrive), so on two cores the lanes
 * overlap their waits instead of queueing them. Every class belongs to exactly one lane
 * ({@link LanesTest}), and no class drives a stack of another lane, so no outage or stop
 * ever meets a journey. Stacks start one at a time ({@link SystemStack#startAlone}).
 */
final class Lanes {

	/**
	 * The journeys: on the stack they share ({@link RunningSystem}) and on stacks of
	 * their own (a fresh system, short-lived tokens).
	 */
	static final String JOURNEYS = "lane:journeys";

	/**
	 * The faults: on the stack they break one after another ({@link FaultySystem}) and
	 * SIGTERM to every service of a stack of its own; and the fresh system's journey, on
	 * a stack of its own too, which evens the two lanes' lengths.
	 */
	static final String FAULTS = "lane:faults";

	private Lanes() {
	}

}
