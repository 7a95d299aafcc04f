package lms.notification.admin;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The admin dashboards connected to this instance: each new notification is sent to all
 * of them as a {@code newNotification} event, the name the original's Socket.IO used.
 */
@Component
class NotificationStream implements LivePush {

	static final String EVENT = "newNotification";

	private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();

	private final NotificationProperties properties;

	NotificationStream(NotificationProperties properties) {
		this.properties = properties;
	}

	SseEmitter open() throws IOException {
		SseEmitter emitter = new SseEmitter(this.properties.streamTimeout().toMillis());
		emitter.onCompletion(() -> this.emitters.remove(emitter));
		emitter.onTimeout(() -> this.emitters.remove(emitter));
		emitter.onError((ex) -> this.emitters.remove(emitter));
		this.emitters.add(emitter);
		emitter.send(SseEmitter.event().comment("connected"));
		return emitter;
	}

	@Override
	public void push(String notificationJson) {
		send(SseEmitter.event().name(EVENT).data(notificationJson, MediaType.APPLICATION_JSON));
	}

	/** Ends every stream when the service stops, so shutdown does not wait on them. */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		this.emitters.forEach(SseEmitter::complete);
		this.emitters.clear();
	}

	@Scheduled(fixedRateString = "${lms.notification.admin.heartbeat:25s}")
	void heartbeat() {
		send(SseEmitter.event().comment("heartbeat"));
	}

	private void send(SseEmitter.SseEventBuilder event) {
		for (SseEmitter emitter : this.emitters) {
			try {
				emitter.send(event);
			}
			catch (IOException | IllegalStateException ex) {
				this.emitters.remove(emitter);
				emitter.completeWithError(ex);
			}
		}
	}

}
