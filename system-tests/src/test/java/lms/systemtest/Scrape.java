package lms.systemtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.testkit.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One scrape of every service's Prometheus endpoint: each sample's name and labels, in
 * the text exposition format.
 */
record Scrape(List<Sample> samples) {

	record Sample(String name, Map<String, String> labels, double value) {
	}

	static Scrape of(LocalStack stack) {
		return of(stack, LmsService.values());
	}

	/** One scrape of these services only. */
	static Scrape of(LocalStack stack, LmsService... services) {
		List<Sample> samples = new ArrayList<>();
		for (LmsService service : services) {
			TestHttp.Response response = new TestHttp(metricsBase(stack, service)).get("/actuator/prometheus");
			assertThat(response.status()).as(service.moduleName()).isEqualTo(200);
			response.body().lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach((line) -> {
				samples.add(parse(line));
			});
		}
		return new Scrape(samples);
	}

	/** Where the service's Actuator answers: its management port. */
	static String metricsBase(LocalStack stack, LmsService service) {
		return stack.managementUrl(service);
	}

	/** Whether a sample has this name and at least these label values. */
	boolean has(String name, Map<String, String> labels) {
		return this.samples.stream()
			.anyMatch((sample) -> sample.name().equals(name)
					&& sample.labels().entrySet().containsAll(labels.entrySet()));
	}

	/** Whether some sample of this name carries the label. */
	boolean hasLabel(String name, String label) {
		return this.samples.stream()
			.anyMatch((sample) -> sample.name().equals(name) && sample.labels().containsKey(label));
	}

	/** The values of the samples with this name and these label values. */
	List<Double> values(String name, Map<String, String> labels) {
		return this.samples.stream()
			.filter((sample) -> sample.name().equals(name) && sample.labels().entrySet().containsAll(labels.entrySet()))
			.map(Sample::value)
			.toList();
	}

	/**
	 * The sum of the known values of the samples with this name and these label values.
	 */
	double sum(String name, Map<String, String> labels) {
		return values(name, labels).stream().filter((value) -> !value.isNaN()).mapToDouble(Double::doubleValue).sum();
	}

	/** The largest known value, or NaN when none is known. */
	double max(String name, Map<String, String> labels) {
		return values(name, labels).stream()
			.filter((value) -> !value.isNaN())
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(Double.NaN);
	}

	static Sample parse(String line) {
		int brace = line.indexOf('{');
		int space = line.lastIndexOf(' ');
		Map<String, String> labels = new LinkedHashMap<>();
		String name;
		if (brace > 0 && brace < space) {
			name = line.substring(0, brace);
			String body = line.substring(brace + 1, line.lastIndexOf('}'));
			int i = 0;
			while (i < body.length()) {
				int equals = body.indexOf('=', i);
				String key = body.substring(i, equals).trim();
				StringBuilder value = new StringBuilder();
				int j = equals + 2;
				while (body.charAt(j) != '"') {
					if (body.charAt(j) == '\\') {
						j++;
					}
					value.append(body.charAt(j));
					j++;
				}
				labels.put(key, value.toString());
				i = j + 1;
				if (i < body.length() && body.charAt(i) == ',') {
					i++;
				}
			}
		}
		else {
			name = line.substring(0, line.indexOf(' '));
		}
		return new Sample(name, labels, Double.parseDouble(line.substring(space + 1)));
	}

}
