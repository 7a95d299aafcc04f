package lms.localstack;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceArgumentsTest {

	private final Path data = Path.of("/data");

	private final ServiceArguments contract = new ServiceArguments(Ports.defaults(), this.data, DemoAdmin.DEFAULT,
			ServiceSecrets.generate());

	@Test
	void everyServiceGetsRedisKafkaAndTheOtherServicesUrls() {
		for (LmsService service : LmsService.values()) {
			assertThat(this.contract.forService(service)).contains("--server.port=" + service.defaultPort(),
					"--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=6379",
					"--spring.cloud.stream.kafka.binder.brokers=127.0.0.1:9092",
					"--lms.services.identity.url=http://127.0.0.1:8081",
					"--lms.services.course.url=http://127.0.0.1:8082",
					"--lms.services.notification.url=http://127.0.0.1:8083",
					"--lms.services.media.url=http://127.0.0.1:8084");
		}
	}

	@Test
	void everyServiceListensOnLoopbackOnlyWithActuatorOnItsManagementPort() {
		for (LmsService service : LmsService.values()) {
			assertThat(this.contract.forService(service)).contains("--server.address=127.0.0.1",
					"--management.server.port=" + service.defaultManagementPort(),
					"--management.server.address=127.0.0.1");
		}
	}

	@Test
	void serviceSecretsTravelInTheEnvironmentOnlyAndIdentityKnowsEveryClient() {
		List<String> secrets = this.contract.environmentFor(LmsService.IDENTITY).values().stream().toList();
		for (LmsService service : LmsService.values()) {
			// no secret property and no secret's value; the secret files' folder may be
			// named
			assertThat(this.contract.forService(service)).noneMatch((arg) -> arg.matches("--[^=]*secret[^=]*=.*"))
				.noneMatch((arg) -> secrets.stream().anyMatch(arg::contains));
			assertThat(this.contract.environmentFor(service)).containsKey("LMS_SECURITY_SERVICECLIENT_SECRET");
		}
		assertThat(secrets).hasSize(LmsService.values().length);
		assertThat(this.contract.environmentFor(LmsService.IDENTITY))
			.containsEntry("LMS_IDENTITY_SERVICECLIENTS_COURSE_SECRET",
					this.contract.environmentFor(LmsService.COURSE).get("LMS_SECURITY_SERVICECLIENT_SECRET"))
			.containsEntry("LMS_IDENTITY_SERVICECLIENTS_GATEWAY_SECRET",
					this.contract.environmentFor(LmsService.GATEWAY).get("LMS_SECURITY_SERVICECLIENT_SECRET"));
		assertThat(this.contract.environmentFor(LmsService.COURSE).get("LMS_SECURITY_SERVICECLIENT_SECRET"))
			.isNotEqualTo(this.contract.environmentFor(LmsService.GATEWAY).get("LMS_SECURITY_SERVICECLIENT_SECRET"))
			.hasSizeGreaterThan(40);
	}

	@Test
	void eachServiceWithDataGetsItsOwnDatabaseAndTheGatewayNone() {
		assertThat(this.contract.forService(LmsService.COURSE))
			.contains("--spring.mongodb.uri=mongodb://127.0.0.1:27017/course");
		assertThat(this.contract.forService(LmsService.GATEWAY)).noneMatch((arg) -> arg.startsWith("--spring.mongodb"));
	}

	@Test
	void serviceSpecificSettings() {
		assertThat(this.contract.forService(LmsService.NOTIFICATION)).contains("--spring.mail.host=127.0.0.1",
				"--spring.mail.port=3025", "--lms.notification.socket-io.port=8093");
		assertThat(this.contract.forService(LmsService.GATEWAY))
			.contains("--lms.services.notification.socket-io-url=http://127.0.0.1:8093");
		assertThat(this.contract.forService(LmsService.IDENTITY)).contains(
				"--lms.identity.demo-admin.email=admin@lms.local", "--lms.identity.demo-admin.name=Demo Admin",
				"--lms.identity.keys.directory=" + this.data.resolve("identity/keys"));
		assertThat(this.contract.forService(LmsService.MEDIA)).contains(
				"--lms.media.local-store.directory=" + this.data.resolve("media"),
				"--lms.media.local-store.public-base-url=http://127.0.0.1:8080/media");
	}

	@Test
	void onlyIdentityAndNotificationReadTheCodeSealingKeysAndNeverOnTheCommandLine() {
		String keys = "--spring.config.import=configtree:" + this.data.resolve("secrets/code-sealing") + "/";
		assertThat(this.contract.forService(LmsService.IDENTITY)).contains(keys);
		assertThat(this.contract.forService(LmsService.NOTIFICATION)).contains(keys);
		for (LmsService service : List.of(LmsService.GATEWAY, LmsService.COURSE, LmsService.MEDIA)) {
			assertThat(this.contract.forService(service)).doesNotContain(keys);
		}
		assertThat(LmsService.values()).allSatisfy((service) -> assertThat(this.contract.forService(service))
			.noneMatch((argument) -> argument.contains("code-sealing.current-key")));
	}

	@Test
	void servicesAreFoundByModuleOrShortName() {
		assertThat(List.of("identity-service", "identity", "IDENTITY").stream().map(LmsService::of))
			.containsOnly(LmsService.IDENTITY);
	}

	@Test
	void randomPortsAreDistinctAndBelowTheEphemeralRange() {
		Ports ports = Ports.randomFree();
		List<Integer> all = new java.util.ArrayList<>(ports.infrastructure());
		all.addAll(ports.services().values());
		all.addAll(ports.management().values());
		all.add(ports.notificationSocketIo());
		assertThat(all).doesNotHaveDuplicates().hasSize(16).allMatch((port) -> port >= 20000 && port < 32768);
	}

}
