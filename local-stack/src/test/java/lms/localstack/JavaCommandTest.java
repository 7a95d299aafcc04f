package lms.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaCommandTest {

	@Test
	void withTheLog4jBindingTheBridgesThatFightItAreLeftOut() {
		String classpath = String.join(":", "/app/classes", "/m2/log4j-slf4j2-impl-2.25.4.jar",
				"/m2/log4j-core-2.25.4.jar", "/m2/logback-classic-1.5.34.jar", "/m2/logback-core-1.5.34.jar",
				"/m2/log4j-to-slf4j-2.25.4.jar", "/m2/kafka_2.13-4.1.2.jar");

		assertThat(JavaCommand.childClasspath(classpath)).isEqualTo(
				"/app/classes:/m2/log4j-slf4j2-impl-2.25.4.jar:/m2/log4j-core-2.25.4.jar:/m2/kafka_2.13-4.1.2.jar");
	}

	@Test
	void withoutTheLog4jBindingLogbackStays() {
		String classpath = "/m2/logback-classic-1.5.34.jar:/m2/log4j-to-slf4j-2.25.4.jar:/m2/kafka_2.13-4.1.2.jar";

		assertThat(JavaCommand.childClasspath(classpath)).isEqualTo(classpath);
	}

	@Test
	void aClassCacheGetsTheJarsOfTheClassPathWithoutItsDirectories() {
		String classpath = "/repo/local-stack/target/classes:/m2/kafka_2.13-4.1.2.jar:/repo/test-kit/target/classes"
				+ ":/m2/scala-library-2.13.16.jar";

		assertThat(JavaCommand.jarsOnly(classpath)).isEqualTo("/m2/kafka_2.13-4.1.2.jar:/m2/scala-library-2.13.16.jar");
	}

}
