package lms.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Puts the infrastructure properties into a test's Environment, each new context with its
 * own MongoDB database. They outrank application.yml and system properties, but a test's
 * own {@code @TestPropertySource}, {@code @SpringBootTest(properties=...)} and
 * {@code @DynamicPropertySource} values still win.
 */
final class InfrastructureCustomizer implements ContextCustomizer {

	static final String PROPERTY_SOURCE_NAME = "lmsTestInfrastructure";

	private static final List<String> TEST_OWN_SOURCES = List
		.of(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, "Dynamic Test Properties");

	private final Kind kind;

	private InfrastructureCustomizer(Kind kind) {
		this.kind = kind;
	}

	enum Kind {

		EMBEDDED(InfrastructureProperties::embedded), CONTAINERS(InfrastructureProperties::containers);

		private final Supplier<Map<String, String>> properties;

		Kind(Supplier<Map<String, String>> properties) {
			this.properties = properties;
		}

	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		sources.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, new LinkedHashMap<>(this.kind.properties.get())));
		for (String name : TEST_OWN_SOURCES) {
			PropertySource<?> own = sources.remove(name);
			if (own != null) {
				sources.addFirst(own);
			}
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof InfrastructureCustomizer customizer && customizer.kind == this.kind;
	}

	@Override
	public int hashCode() {
		return this.kind.hashCode();
	}

	static final class EmbeddedFactory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			// A container twin of an embedded test inherits @EmbeddedInfrastructure:
			// containers win.
			if (MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
				.isPresent(ContainerInfrastructure.class)) {
				return null;
			}
			return new InfrastructureCustomizer(Kind.EMBEDDED);
		}

	}

	static final class ContainersFactory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new InfrastructureCustomizer(Kind.CONTAINERS);
		}

	}

}
