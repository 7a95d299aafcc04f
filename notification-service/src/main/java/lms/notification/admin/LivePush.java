package lms.notification.admin;

/**
 * A way dashboards hear of a new admin notification as it is stored on any instance: the
 * Server-Sent Events stream, the Socket.IO endpoint.
 */
public interface LivePush {

	/** Sends the stored notification, as JSON, to this instance's connected admins. */
	void push(String notificationJson);

}
