package lms.testkit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureWiringTest {

	@Test
	void setsEveryPropertyFromTheSharedStandIns() {
		Environment environment = environment(FirstContext.class);

		Map<String, String> expected = InfrastructureProperties.embedded("ignored");
		expected.remove(InfrastructureProperties.MONGODB_URI);
		expected.forEach((key, value) -> assertThat(environment.getProperty(key)).as(key).isEqualTo(value));
		assertThat(environment.getProperty(InfrastructureProperties.MONGODB_URI))
			.startsWith("mongodb://127.0.0.1:" + EmbeddedMongo.shared().port() + "/test-");
		assertThat(environment.getProperty(InfrastructureProperties.KAFKA_BOOTSTRAP_SERVERS))
			.isEqualTo(EmbeddedKafka.shared().bootstrapServers());
		assertThat(environment.getProperty(InfrastructureProperties.CLOUDINARY_URL))
			.isEqualTo("cloudinary://test-key:test-secret@lms-test");
	}

	@Test
	void eachApplicationContextGetsItsOwnDatabaseAndCachedOnesKeepTheirs() {
		String first = mongoUri(FirstContext.class);

		assertThat(mongoUri(SameAsFirstContext.class)).isEqualTo(first);
		assertThat(mongoUri(SecondContext.class)).isNotEqualTo(first);
	}

	@Test
	void aTestsOwnPropertiesWin() {
		assertThat(environment(SecondContext.class).getProperty(InfrastructureProperties.MAIL_HOST))
			.isEqualTo("mail.override.test");
	}

	@Test
	void argumentsForContextsStartedByHand() {
		assertThat(InfrastructureProperties.asArguments(Map.of("spring.mail.port", "25")))
			.containsExactly("--spring.mail.port=25");
	}

	private static String mongoUri(Class<?> testClass) {
		return environment(testClass).getProperty(InfrastructureProperties.MONGODB_URI);
	}

	private static Environment environment(Class<?> testClass) {
		return new TestContextManager(testClass).getTestContext().getApplicationContext().getEnvironment();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfig {

	}

	@EmbeddedInfrastructure
	@SpringJUnitConfig(EmptyConfig.class)
	static class FirstContext {

	}

	@EmbeddedInfrastructure
	@SpringJUnitConfig(EmptyConfig.class)
	static class SameAsFirstContext {

	}

	@EmbeddedInfrastructure
	@SpringJUnitConfig(EmptyConfig.class)
	@TestPropertySource(properties = "spring.mail.host=mail.override.test")
	static class SecondContext {

	}

}
