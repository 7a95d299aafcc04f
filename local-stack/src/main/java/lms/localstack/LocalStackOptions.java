package lms.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link LocalStack} starts and how; made by {@link LocalStackBuilder}.
 *
 * @param dataDirectory the root of all data, logs and mails
 * @param ports where everything listens
 * @param services the services to start as processes (none for infrastructure only)
 * @param defaultJvmOptions JVM options of a service without options of its own, followed
 * by that service's {@link LmsService#heapOptions() heap options}
 * @param jvmOptions JVM options per service, replacing the defaults
 * @param commonArguments extra {@code --key=value} arguments for every service
 * @param arguments extra arguments per service, after the common ones
 * @param readinessTimeout how long each start may take before it fails
 * @param projectRoot the repository root, where the exec jars are built
 * @param demoAdmin the admin identity-service seeds
 * @param classArchives whether each service and the Kafka broker get an AOT cache: a
 * service's trained once it is ready, the broker's written when it first stops cleanly;
 * each used from the next start on
 */
public record LocalStackOptions(Path dataDirectory, Ports ports, Set<LmsService> services,
		List<String> defaultJvmOptions, Map<LmsService, List<String>> jvmOptions, List<String> commonArguments,
		Map<LmsService, List<String>> arguments, Duration readinessTimeout, Path projectRoot, DemoAdmin demoAdmin,
		boolean classArchives) {

	public LocalStackOptions {
		dataDirectory = dataDirectory.toAbsolutePath().normalize();
		services = Set.copyOf(services);
		defaultJvmOptions = List.copyOf(defaultJvmOptions);
		jvmOptions = copy(jvmOptions);
		commonArguments = List.copyOf(commonArguments);
		arguments = copy(arguments);
	}

	private static Map<LmsService, List<String>> copy(Map<LmsService, List<String>> map) {
		return map.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> List.copyOf(entry.getValue())));
	}

	List<String> jvmOptionsFor(LmsService service) {
		List<String> own = this.jvmOptions.get(service);
		if (own != null) {
			return own;
		}
		List<String> options = new ArrayList<>(this.defaultJvmOptions);
		options.addAll(service.heapOptions());
		return options;
	}

	List<String> extraArgumentsFor(LmsService service) {
		List<String> all = new ArrayList<>(this.commonArguments);
		all.addAll(this.arguments.getOrDefault(service, List.of()));
		return all;
	}

	Path logs() {
		return this.dataDirectory.resolve("logs");
	}

	Path log(String name) {
		return logs().resolve(name + ".log");
	}

}
