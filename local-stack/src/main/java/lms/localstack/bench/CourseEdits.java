package lms.localstack.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The eviction row's edits: renames one course through the gateway, each time after every
 * instance served the previous name, and times the edit, each instance's first fresh read
 * and the event's hops.
 *
 * @param urls the {@code get-course/:id} of the course on every instance
 * @param gateway where the edit is sent
 * @param token the admin's access token
 */
record CourseEdits(LmsClient client, FreshReads reads, EventHops events, List<String> urls, String gateway,
		String token, Course course) {

	/** The course edited: its id and the run's mark in its names ({@code #0} first). */
	record Course(String id, String run) {
	}

	/**
	 * One edit's figures.
	 *
	 * @param roundTrip the edit's own round trip through the gateway
	 * @param fresh per URL, the time from the edit's answer to its first fresh read
	 * @param hop the event's hops, when the bench's consumer saw it
	 * @param editedWall the wall clock at the edit's answer
	 */
	record Edit(Duration roundTrip, List<Optional<Duration>> fresh, Optional<EventHops.Hop> hop, long editedWall) {
	}

	/** Edit number {@code round} (from 1), after every instance served the one before. */
	Edit edit(int round) {
		awaitEverywhere(name(round - 1));
		String name = name(round);
		long beginWall = System.currentTimeMillis();
		long begin = System.nanoTime();
		this.client.renameCourse(this.gateway, this.token, this.course.id(), name);
		long edited = System.nanoTime();
		long editedWall = System.currentTimeMillis();
		List<Optional<Duration>> fresh = this.reads.await(quoted(name), edited);
		Optional<EventHops.Hop> hop = this.events.await(this.course.id(), EvictionBench.UPDATED, beginWall,
				Duration.ofSeconds(2));
		return new Edit(Duration.ofNanos(edited - begin), fresh, hop, editedWall);
	}

	/** Makes sure every level holds the current version before the next edit. */
	private void awaitEverywhere(String name) {
		if (!this.reads.await(quoted(name), System.nanoTime()).stream().allMatch(Optional::isPresent)) {
			throw new IllegalStateException("Not every instance serves '" + name + "' within " + FreshReads.WITHIN);
		}
		this.urls.forEach(this.client::get);
	}

	private String name(int round) {
		return "Eviction probe " + this.course.run() + " #" + round;
	}

	private static String quoted(String name) {
		return "\"" + name + "\"";
	}

}
