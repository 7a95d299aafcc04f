package lms.notification.socketio;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.client.SocketOptionBuilder;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import org.json.JSONObject;

import static org.awaitility.Awaitility.await;

/**
 * The official Socket.IO Java client (protocol v5, Engine.IO 4) as a dashboard uses it:
 * connects, keeps every {@code newNotification} it hears.
 */
final class SocketClient implements AutoCloseable {

	private final Socket socket;

	private final List<JSONObject> received = new CopyOnWriteArrayList<>();

	private SocketClient(Socket socket) {
		this.socket = socket;
		socket.on("newNotification", (args) -> this.received.add((JSONObject) args[0]));
	}

	/** Connected over WebSocket, with the options this client's caller set. */
	static SocketClient connect(String baseUrl, UnaryOperator<SocketOptionBuilder> options) {
		return connect(baseUrl, WebSocket.NAME, options);
	}

	static SocketClient connectPolling(String baseUrl, UnaryOperator<SocketOptionBuilder> options) {
		return connect(baseUrl, Polling.NAME, options);
	}

	private static SocketClient connect(String baseUrl, String transport, UnaryOperator<SocketOptionBuilder> options) {
		IO.Options built = options
			.apply(SocketOptionBuilder.builder().setTransports(new String[] { transport }).setReconnection(false))
			.build();
		SocketClient client = new SocketClient(IO.socket(URI.create(baseUrl), built));
		client.socket.connect();
		await().atMost(Duration.ofSeconds(10)).until(client.socket::connected);
		return client;
	}

	static UnaryOperator<SocketOptionBuilder> header(String name, String value) {
		return (options) -> options.setExtraHeaders(Map.of(name, List.of(value)));
	}

	static UnaryOperator<SocketOptionBuilder> auth(String key, String token) {
		return (options) -> options.setAuth(Map.of(key, token));
	}

	static UnaryOperator<SocketOptionBuilder> query(String query) {
		return (options) -> options.setQuery(query);
	}

	static UnaryOperator<SocketOptionBuilder> anonymous() {
		return (options) -> options;
	}

	List<JSONObject> received() {
		return List.copyOf(this.received);
	}

	List<String> titlesAbout(String courseId) {
		return this.received.stream()
			.filter((n) -> courseId.equals(n.optString("courseId")))
			.map((n) -> n.optString("title"))
			.toList();
	}

	void emit(String event, JSONObject payload) {
		this.socket.emit(event, payload);
	}

	boolean isConnected() {
		return this.socket.connected();
	}

	@Override
	public void close() {
		this.socket.disconnect();
		this.socket.close();
	}

}
