package lms.notification.mail;

import lms.events.identity.ActivationRequested;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	/**
	 * The {@code notification.mail} consumer group: one mail per event, once in effect.
	 */
	@Bean
	EventHandlers mail(JsonMapper json, ProcessedEvents processed, ActivationMail activation) {
		return EventHandlers.group("notification.mail", json, processed)
			.onPayload(ActivationRequested.class, activation::send)
			.build();
	}

	/** Plain-text parts: {@code templates/mail/<name>.txt}, beside the HTML templates. */
	@Bean
	ClassLoaderTemplateResolver textMailTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(java.util.Set.of("*.txt"));
		resolver.setCheckExistence(true);
		resolver.setOrder(1);
		return resolver;
	}

}
