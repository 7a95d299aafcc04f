package lms.localstack.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 */
record BenchOptions(Path data, List<String> jvmOptions, int edits, int registrations, int warmups, Duration idle,
		boolean extraInstances, Duration timeout) {

	static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx512m",
			"-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

	private static final Set<String> KNOWN = Set.of("data", "jvm-options", "edits", "registrations", "warmups",
			"idle-seconds", "extra-instances", "timeout-seconds");

	static BenchOptions parse(String... args) {
		Map<String, String> values = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0 || !KNOWN.contains(arg.substring(2, equals))) {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'; known: --"
						+ String.join("=, --", KNOWN.stream().sorted().toList()) + "=");
			}
			values.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		if (!values.containsKey("data")) {
			throw new IllegalArgumentException("--data=DIR is required");
		}
		return new BenchOptions(Path.of(values.get("data")).toAbsolutePath().normalize(),
				jvmOptions(values.get("jvm-options")), number(values, "edits", 50), number(values, "registrations", 50),
				number(values, "warmups", 5), Duration.ofSeconds(number(values, "idle-seconds", 30)),
				Boolean.parseBoolean(values.getOrDefault("extra-instances", "true")),
				Duration.ofSeconds(number(values, "timeout-seconds", 240)));
	}

	private static List<String> jvmOptions(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT_JVM_OPTIONS;
		}
		return Arrays.stream(value.trim().split("\\s+")).toList();
	}

	private static int number(Map<String, String> values, String key, int defaultValue) {
		String value = values.get(key);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + key + " needs a whole number, not '" + value + "'");
		}
	}

}
