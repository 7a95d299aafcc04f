package lms.notification.admin;

import java.time.Instant;

/**
 * What an event raises: the event it came from, when it happened, and what to say about
 * whom.
 */
record NewNotification(String eventId, Instant happenedAt, String audience, String title, String message, String userId,
		String courseId, String reviewId) {

	static NewNotification forAdmins(String eventId, Instant happenedAt, String title, String message, String userId,
			String courseId) {
		return new NewNotification(eventId, happenedAt, AdminNotification.ADMINS, title, message, userId, courseId,
				null);
	}

}
