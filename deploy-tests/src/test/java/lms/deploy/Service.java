package lms.deploy;

import java.util.Arrays;

/**
 * The five services as the topologies name them, with the ports fixed by the lead (public
 * port, management port where Actuator answers).
 */
enum Service {

	GATEWAY("gateway", 8080, 9080), IDENTITY("identity-service", 8081, 9081), COURSE("course-service", 8082, 9082),
	NOTIFICATION("notification-service", 8083, 9083), MEDIA("media-service", 8084, 9084);

	private final String module;

	private final int port;

	private final int managementPort;

	Service(String module, int port, int managementPort) {
		this.module = module;
		this.port = port;
		this.managementPort = managementPort;
	}

	String module() {
		return this.module;
	}

	int port() {
		return this.port;
	}

	int managementPort() {
		return this.managementPort;
	}

	static Service of(String module) {
		return Arrays.stream(values())
			.filter((service) -> service.module.equals(module))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service " + module));
	}

}
