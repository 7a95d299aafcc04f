package lms.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MongoDB and Redis let no one in without credentials, in both topologies: other
 * containers share the network. Each service reaches MongoDB as its own user with a
 * password of its own, and every Redis client holds the password Redis requires.
 */
class DatastoreCredentialsTest {

	private final ComposeFile compose = ComposeFile.read();

	static Stream<Rendered> renders() {
		return Rendered.developmentAndProduction();
	}

	@Test
	void composeMongoDbEnforcesAccessControlWithARootUserAndAKeyFile() {
		Map<String, Object> mongodb = this.compose.service("mongodb");

		assertThat(ComposeFile.list(mongodb, "command")).contains("--keyFile", "--replSet");
		assertThat(ComposeFile.environment(mongodb)).containsEntry("MONGO_INITDB_ROOT_PASSWORD_FILE",
				"/run/secrets/mongodb-root-password");
		assertThat(ComposeFile.list(mongodb, "secrets")).contains("mongodb-keyfile", "mongodb-root-password");
		assertThat(String.valueOf(mongodb.get("entrypoint"))).contains("install -m 400 -o mongodb")
			.contains("exec docker-entrypoint.sh");
	}

	@Test
	void composeServicesReachMongoDbEachAsItsOwnUserAllowedOnlyItsDatabase() throws IOException {
		String ready = Files.readString(Repository.file("deploy/compose/mongodb-ready.js"));
		Set<String> passwords = new TreeSet<>();
		Set<String> databases = new TreeSet<>();
		for (Service service : Service.values()) {
			Map<String, Object> container = this.compose.service(service.module());
			Map<String, Object> environment = ComposeFile.environment(container);
			Object database = environment.get("SPRING_MONGODB_DATABASE");
			if (database == null) {
				continue;
			}
			databases.add(String.valueOf(database));
			assertThat(environment).as(service.module())
				.doesNotContainKey("SPRING_MONGODB_URI")
				.containsEntry("SPRING_MONGODB_USERNAME", database)
				.containsEntry("SPRING_MONGODB_AUTHENTICATIONDATABASE", "admin")
				.containsEntry("SPRING_MONGODB_HOST", "mongodb");
			String password = secretFor(container, "spring.mongodb.password");
			assertThat(password).as(service.module()).isEqualTo("mongodb-" + database + "-password");
			assertThat(passwords.add(password)).isTrue();
			assertThat(ComposeFile.list(this.compose.service("mongodb"), "secrets")).contains(password);
			assertThat(ready).contains("'" + database + "'");
		}
		assertThat(databases).containsExactly("course", "identity", "media", "notification");
		assertThat(ready).contains("roles: [{ role: 'readWrite', db: database }]")
			.contains("secret('mongodb-' + database + '-password')");
	}

	@Test
	void composeRedisRequiresThePasswordEveryServiceHolds() {
		Map<String, Object> redis = this.compose.service("redis");
		String prepare = PreparedSecrets.script();

		assertThat(ComposeFile.list(redis, "command")).contains("--aclfile", "/run/secrets/redis-users.acl");
		assertThat(ComposeFile.list(redis, "secrets")).contains("redis-users.acl", "redis-password");
		assertThat(prepare).contains("create redis-users.acl \"user default on #$(sha256sum").doesNotContain("nopass");
		assertThat(String.valueOf(redis.get("healthcheck"))).contains("REDISCLI_AUTH");
		for (Service service : Service.values()) {
			assertThat(secretFor(this.compose.service(service.module()), "spring.data.redis.password"))
				.as(service.module())
				.isEqualTo("redis-password");
		}
	}

	@ParameterizedTest
	@MethodSource("renders")
	void theChartsRedisRequiresThePasswordEveryServiceMounts(Rendered rendered) {
		List<GenericKubernetesResource> redis = rendered.custom("Redis");
		assertThat(redis).hasSize(1);
		Object secret = ((Map<?, ?>) ((Map<?, ?>) redis.get(0).getAdditionalProperties().get("spec"))
			.get("kubernetesConfig")).get("redisSecret");
		assertThat(secret).isEqualTo(Map.of("name", "lms-secrets", "key", "redis-password"));
		for (Service service : Service.values()) {
			Map<String, String> keyByPath = new TreeMap<>();
			rendered.secretFiles(service).forEach((item) -> keyByPath.put(item.getPath(), item.getKey()));
			assertThat(keyByPath).as(service.module()).containsEntry("spring.data.redis.password", "redis-password");
		}
	}

	@Test
	void prepareMakesEveryDatastoreSecret() {
		assertThat(PreparedSecrets.names()).contains("mongodb-keyfile", "mongodb-root-password",
				"mongodb-identity-password", "mongodb-media-password", "redis-password", "redis-users.acl");
	}

	static String secretFor(Map<String, Object> container, String property) {
		return ComposeFile.list(container, "secrets")
			.stream()
			.map(Map.class::cast)
			.filter((mount) -> ("lms/" + property).equals(mount.get("target")))
			.map((mount) -> String.valueOf(mount.get("source")))
			.findFirst()
			.orElse(null);
	}

}
