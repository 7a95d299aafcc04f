package lms.testkit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs only where Docker is available; elsewhere it is reported skipped.
 */
@ContainerInfrastructure
@SpringJUnitConfig(ContainerInfrastructureTest.EmptyConfig.class)
class ContainerInfrastructureTest {

	@Autowired
	private Environment environment;

	@Test
	void pointsAtTheContainers() {
		assertThat(this.environment.getProperty(InfrastructureProperties.MONGODB_URI)).contains("/test-");
		assertThat(this.environment.getProperty(InfrastructureProperties.KAFKA_BOOTSTRAP_SERVERS)).isNotBlank();
		assertThat(this.environment.getProperty(InfrastructureProperties.REDIS_PORT)).isNotBlank();
		assertThat(this.environment.getProperty(InfrastructureProperties.MAIL_PORT))
			.isEqualTo(String.valueOf(SmtpServer.shared().port()));
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfig {

	}

}
