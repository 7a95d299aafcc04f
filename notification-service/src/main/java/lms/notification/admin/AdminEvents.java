package lms.notification.admin;

import java.util.Objects;

import lms.events.course.EnrollmentCreated;
import lms.events.course.QuestionAnswered;
import lms.events.course.QuestionAsked;
import lms.events.course.ReviewAdded;
import lms.events.course.ReviewReplied;
import lms.kit.messaging.ReceivedEvent;

import org.springframework.stereotype.Component;

/**
 * Events → notifications, with the original's titles and messages (§4.2). New admin
 * notifications are pushed to the dashboards.
 */
@Component
class AdminEvents {

	private final AdminNotifications notifications;

	private final NotificationBroadcast broadcast;

	AdminEvents(AdminNotifications notifications, NotificationBroadcast broadcast) {
		this.notifications = notifications;
		this.broadcast = broadcast;
	}

	void questionAsked(ReceivedEvent<QuestionAsked> event) {
		QuestionAsked question = event.payload();
		raise(NewNotification.forAdmins(event.id(), event.time(), "New Question Received",
				"You have a new question in " + question.contentTitle(), question.userId(), question.courseId()));
	}

	/** Only the asker's own follow-up tells the admins; other answers mail the asker. */
	void questionAnswered(ReceivedEvent<QuestionAnswered> event) {
		QuestionAnswered answer = event.payload();
		if (!Objects.equals(answer.answeredBy(), answer.questionAuthorId())) {
			return;
		}
		raise(NewNotification.forAdmins(event.id(), event.time(), "New Question Reply Received",
				"You have a new question reply in " + answer.contentTitle(), answer.answeredBy(), answer.courseId()));
	}

	void reviewAdded(ReceivedEvent<ReviewAdded> event) {
		ReviewAdded review = event.payload();
		raise(NewNotification.forAdmins(event.id(), event.time(), "New Review Received",
				review.userName() + " has given a review in " + review.courseName(), review.userId(),
				review.courseId()));
	}

	void enrollmentCreated(ReceivedEvent<EnrollmentCreated> event) {
		EnrollmentCreated order = event.payload();
		raise(NewNotification.forAdmins(event.id(), event.time(), "New Order",
				"You have a new order from " + order.courseName(), order.userId(), order.courseId()));
	}

	/** In-app, for the review's author: kept beside the admin list, never shown in it. */
	void reviewReplied(ReceivedEvent<ReviewReplied> event) {
		ReviewReplied reply = event.payload();
		this.notifications.raise(new NewNotification(event.id(), event.time(), AdminNotification.REVIEWER,
				"New Review Reply", "Your review has a new reply", null, reply.courseId(), reply.reviewId()));
	}

	private void raise(NewNotification notification) {
		this.notifications.raise(notification).ifPresent(this.broadcast::publish);
	}

}
