package lms.localstack.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import lms.localstack.LmsService;
import lms.localstack.MainArguments;

/**
 * What {@link SystemBenchMain} measures and how, from {@code --key=value} arguments.
 *
 * @param data the throw-away data directory of the stack (its report goes in
 * {@code report/})
 * @param jvmOptions the services' JVM options, stated in the report
 * @param edits measured course edits (after {@code warmups} unmeasured ones)
 * @param registrations measured registrations (after {@code warmups} unmeasured ones)
 * @param warmups unmeasured rounds before each measured series
 * @param idle how long the services idle before their RSS is read
 * @param extraInstances whether a second course-service and gateway join the eviction run
 * @param timeout how long any start may take
 * @param randomPorts whether the stack and the extra instances take free ports instead of
 * the default ones
 * @param serviceArguments {@code --key=value} arguments added to every service's command
 * line (also the extra instances')
 * @param only the one row measured, at once after the start, with only the services it
 * needs (no start-up figures, no waiting for the script's load tests); empty: the full
 * run
 * @param readPausesMillis the pauses between two reads of one instance while it is
 * awaited; with several, the eviction row is measured once per pause on the same stack
 * @param courses how many courses an eviction-only run creates first, so the catalog is
 * not empty as the script's seeded one is not
 * @param settleJit whether the eviction row's warm-up goes on until the instances' JIT
 * compilers have settled ({@link EvictionBench#warmUp}), not only for {@code warmups}
 * edits
 */
record BenchOptions(Path data, List<String> jvmOptions, int edits, int registrations, int warmups, Duration idle,
		boolean extraInstances, Duration timeout, boolean randomPorts, List<String> serviceArguments,
		Optional<Part> only, int courses, List<Integer> readPausesMillis, boolean settleJit) {

	static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx512m",
			"-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

	private static final Set<String> KNOWN = Set.of("data", "jvm-options", "edits", "registrations", "warmups",
			"idle-seconds", "extra-instances", "timeout-seconds", "random-ports", "service-arguments", "only",
			"courses", "read-pauses-ms", "settle-jit");

	static BenchOptions parse(String... args) {
		MainArguments values = MainArguments.parse(args, new Properties(), KNOWN);
		Path data = values.value("data")
			.map(Path::of)
			.orElseThrow(() -> new IllegalArgumentException("--data=DIR is required"));
		return new BenchOptions(data.toAbsolutePath().normalize(), jvmOptions(values.value("jvm-options")),
				values.number("edits").orElse(200), values.number("registrations").orElse(200),
				values.number("warmups").orElse(5), Duration.ofSeconds(values.number("idle-seconds").orElse(30)),
				values.value("extra-instances").map(Boolean::parseBoolean).orElse(true),
				Duration.ofSeconds(values.number("timeout-seconds").orElse(240)), values.flag("random-ports"),
				values.value("service-arguments").map(BenchOptions::words).orElse(List.of()),
				values.value("only").map(Part::named), values.number("courses").orElse(0),
				values.value("read-pauses-ms").map(BenchOptions::pauses).orElse(List.of(1)),
				values.value("settle-jit").map(Boolean::parseBoolean).orElse(true));
	}

	/** A row measured alone, and the services it needs. */
	enum Part {

		/**
		 * {@code CourseUpdated} → every instance: the edits need no mail and no images.
		 */
		EVICTION(LmsService.GATEWAY, LmsService.IDENTITY, LmsService.COURSE),

		/** Registration → activation mail. */
		MAIL(LmsService.GATEWAY, LmsService.IDENTITY, LmsService.NOTIFICATION);

		private final List<LmsService> services;

		Part(LmsService... services) {
			this.services = List.of(services);
		}

		List<LmsService> services() {
			return this.services;
		}

		/**
		 * The name of its report ({@code report/<name>.md}) and of its {@code --only}
		 * value.
		 */
		String label() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Part named(String value) {
			return Arrays.stream(values())
				.filter((part) -> part.label().equals(value.trim()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("--only takes eviction or mail, not " + value));
		}

	}

	private static List<String> jvmOptions(Optional<String> value) {
		return value.map(BenchOptions::words).orElse(DEFAULT_JVM_OPTIONS);
	}

	private static List<Integer> pauses(String value) {
		try {
			return Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--read-pauses-ms takes whole numbers of milliseconds, e.g. 1,10");
		}
	}

	private static List<String> words(String value) {
		return Arrays.stream(value.trim().split("\\s+")).filter((word) -> !word.isEmpty()).toList();
	}

}
