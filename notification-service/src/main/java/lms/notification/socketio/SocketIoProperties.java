package lms.notification.socketio;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code lms.notification.socket-io.*}: the Socket.IO v4 endpoint the original dashboards
 * listen on for {@code newNotification}.
 *
 * @param address the address it binds to; empty for every interface (the service's
 * {@code server.address} by default)
 * @param port its own port (the gateway routes {@code /socket.io/**} there); 0 picks a
 * free one (tests)
 * @param pingInterval how often the server pings each client (Socket.IO's default)
 * @param pingTimeout how long a client may take to answer before it is dropped
 * @param maxPayload the largest message or polling body a client may send
 * @param workerThreads the event loop threads serving the connections
 */
@ConfigurationProperties("lms.notification.socket-io")
public record SocketIoProperties(@DefaultValue("") String address, @DefaultValue("8093") int port,
		@DefaultValue("25s") Duration pingInterval, @DefaultValue("20s") Duration pingTimeout,
		@DefaultValue("64KB") DataSize maxPayload, @DefaultValue("2") int workerThreads) {
}
