package lms.notification.mail;

import java.util.Map;
import java.util.Objects;

import lms.events.course.QuestionAnswered;

import org.springframework.stereotype.Component;

/**
 * {@code QuestionAnswered} → "Question Reply" to the asker, unless the asker answered
 * their own question (as the original did).
 */
@Component
class QuestionReplyMail {

	private final Mailer sender;

	private final MailProperties properties;

	QuestionReplyMail(Mailer sender, MailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	void send(QuestionAnswered event) {
		if (Objects.equals(event.answeredBy(), event.questionAuthorId())) {
			return;
		}
		this.sender.send(new Mail(event.questionAuthorEmail(), "Question Reply", "question-reply",
				Map.of("name", event.questionAuthorName(), "title", event.contentTitle(), "courseUrl",
						this.properties.link("/course-access/" + event.courseId()))));
	}

}
