package lms.notification.admin;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import lms.kit.security.AdminOnly;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The original's notification endpoints (§1.5), for admins, and the real-time stream that
 * replaces its Socket.IO broadcast.
 */
@RestController
@RequestMapping("/api/v1")
record NotificationController(AdminNotifications notifications, NotificationStream stream,
		NotificationProperties properties) {

	@AdminOnly
	@GetMapping("/get-all-notifications")
	ResponseEntity<Map<String, Object>> all(AuthenticatedUser user, @RequestParam(required = false) String page,
			@RequestParam(required = false) String limit) {
		user.requireAdmin();
		return answer(this.notifications.forAdmins(page(page, limit)));
	}

	@AdminOnly
	@PutMapping("/update-notification/{id}")
	ResponseEntity<Map<String, Object>> markRead(AuthenticatedUser user, @PathVariable String id) {
		user.requireAdmin();
		if (!this.notifications.markRead(id)) {
			throw ApiException.notFound("Notification not found");
		}
		return answer(this.notifications.forAdmins(null));
	}

	@AdminOnly
	@GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(AuthenticatedUser user) throws IOException {
		user.requireAdmin();
		return this.stream.open();
	}

	/** Authenticated answers are never cached. */
	private static ResponseEntity<Map<String, Object>> answer(List<AdminNotification> list) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("success", true, "notifications", list));
	}

	private AdminNotifications.Page page(String page, String limit) {
		if (page == null && limit == null) {
			return null;
		}
		int number = positive("page", page, 1);
		int size = positive("limit", limit, 20);
		if (size > this.properties.maxPageSize()) {
			throw ApiException.badRequest("limit must be at most " + this.properties.maxPageSize());
		}
		return new AdminNotifications.Page(number, size);
	}

	private static int positive(String name, String value, int fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw ApiException.badRequest(name + " must be a positive whole number");
	}

}
