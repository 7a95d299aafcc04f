package lms.localstack;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five applications of the system, with the module that builds each and its default
 * port.
 */
public enum LmsService {

	GATEWAY("gateway", 8080, null),

	IDENTITY("identity-service", 8081, "identity"),

	COURSE("course-service", 8082, "course"),

	NOTIFICATION("notification-service", 8083, "notification"),

	MEDIA("media-service", 8084, "media");

	private final String moduleName;

	private final int defaultPort;

	private final String database;

	LmsService(String moduleName, int defaultPort, String database) {
		this.moduleName = moduleName;
		this.defaultPort = defaultPort;
		this.database = database;
	}

	public String moduleName() {
		return this.moduleName;
	}

	/**
	 * The name without "-service", as used in {@code lms.services.<short>.url}.
	 */
	public String shortName() {
		return this.moduleName.replace("-service", "");
	}

	public int defaultPort() {
		return this.defaultPort;
	}

	/** Actuator's port: 9080-9084, beside the service's 8080-8084. */
	public int defaultManagementPort() {
		return this.defaultPort + 1000;
	}

	public Optional<String> database() {
		return Optional.ofNullable(this.database);
	}

	/**
	 * Heap options this service adds to the shared ones, as its container does. The
	 * gateway keeps a fixed 64 MB young generation: under the shared {@code -Xms16m} the
	 * serial collector leaves it at ~5 MB (it resizes the young generation only in a full
	 * collection), which at the edge's request rates meant ~200 young collections a
	 * second.
	 */
	public List<String> heapOptions() {
		return (this != GATEWAY) ? List.of() : List.of("-Xms80m", "-Xmn64m");
	}

	/**
	 * Accepts the module name ({@code identity-service}), the short name
	 * ({@code identity}) or the constant name ({@code IDENTITY}).
	 */
	public static LmsService of(String name) {
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((service) -> service.moduleName.equals(wanted) || service.shortName().equals(wanted)
					|| service.name().toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unknown service '" + name + "'; known: " + Arrays.toString(moduleNames())));
	}

	static String[] moduleNames() {
		return Arrays.stream(values()).map(LmsService::moduleName).toArray(String[]::new);
	}

}
