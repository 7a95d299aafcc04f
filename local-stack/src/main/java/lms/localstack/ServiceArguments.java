package lms.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configuration contract between the stack and each service, as {@code --key=value}
 * arguments.
 *
 * @param ports where everything listens
 * @param dataDirectory the root of the stack's data
 * @param demoAdmin the admin identity-service seeds
 * @param secrets this run's service-client secrets, passed in the environment
 */
record ServiceArguments(Ports ports, Path dataDirectory, DemoAdmin demoAdmin, ServiceSecrets secrets) {

	static Path identityKeys(Path dataDirectory) {
		return dataDirectory.resolve("identity").resolve("keys");
	}

	static Path mediaStore(Path dataDirectory) {
		return dataDirectory.resolve("media");
	}

	List<String> forService(LmsService service) {
		List<String> arguments = new ArrayList<>();
		arguments.add(arg("server.port", this.ports.service(service)));
		arguments.add(arg("server.address", "127.0.0.1"));
		arguments.add(arg("management.server.port", this.ports.management(service)));
		arguments.add(arg("management.server.address", "127.0.0.1"));
		service.database()
			.ifPresent((database) -> arguments
				.add(arg("spring.mongodb.uri", "mongodb://127.0.0.1:" + this.ports.mongo() + "/" + database)));
		arguments.add(arg("spring.data.redis.host", "127.0.0.1"));
		arguments.add(arg("spring.data.redis.port", this.ports.redis()));
		arguments.add(arg("spring.cloud.stream.kafka.binder.brokers", "127.0.0.1:" + this.ports.kafka()));
		for (LmsService other : LmsService.values()) {
			if (other != LmsService.GATEWAY) {
				arguments.add(arg("lms.services." + other.shortName() + ".url", url(other)));
			}
		}
		arguments.addAll(specific(service));
		return arguments;
	}

	/**
	 * The environment of a service: its own client secret, and identity knows them all.
	 */
	Map<String, String> environmentFor(LmsService service) {
		return this.secrets.environmentFor(service);
	}

	String url(LmsService service) {
		return "http://127.0.0.1:" + this.ports.service(service);
	}

	String socketIoUrl() {
		return "http://127.0.0.1:" + this.ports.notificationSocketIo();
	}

	private List<String> specific(LmsService service) {
		return switch (service) {
			case NOTIFICATION ->
				List.of(arg("spring.mail.host", "127.0.0.1"), arg("spring.mail.port", this.ports.smtp()),
						codeSealingKeys(), arg("lms.notification.socket-io.port", this.ports.notificationSocketIo()));
			case GATEWAY -> List.of(arg("lms.services.notification.socket-io-url", socketIoUrl()));
			case IDENTITY -> List.of(codeSealingKeys(), arg("lms.identity.demo-admin.email", this.demoAdmin.email()),
					arg("lms.identity.demo-admin.password", this.demoAdmin.password()),
					arg("lms.identity.demo-admin.name", this.demoAdmin.name()),
					arg("lms.identity.keys.directory", identityKeys(this.dataDirectory)));
			case MEDIA -> List.of(arg("lms.media.local-store.directory", mediaStore(this.dataDirectory)),
					arg("lms.media.local-store.public-base-url", url(LmsService.GATEWAY) + "/media"));
			case COURSE -> List.of();
		};
	}

	/**
	 * The code-sealing keys, from this run's secret files ({@link CodeSealingSecrets}).
	 */
	private String codeSealingKeys() {
		return arg("spring.config.import",
				"configtree:" + CodeSealingSecrets.directory(this.dataDirectory).toAbsolutePath() + "/");
	}

	private static String arg(String key, Object value) {
		return "--" + key + "=" + value;
	}

}
