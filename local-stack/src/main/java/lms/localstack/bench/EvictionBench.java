package lms.localstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import lms.localstack.DemoAdmin;
import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.testkit.FreePorts;

/**
 * {@code CourseUpdated} → eviction on every instance: an admin renames a course through
 * the gateway; from the edit's response on, each instance's {@code get-course/:id} is
 * read until it serves the new name. With extra instances, a second course-service and a
 * second gateway (proxying to the second course-service) learn of the edit only from the
 * event.
 */
final class EvictionBench {

	static final String COURSE_TOPIC = "lms.course.course";

	static final String UPDATED = "lms.course.CourseUpdated.v1";

	/**
	 * The extra instances' service and management ports on the default ports (beside
	 * their service ports as 9080-9084 are): gateway, its management, course-service, its
	 * management.
	 */
	static final List<Integer> DEFAULT_EXTRA_PORTS = List.of(8180, 9180, 8182, 9182);

	private final LocalStack stack;

	private final LmsClient client;

	private final DemoAdmin admin;

	private final BenchOptions options;

	private final List<Integer> extraPorts;

	EvictionBench(LocalStack stack, LmsClient client, DemoAdmin admin, BenchOptions options) {
		this.stack = stack;
		this.client = client;
		this.admin = admin;
		this.options = options;
		this.extraPorts = options.randomPorts() ? FreePorts.pick(4) : DEFAULT_EXTRA_PORTS;
	}

	private record Reader(String label, String baseUrl, Samples samples) {

		Reader(String label, String baseUrl) {
			this(label, baseUrl, new Samples());
		}

	}

	String run() {
		List<ExtraInstance> extras = this.options.extraInstances() ? launchExtraInstances() : List.of();
		try {
			StringBuilder out = new StringBuilder();
			for (int pause : this.options.readPausesMillis()) {
				out.append(measure(extras, Duration.ofMillis(pause)));
			}
			return out.toString();
		}
		finally {
			extras.forEach(ExtraInstance::close);
		}
	}

	private String measure(List<ExtraInstance> extras, Duration pause) {
		String gateway = this.stack.gatewayUrl();
		List<Reader> readers = new ArrayList<>();
		readers.add(new Reader("course-service (took the edit: evicts on write)",
				this.stack.serviceUrl(LmsService.COURSE)));
		readers.add(new Reader("gateway edge cache (evicts on the event)", gateway));
		if (!extras.isEmpty()) {
			readers.add(new Reader("course-service #2 (evicts on the event)", extras.get(0).url()));
			readers.add(new Reader("gateway #2 edge cache → course-service #2 (both evict on the event)",
					extras.get(1).url()));
		}
		Samples everyInstance = new Samples();
		Samples edits = new Samples();
		String token = this.client.login(gateway, this.admin.email(), this.admin.password());
		String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String name = "Eviction probe " + run + " #0";
		String id = this.client.createCourse(gateway, token, name);
		Progress.say("Editing course " + id + " " + (this.options.warmups() + this.options.edits()) + " times");
		List<String> urls = readers.stream().map((reader) -> reader.baseUrl() + "/api/v1/get-course/" + id).toList();
		Hops hops = new Hops();
		try (FreshReads reads = new FreshReads(this.client, urls, pause);
				EventHops events = new EventHops(this.stack.kafkaBootstrap(), COURSE_TOPIC)) {
			for (int round = 1; round <= this.options.warmups() + this.options.edits(); round++) {
				awaitEverywhere(reads, urls, name);
				name = "Eviction probe " + run + " #" + round;
				long beginWall = System.currentTimeMillis();
				long begin = System.nanoTime();
				this.client.renameCourse(gateway, token, id, name);
				long edited = System.nanoTime();
				long editedWall = System.currentTimeMillis();
				List<Optional<Duration>> fresh = reads.await(quoted(name), edited);
				Optional<EventHops.Hop> hop = events.await(id, UPDATED, beginWall, Duration.ofSeconds(2));
				if (round > this.options.warmups()) {
					edits.add(Duration.ofNanos(edited - begin));
					record(readers, fresh, everyInstance);
					hops.record(hop, editedWall);
				}
			}
		}
		return table(readers, everyInstance, edits, extras.isEmpty(), pause) + "\n" + hops.table();
	}

	/** The event's hops per edit, on the machine's one clock, in milliseconds. */
	private static final class Hops {

		private final Samples writeToSend = new Samples();

		private final Samples sendToFetch = new Samples();

		private final Samples answerToFetch = new Samples();

		void record(Optional<EventHops.Hop> hop, long editedWall) {
			if (hop.isEmpty()) {
				List.of(this.writeToSend, this.sendToFetch, this.answerToFetch).forEach(Samples::miss);
				return;
			}
			this.writeToSend.add(hop.get().writeToSend());
			this.sendToFetch.add(hop.get().sendToFetch());
			this.answerToFetch.add(Duration.ofMillis(Math.max(0, hop.get().fetched() - editedWall)));
		}

		String table() {
			StringBuilder out = new StringBuilder(
					"| hop of the edit's `CourseUpdated` | edits | p50 | p99 | max | not seen |\n")
				.append("|---|---|---|---|---|---|\n");
			out.append(this.writeToSend
				.row("write (its outbox entry made) → relay sent (`ce_time` → the record's create time)"));
			out.append(this.sendToFetch
				.row("relay sent → fetched by a consumer (create time → a consumer in the bench JVM)"));
			out.append(this.answerToFetch.row("edit's answer → event fetched by that consumer"));
			return out.append("\nMillisecond clock (`ce_time`, the record timestamp); the consumer fetches with ")
				.append("`fetch.max.wait.ms=10`, as a hop's floor rather than the services' own consumers.\n")
				.toString();
		}

	}

	private void record(List<Reader> readers, List<Optional<Duration>> fresh, Samples everyInstance) {
		for (int i = 0; i < readers.size(); i++) {
			fresh.get(i).ifPresentOrElse(readers.get(i).samples()::add, readers.get(i).samples()::miss);
		}
		if (fresh.stream().allMatch(Optional::isPresent)) {
			everyInstance.add(fresh.stream().map(Optional::get).max(Duration::compareTo).orElseThrow());
		}
		else {
			everyInstance.miss();
		}
	}

	/** Makes sure every level holds the current version before the next edit. */
	private void awaitEverywhere(FreshReads reads, List<String> urls, String name) {
		if (!reads.await(quoted(name), System.nanoTime()).stream().allMatch(Optional::isPresent)) {
			throw new IllegalStateException("Not every instance serves '" + name + "' within " + FreshReads.WITHIN);
		}
		urls.forEach(this.client::get);
	}

	private static String quoted(String name) {
		return "\"" + name + "\"";
	}

	private List<ExtraInstance> launchExtraInstances() {
		int gatewayPort = this.extraPorts.get(0);
		int coursePort = this.extraPorts.get(2);
		Progress.say("Starting a second course-service (:" + coursePort + ") and gateway (:" + gatewayPort + ")");
		ServiceJvm course = ServiceJvm.find(LmsService.COURSE.moduleName(),
				this.stack.options().ports().service(LmsService.COURSE));
		ServiceJvm gateway = ServiceJvm.find(LmsService.GATEWAY.moduleName(),
				this.stack.options().ports().service(LmsService.GATEWAY));
		List<ExtraInstance> extras = new ArrayList<>();
		try {
			extras.add(ExtraInstance.launch(course, "course-service #2", coursePort, this.extraPorts.get(3), Map.of(),
					this.stack.logFile("course-service-2")));
			extras.add(ExtraInstance.launch(gateway, "gateway #2", gatewayPort, this.extraPorts.get(1),
					Map.of("lms.services.course.url", "http://127.0.0.1:" + coursePort),
					this.stack.logFile("gateway-2")));
			new Readiness().await(extras.stream().map(ExtraInstance::launched).toList(), this.options.timeout());
			return extras;
		}
		catch (RuntimeException ex) {
			extras.forEach(ExtraInstance::close);
			throw ex;
		}
	}

	private String table(List<Reader> readers, Samples everyInstance, Samples edits, boolean alone, Duration pause) {
		StringBuilder out = new StringBuilder();
		out.append("| `get-course/:id` read from | edits | p50 | p99 | max | not fresh within ")
			.append(FreshReads.WITHIN.toSeconds())
			.append(" s |\n|---|---|---|---|---|---|\n");
		for (Reader reader : readers) {
			out.append(reader.samples().row(reader.label()));
		}
		out.append(everyInstance.row("**every instance** (the slowest of the " + readers.size() + " per edit)"));
		out.append(
				"\nTimed from the edit's answer (`PUT edit-course/:id` through the first gateway; its own round trip ")
			.append(edits.cells().replace(" | ", " / "))
			.append(" p50 / p99 / max) to the first answer with the new name, each instance read in a loop ")
			.append("(")
			.append(pause.toMillis())
			.append(" ms pause) by its own thread; ")
			.append(this.options.warmups())
			.append(" unmeasured edits first; p99 of ")
			.append(this.options.edits())
			.append(" edits is nearest-rank.");
		if (alone) {
			out.append(" Only the stack's own course-service and gateway were measured (no extra instances).");
		}
		return out.append('\n').toString();
	}

}
