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

	static final int WARM_UP_ROUND = 100;

	static final long SETTLED_MILLIS = 100;

	static final int MAX_WARM_UP = 3000;

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
		CourseEdits.Course course = new CourseEdits.Course(
				this.client.createCourse(gateway, token, "Eviction probe " + run + " #0"), run);
		Progress.say("Editing course " + course.id() + ": warm-up, then " + this.options.edits() + " measured edits");
		List<String> urls = readers.stream()
			.map((reader) -> reader.baseUrl() + "/api/v1/get-course/" + course.id())
			.toList();
		Hops hops = new Hops();
		WarmUp warmUp;
		try (FreshReads reads = new FreshReads(this.client, urls, pause);
				EventHops events = new EventHops(this.stack.kafkaBootstrap(), COURSE_TOPIC)) {
			CourseEdits editor = new CourseEdits(this.client, reads, events, urls, gateway, token, course);
			warmUp = warmUp(editor, extras);
			for (int round = 1; round <= this.options.edits(); round++) {
				CourseEdits.Edit edit = editor.edit(warmUp.edits() + round);
				edits.add(edit.roundTrip());
				record(readers, edit.fresh(), everyInstance);
				hops.record(edit.hop(), edit.editedWall());
			}
		}
		return table(readers, everyInstance, edits, extras.isEmpty(), pause, warmUp.note()) + "\n" + hops.table();
	}

	/**
	 * Unmeasured edits: the options' warm-ups, then (unless told not to) rounds of
	 * {@value #WARM_UP_ROUND} until the instances' JIT compilers worked less than
	 * {@value #SETTLED_MILLIS} ms in a round, at most {@value #MAX_WARM_UP} edits: the
	 * edit, the reload after an eviction and the relay run only here, and until they are
	 * compiled the row times the compiler.
	 */
	private WarmUp warmUp(CourseEdits editor, List<ExtraInstance> extras) {
		List<String> managementUrls = new ArrayList<>(
				List.of(this.stack.managementUrl(LmsService.COURSE), this.stack.managementUrl(LmsService.GATEWAY)));
		extras.forEach((extra) -> managementUrls.add(extra.launched().managementUrl()));
		JitActivity jit = new JitActivity(this.client, managementUrls);
		int done = 0;
		int round = Math.max(1, this.options.warmups());
		long compiledInRound;
		while (true) {
			long before = jit.compiledMillis();
			for (int i = 0; i < round; i++) {
				editor.edit(done + i + 1);
			}
			done += round;
			compiledInRound = jit.compiledMillis() - before;
			Progress.say(done + " warm-up edits; the instances compiled for " + compiledInRound + " ms in the last "
					+ round);
			if (!this.options.settleJit() || compiledInRound < SETTLED_MILLIS || done >= MAX_WARM_UP) {
				break;
			}
			round = WARM_UP_ROUND;
		}
		return new WarmUp(done, compiledInRound, round);
	}

	/**
	 * How the row warmed up.
	 *
	 * @param edits unmeasured edits in all
	 * @param compiledMillis how long the instances' JIT compilers worked during the last
	 * round
	 * @param lastRound the edits of that round
	 */
	private record WarmUp(int edits, long compiledMillis, int lastRound) {

		String note() {
			return this.edits + " unmeasured edits first (the instances' JIT compilers worked " + this.compiledMillis
					+ " ms during the last " + this.lastRound + ")";
		}

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

	private String table(List<Reader> readers, Samples everyInstance, Samples edits, boolean alone, Duration pause,
			String warmUp) {
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
			.append(warmUp)
			.append("; p99 of ")
			.append(this.options.edits())
			.append(" edits is nearest-rank.");
		if (alone) {
			out.append(" Only the stack's own course-service and gateway were measured (no extra instances).");
		}
		return out.append('\n').toString();
	}

}
