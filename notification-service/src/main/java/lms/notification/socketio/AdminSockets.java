package lms.notification.socketio;

import java.util.Map;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import lms.notification.admin.LivePush;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The original's Socket.IO contract, made safe: admins' sockets join one room and receive
 * {@code newNotification} with each stored admin notification; anyone else's socket stays
 * connected and hears nothing. A client's own {@code notification} emit (the original
 * rebroadcast it to everyone) is accepted and dropped.
 */
class AdminSockets implements LivePush {

	static final String NEW_NOTIFICATION = "newNotification";

	static final String CLIENT_NOTIFICATION = "notification";

	static final String ADMINS = "admins";

	private static final Logger log = LoggerFactory.getLogger(AdminSockets.class);

	private final SocketIOServer server;

	private final JsonMapper json;

	AdminSockets(SocketIOServer server, JsonMapper json) {
		this.server = server;
		this.json = json;
		server.addConnectListener(this::connected);
		server.addEventListener(CLIENT_NOTIFICATION, Object.class,
				(client, data, ack) -> log.debug("Ignored a client's own notification emit"));
	}

	@Override
	public void push(String notificationJson) {
		Map<?, ?> notification = this.json.readValue(notificationJson, Map.class);
		this.server.getRoomOperations(ADMINS).sendEvent(NEW_NOTIFICATION, notification);
	}

	/**
	 * Disconnects the admins' sockets whose mark ({@link SocketCallers#USER} or
	 * {@link SocketCallers#SESSION}) has this value.
	 * @return how many were disconnected
	 */
	int disconnect(String mark, String value) {
		int disconnected = 0;
		for (SocketIOClient client : this.server.getRoomOperations(ADMINS).getClients()) {
			if (value != null && value.equals(client.get(mark))) {
				client.disconnect();
				disconnected++;
			}
		}
		return disconnected;
	}

	/**
	 * Sockets whose handshake carried an admin's token (the auth payload comes later).
	 */
	private void connected(SocketIOClient client) {
		if (SocketCallers.isAdmin(client)) {
			client.joinRoom(ADMINS);
		}
	}

}
