package lms.localstack.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the services' JIT compilers have worked so far, summed over several instances:
 * each one's {@code jvm_compilation_time_ms_total} from its Prometheus endpoint. A row
 * that times code the JVM is still compiling measures the compiler, not the service; the
 * growth between two readings tells whether the paths a row takes have settled. Only that
 * metric is asked for ({@value #SCRAPE}: 0.3 KB instead of a full scrape's ~115 KB, whose
 * rendering the instances would otherwise compile and run in the row).
 */
final class JitActivity {

	static final String SCRAPE = "/actuator/prometheus?includedNames=jvm_compilation_time_ms";

	private static final Pattern COMPILATION = Pattern
		.compile("(?m)^jvm_compilation_time_ms_total(?:\\{[^}]*})?\\s+([0-9.eE+-]+)$");

	private final LmsClient client;

	private final List<String> managementUrls;

	JitActivity(LmsClient client, List<String> managementUrls) {
		this.client = client;
		this.managementUrls = List.copyOf(managementUrls);
	}

	/** Milliseconds of compilation so far, all instances together. */
	long compiledMillis() {
		return this.managementUrls.stream().mapToLong(this::compiledMillis).sum();
	}

	private long compiledMillis(String managementUrl) {
		LmsClient.Response response = this.client.get(managementUrl + SCRAPE);
		if (response.status() != 200) {
			throw new IllegalStateException(managementUrl + SCRAPE + " answered " + response.status());
		}
		return parse(response.body());
	}

	static long parse(String prometheus) {
		Matcher matcher = COMPILATION.matcher(prometheus);
		double total = 0;
		boolean found = false;
		while (matcher.find()) {
			total += Double.parseDouble(matcher.group(1));
			found = true;
		}
		if (!found) {
			throw new IllegalStateException("No jvm_compilation_time_ms_total in the Prometheus output");
		}
		return Math.round(total);
	}

}
