package lms.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Options for a {@link LocalStack}; every one has a default that suits the local run.
 */
public final class LocalStackBuilder {

	/**
	 * Small heaps that start small and give back what they do not use, the serial
	 * collector and C1 only: five service JVMs and Kafka share two cores.
	 */
	public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m",
			"-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1",
			"-XX:TrimNativeHeapInterval=5000");

	private Path dataDirectory = Path.of(".local");

	private Ports ports = Ports.defaults();

	private Set<LmsService> services = EnumSet.allOf(LmsService.class);

	private List<String> defaultJvmOptions = DEFAULT_JVM_OPTIONS;

	private final Map<LmsService, List<String>> jvmOptions = new EnumMap<>(LmsService.class);

	private final List<String> commonArguments = new ArrayList<>();

	private final Map<LmsService, List<String>> arguments = new EnumMap<>(LmsService.class);

	/**
	 * Generous on purpose: on two cores shared with builds a first start without archives
	 * has taken over five minutes; a service that dies fails the wait at once anyway.
	 */
	static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofMinutes(10);

	private Duration readinessTimeout = DEFAULT_READINESS_TIMEOUT;

	private Path projectRoot;

	private DemoAdmin demoAdmin = DemoAdmin.DEFAULT;

	private boolean classArchives = true;

	LocalStackBuilder() {
	}

	public LocalStackBuilder dataDirectory(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
		return this;
	}

	public LocalStackBuilder ports(Ports ports) {
		this.ports = ports;
		return this;
	}

	/**
	 * Kafka 9092, MongoDB 27017, Redis 6379, SMTP 3025, services 8080-8084 (the default).
	 */
	public LocalStackBuilder fixedPorts() {
		return ports(Ports.defaults());
	}

	public LocalStackBuilder randomPorts() {
		return ports(Ports.randomFree());
	}

	public LocalStackBuilder services(Collection<LmsService> services) {
		this.services = services.isEmpty() ? EnumSet.noneOf(LmsService.class) : EnumSet.copyOf(services);
		return this;
	}

	public LocalStackBuilder services(LmsService... services) {
		return services(Arrays.asList(services));
	}

	/**
	 * Services by module or short name, e.g. "gateway", "identity-service".
	 */
	public LocalStackBuilder services(String... names) {
		return services(Arrays.stream(names).map(LmsService::of).toList());
	}

	/**
	 * Kafka, MongoDB, Redis and SMTP only.
	 */
	public LocalStackBuilder infrastructureOnly() {
		return services(List.of());
	}

	/**
	 * JVM options for every service that has none of its own; each service's
	 * {@link LmsService#heapOptions() heap options} follow them.
	 */
	public LocalStackBuilder jvmOptions(List<String> options) {
		this.defaultJvmOptions = List.copyOf(options);
		return this;
	}

	public LocalStackBuilder jvmOptions(LmsService service, String... options) {
		this.jvmOptions.put(service, List.of(options));
		return this;
	}

	/**
	 * Extra {@code --key=value} arguments for every service, e.g. a stub's URL.
	 */
	public LocalStackBuilder argumentsForAll(String... arguments) {
		this.commonArguments.addAll(List.of(arguments));
		return this;
	}

	public LocalStackBuilder arguments(LmsService service, String... arguments) {
		this.arguments.computeIfAbsent(service, (key) -> new ArrayList<>()).addAll(List.of(arguments));
		return this;
	}

	public LocalStackBuilder readinessTimeout(Duration timeout) {
		this.readinessTimeout = timeout;
		return this;
	}

	/**
	 * The repository root holding the service modules; found from the working directory
	 * when not given.
	 */
	public LocalStackBuilder projectRoot(Path projectRoot) {
		this.projectRoot = projectRoot;
		return this;
	}

	public LocalStackBuilder demoAdmin(DemoAdmin demoAdmin) {
		this.demoAdmin = demoAdmin;
		return this;
	}

	/**
	 * Whether services get class-data-sharing archives (on by default). A stack in a
	 * fresh directory that starts once gains nothing from them and pays for the dumps.
	 */
	public LocalStackBuilder classArchives(boolean enabled) {
		this.classArchives = enabled;
		return this;
	}

	public LocalStackOptions options() {
		return new LocalStackOptions(this.dataDirectory, this.ports, this.services, this.defaultJvmOptions,
				this.jvmOptions, this.commonArguments, this.arguments, this.readinessTimeout,
				(this.projectRoot != null) ? this.projectRoot : ProjectRoot.locate(), this.demoAdmin,
				this.classArchives);
	}

	public LocalStack build() {
		return new LocalStack(options());
	}

	/**
	 * Builds and starts the stack, returning when everything is ready.
	 */
	public LocalStack start() {
		return build().start();
	}

}
