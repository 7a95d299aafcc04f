package lms.notification.mail;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a mail's HTML and plain-text parts from its Thymeleaf templates.
 */
@Component
public class MailRenderer {

	private final ITemplateEngine templates;

	private final MailProperties properties;

	MailRenderer(ITemplateEngine templates, MailProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	public RenderedMail render(Mail mail) {
		Context context = new Context();
		context.setVariables(mail.variables());
		context.setVariable("productName", this.properties.productName());
		context.setVariable("siteUrl", this.properties.siteUrl());
		context.setVariable("supportEmail", this.properties.supportEmail());
		context.setVariable("subject", mail.subject());
		String html = this.templates.process("mail/" + mail.template(), context);
		String text = this.templates.process("mail/" + mail.template() + ".txt", context);
		return new RenderedMail(mail.to(), mail.subject(), html, text);
	}

	public record RenderedMail(String to, String subject, String html, String text) {
	}

}
