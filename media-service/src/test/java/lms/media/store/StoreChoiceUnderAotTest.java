package lms.media.store;

import java.util.Set;
import java.util.TreeSet;

import lms.media.MediaApplication;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplication.AbandonedRunException;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring AOT ({@code process-aot}) freezes at build time: the bean definitions left
 * after {@code refreshForAotProcessing}, with every condition already evaluated. The
 * Cloudinary url is a secret given only at run time, so they must not depend on it.
 */
class StoreChoiceUnderAotTest {

	@Test
	void aotProcessingFreezesTheSameBeansWithOrWithoutTheCloudinaryUrl() {
		Set<String> withoutUrl = beansFrozenByAot("--lms.media.cloudinary.url=");
		Set<String> withUrl = beansFrozenByAot("--lms.media.cloudinary.url=cloudinary://key:secret@cloud");

		assertThat(onlyIn(withUrl, withoutUrl)).as("beans frozen only if the url is set at build time").isEmpty();
		assertThat(onlyIn(withoutUrl, withUrl)).as("beans frozen only if the url is blank at build time").isEmpty();
		assertThat(withUrl).contains("imageStore", "localMediaController");
	}

	private static Set<String> onlyIn(Set<String> these, Set<String> those) {
		Set<String> only = new TreeSet<>(these);
		only.removeAll(those);
		return only;
	}

	/**
	 * As the AOT processor does: load the application, then refresh it for processing.
	 */
	private static Set<String> beansFrozenByAot(String... args) {
		GenericApplicationContext context = SpringApplication.withHook((application) -> new AbandonWhenLoaded(),
				() -> loaded(args));
		try (context) {
			context.refreshForAotProcessing(new RuntimeHints());
			return Set.of(context.getBeanDefinitionNames());
		}
	}

	private static GenericApplicationContext loaded(String... args) {
		try {
			SpringApplication.run(MediaApplication.class, args);
		}
		catch (AbandonedRunException ex) {
			return (GenericApplicationContext) ex.getApplicationContext();
		}
		throw new IllegalStateException("The application ran instead of stopping once loaded");
	}

	private static final class AbandonWhenLoaded implements SpringApplicationRunListener {

		@Override
		public void contextLoaded(ConfigurableApplicationContext context) {
			throw new AbandonedRunException(context);
		}

	}

}
