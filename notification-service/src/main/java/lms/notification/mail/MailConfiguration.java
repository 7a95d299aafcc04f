package lms.notification.mail;

import java.util.Set;

import lms.events.course.EnrollmentCreated;
import lms.events.course.QuestionAnswered;
import lms.events.identity.ActivationRequested;
import lms.events.identity.ActivationRequestedV1;
import lms.events.identity.PasswordResetRequested;
import lms.events.identity.PasswordResetRequestedV1;
import lms.events.identity.UserRegistered;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MailProperties.class, MailRetryProperties.class })
class MailConfiguration {

	static final String GROUP = "notification.mail";

	/**
	 * The {@code notification.mail} consumer group: one mail per event, once in effect.
	 * Both versions of the code events are handled until v1 is retired
	 * (docs/decisions.md).
	 */
	@Bean
	@SuppressWarnings("deprecation")
	EventHandlers mail(JsonMapper json, ProcessedEvents processed, ActivationMail activation, WelcomeMail welcome,
			PasswordResetMail reset, QuestionReplyMail questionReply, OrderConfirmationMail order) {
		return EventHandlers.group(GROUP, json, processed)
			.onPayload(ActivationRequested.class, activation::send)
			.onPayload(ActivationRequestedV1.class, activation::send)
			.onPayload(UserRegistered.class, welcome::send)
			.onPayload(PasswordResetRequested.class, reset::send)
			.onPayload(PasswordResetRequestedV1.class, reset::send)
			.onPayload(QuestionAnswered.class, questionReply::send)
			.on(EnrollmentCreated.class, order::send)
			.build();
	}

	/** Plain-text parts: {@code templates/mail/<name>.txt}, beside the HTML templates. */
	@Bean
	ClassLoaderTemplateResolver textMailTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(Set.of("*.txt"));
		resolver.setCheckExistence(true);
		resolver.setOrder(1);
		return resolver;
	}

}
