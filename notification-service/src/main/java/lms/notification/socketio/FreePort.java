package lms.notification.socketio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A port free right now, for an endpoint configured with port 0 (tests). */
final class FreePort {

	private FreePort() {
	}

	static int pick() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the Socket.IO endpoint", ex);
		}
	}

}
