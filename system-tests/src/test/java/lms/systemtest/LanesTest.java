package lms.systemtest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every system test class runs in exactly one lane (Failsafe runs the lanes at once): a
 * class without one would run beside everything, and could meet an outage or a stop of a
 * stack it shares.
 */
class LanesTest {

	private static final Set<String> LANES = Set.of(Lanes.JOURNEYS, Lanes.FAULTS);

	@Test
	void everySystemTestClassTakesTheLockOfExactlyOneLane() throws Exception {
		List<Class<?>> systemTests = systemTestClasses();
		assertThat(systemTests).hasSizeGreaterThan(20);
		Map<String, List<String>> lanesOfEachClass = systemTests.stream()
			.collect(Collectors.toMap(Class::getSimpleName,
					(type) -> Arrays.stream(type.getAnnotationsByType(ResourceLock.class))
						.map(ResourceLock::value)
						.filter(LANES::contains)
						.toList()));
		assertThat(lanesOfEachClass).allSatisfy((name, lanes) -> assertThat(lanes).as(name).hasSize(1));
	}

	private static List<Class<?>> systemTestClasses() throws IOException, URISyntaxException {
		Path classes = Path.of(LanesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.resolve(LanesTest.class.getPackageName().replace('.', '/'));
		try (Stream<Path> files = Files.list(classes)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith("IT.class"))
				.<Class<?>>map((name) -> load(name.substring(0, name.length() - ".class".length())))
				.toList();
		}
	}

	private static Class<?> load(String simpleName) {
		try {
			return Class.forName(LanesTest.class.getPackageName() + "." + simpleName);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
