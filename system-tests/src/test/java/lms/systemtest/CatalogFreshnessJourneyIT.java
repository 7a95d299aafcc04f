package lms.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import lms.localstack.LmsService;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static lms.systemtest.Replies.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Scaled out, the catalog is never stale: with a second course-service and a second
 * gateway (proxying to the second course-service), each edit of a course through the
 * first gateway is served by all four within the bound, and once an instance served it,
 * that instance never serves the previous version again. The second instances learn of
 * each edit only from its event, and every cache level may hear of it before the level it
 * reads from does: the race that once let a gateway keep the old answer for a minute.
 */
class CatalogFreshnessJourneyIT extends Journey {

	private static final int EDITS = 50;

	private static final Duration BOUND = Duration.ofSeconds(10);

	private static final int READS_AFTER = 3;

	private static final long PAUSE_NANOS = Duration.ofMillis(2).toNanos();

	@AutoClose
	static ScaledOut twins;

	@BeforeAll
	static void scaleOut() {
		twins = ScaledOut.start(stack, LmsService.COURSE, "lms.services.course.url");
	}

	@Test
	void everyEditIsServedByEveryInstanceWithinTheBoundAndNeverStaleAfter() {
		TokenClient admin = accounts.admin();
		String name = "Fresh everywhere " + System.nanoTime() + " #0";
		String id = CourseDraft.of(name, 0).createId(admin);
		List<Reader> readers = List.of(new Reader("gateway", GatewayHttp.from(stack.gatewayUrl(), "127.0.0.61")),
				new Reader("course-service", new TestHttp(stack.serviceUrl(LmsService.COURSE))),
				new Reader("gateway #2", GatewayHttp.from(twins.gateway().url(), "127.0.0.62")),
				new Reader("course-service #2", new TestHttp(twins.service().url())));
		awaitEverywhere(readers, id, name, null);

		List<Long> slowest = new ArrayList<>();
		for (int edit = 1; edit <= EDITS; edit++) {
			String previous = name;
			name = "Fresh everywhere " + System.nanoTime() + " #" + edit;
			expect(200, admin.put("/api/v1/edit-course/" + id, CourseDraft.of(name, 0).json()));
			slowest.add(awaitEverywhere(readers, id, name, previous));
			for (int read = 0; read < READS_AFTER; read++) {
				for (Reader reader : readers) {
					assertThat(reader.name(id)).as("%s after it served edit %d", reader.label(), edit).isIn(name, null);
				}
			}
		}
		slowest.sort(null);
		System.out.printf("Slowest of the four instances over %d edits: p50 %d ms, max %d ms%n", EDITS,
				slowest.get(EDITS / 2), slowest.get(EDITS - 1));
	}

	/**
	 * Reads each instance in turn until every one served {@code name}, failing on the
	 * {@code previous} name from an instance that served the new one before.
	 * @return how long the slowest took, in milliseconds
	 */
	private static long awaitEverywhere(List<Reader> readers, String id, String name, String previous) {
		long begin = System.nanoTime();
		long deadline = begin + BOUND.toNanos();
		boolean[] fresh = new boolean[readers.size()];
		int pending = readers.size();
		while (pending > 0) {
			if (System.nanoTime() > deadline) {
				fail("Not every instance served '%s' within %s: %s", name, BOUND, stale(readers, fresh));
			}
			for (int i = 0; i < readers.size(); i++) {
				String served = readers.get(i).name(id);
				if (fresh[i] && previous != null && previous.equals(served)) {
					fail("%s served '%s' again after '%s'", readers.get(i).label(), previous, name);
				}
				if (!fresh[i] && name.equals(served)) {
					fresh[i] = true;
					pending--;
				}
			}
			LockSupport.parkNanos(PAUSE_NANOS);
		}
		return Duration.ofNanos(System.nanoTime() - begin).toMillis();
	}

	private static List<String> stale(List<Reader> readers, boolean[] fresh) {
		List<String> stale = new ArrayList<>();
		for (int i = 0; i < readers.size(); i++) {
			if (!fresh[i]) {
				stale.add(readers.get(i).label());
			}
		}
		return stale;
	}

	/**
	 * One instance's {@code get-course/:id}, read as an anonymous visitor (through a
	 * gateway with the checks every gateway answer gets).
	 */
	private record Reader(String label, TestHttp http) {

		/** The course's name, or {@code null} when the limit said to slow down. */
		String name(String id) {
			TestHttp.Response response = this.http.get("/api/v1/get-course/" + id);
			if (response.status() == 429) {
				return null;
			}
			return expect(200, response).get("course").get("name").asString();
		}

	}

}
