package lms.notification.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries each new admin notification to every instance over Redis pub/sub, so a
 * dashboard sees it whichever instance it streams from or is connected to (each
 * {@link LivePush}). Best effort: the notification is stored already, and dashboards
 * reload the list when they reconnect.
 */
@Component
class NotificationBroadcast implements MessageListener {

	private static final Logger log = LoggerFactory.getLogger(NotificationBroadcast.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final NotificationProperties properties;

	private final List<LivePush> pushes;

	NotificationBroadcast(StringRedisTemplate redis, JsonMapper json, NotificationProperties properties,
			List<LivePush> pushes) {
		this.redis = redis;
		this.json = json;
		this.properties = properties;
		this.pushes = List.copyOf(pushes);
	}

	void publish(AdminNotification notification) {
		try {
			this.redis.convertAndSend(this.properties.channel(), this.json.writeValueAsString(notification));
		}
		catch (RuntimeException ex) {
			log.warn("Could not broadcast notification {}: {}", notification.id(), ex.getMessage());
		}
	}

	@Override
	public void onMessage(Message message, byte[] pattern) {
		String notification = new String(message.getBody(), StandardCharsets.UTF_8);
		for (LivePush push : this.pushes) {
			try {
				push.push(notification);
			}
			catch (RuntimeException ex) {
				log.warn("Could not push a notification through {}: {}", push.getClass().getSimpleName(),
						ex.getMessage());
			}
		}
	}

}
