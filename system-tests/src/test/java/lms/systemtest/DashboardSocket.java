package lms.systemtest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.client.SocketOptionBuilder;
import io.socket.engineio.client.transports.WebSocket;
import org.json.JSONObject;

import static org.awaitility.Awaitility.await;

/**
 * The dashboard header of the original web and admin apps: a Socket.IO v4 client
 * connected over WebSocket to the gateway's {@code /socket.io/}, keeping every
 * {@code newNotification} it hears. The browser sends the gateway's cookies with the
 * handshake; other clients put their token in the handshake's {@code auth}.
 */
final class DashboardSocket implements AutoCloseable {

	private final Socket socket;

	private final List<JSONObject> heard = new CopyOnWriteArrayList<>();

	private DashboardSocket(Socket socket) {
		this.socket = socket;
		socket.on("newNotification", (args) -> this.heard.add((JSONObject) args[0]));
	}

	/** Connected with the browser's {@code access_token} cookie. */
	static DashboardSocket withCookie(String gatewayUrl, String accessToken) {
		return open(gatewayUrl, SocketOptionBuilder.builder()
			.setExtraHeaders(Map.of("Cookie", List.of("access_token=" + accessToken))));
	}

	/** Connected with the token in the connect packet's {@code auth} payload. */
	static DashboardSocket withAuth(String gatewayUrl, String accessToken) {
		return open(gatewayUrl, SocketOptionBuilder.builder().setAuth(Map.of("token", accessToken)));
	}

	/**
	 * Whether a page of another site, whose browser sends the admin's cookie along, fails
	 * to open a socket (the gateway's CORS check refuses foreign origins).
	 */
	static boolean refusedFromOrigin(String gatewayUrl, String origin, String accessToken) {
		IO.Options options = SocketOptionBuilder.builder()
			.setExtraHeaders(Map.of("Cookie", List.of("access_token=" + accessToken), "Origin", List.of(origin)))
			.setTransports(new String[] { WebSocket.NAME })
			.setReconnection(false)
			.build();
		Socket socket = IO.socket(URI.create(gatewayUrl), options);
		List<Object> errors = new CopyOnWriteArrayList<>();
		socket.on(Socket.EVENT_CONNECT_ERROR, (args) -> errors.add(args[0]));
		try {
			socket.connect();
			await().atMost(Duration.ofSeconds(20)).until(() -> socket.connected() || !errors.isEmpty());
			return !socket.connected();
		}
		finally {
			socket.close();
		}
	}

	static DashboardSocket anonymous(String gatewayUrl) {
		return open(gatewayUrl, SocketOptionBuilder.builder());
	}

	private static DashboardSocket open(String gatewayUrl, SocketOptionBuilder options) {
		IO.Options built = options.setTransports(new String[] { WebSocket.NAME }).setReconnection(false).build();
		DashboardSocket dashboard = new DashboardSocket(IO.socket(URI.create(gatewayUrl), built));
		dashboard.socket.connect();
		await().atMost(Duration.ofSeconds(20)).until(dashboard.socket::connected);
		return dashboard;
	}

	/** The titles heard about this course, in order. */
	List<String> titlesAbout(String courseId) {
		return this.heard.stream()
			.filter((notification) -> courseId.equals(notification.optString("courseId")))
			.map((notification) -> notification.optString("title"))
			.toList();
	}

	List<JSONObject> heard() {
		return List.copyOf(this.heard);
	}

	/** What the original web app emitted after an order: a notification for everyone. */
	void emitNotification(String title, String message) {
		this.socket.emit("notification", new JSONObject(Map.of("title", title, "message", message)));
	}

	boolean isConnected() {
		return this.socket.connected();
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
