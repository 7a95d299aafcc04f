package lms.notification.socketio;

import com.corundumstudio.socketio.SocketIOServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the Socket.IO server on its own port with the application: bound before the
 * service reports ready (a busy port fails the start), closed when it stops.
 */
class SocketIoEndpoint implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SocketIoEndpoint.class);

	private final SocketIOServer server;

	private volatile boolean running;

	SocketIoEndpoint(SocketIOServer server) {
		this.server = server;
	}

	@Override
	public void start() {
		this.server.start();
		this.running = true;
		log.info("Socket.IO endpoint listening on port {}", port());
	}

	@Override
	public void stop() {
		this.running = false;
		this.server.stop();
	}

	/** The port the endpoint listens on. */
	int port() {
		return this.server.getConfiguration().getPort();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
