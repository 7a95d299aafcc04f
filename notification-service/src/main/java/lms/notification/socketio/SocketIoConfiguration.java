package lms.notification.socketio;

import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import lms.events.identity.SessionRevoked;
import lms.events.identity.UserDeleted;
import lms.events.identity.UserRoleChanged;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import lms.kit.security.TokenDecoders;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Socket.IO endpoint on netty-socketio (Engine.IO 4 / Socket.IO v4 clients). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocketIoProperties.class)
class SocketIoConfiguration {

	@Bean
	AccessTokenCheck socketAccessTokenCheck(TokenDecoders decoders) {
		return new KitAccessTokenCheck(decoders);
	}

	@Bean
	SocketIOServer socketIoServer(SocketIoProperties properties, AccessTokenCheck tokens) {
		com.corundumstudio.socketio.Configuration config = new com.corundumstudio.socketio.Configuration();
		if (!properties.address().isBlank()) {
			config.setHostname(properties.address());
		}
		config.setPort((properties.port() == 0) ? FreePort.pick() : properties.port());
		config.setContext("/socket.io");
		config.setTransports(Transport.WEBSOCKET, Transport.POLLING);
		config.setBossThreads(1);
		config.setWorkerThreads(properties.workerThreads());
		config.setPingInterval((int) properties.pingInterval().toMillis());
		config.setPingTimeout((int) properties.pingTimeout().toMillis());
		config.setMaxFramePayloadLength((int) properties.maxPayload().toBytes());
		config.setMaxHttpContentLength((int) properties.maxPayload().toBytes());
		// The gateway answers CORS for every public path; two sets of headers would void
		// both.
		config.setEnableCors(false);
		config.setAddVersionHeader(false);
		config.getSocketConfig().setReuseAddress(true);
		SocketCallers callers = new SocketCallers(tokens);
		config.setAuthorizationListener(callers);
		SocketIOServer server = new SocketIOServer(config);
		server.getNamespace(com.corundumstudio.socketio.namespace.Namespace.DEFAULT_NAME).addAuthTokenListener(callers);
		return server;
	}

	@Bean
	SocketIoEndpoint socketIoEndpoint(SocketIOServer server) {
		return new SocketIoEndpoint(server);
	}

	@Bean
	AdminSockets adminSockets(SocketIOServer server, JsonMapper json) {
		return new AdminSockets(server, json);
	}

	/**
	 * Every instance reads the identity topics from now on in a group of its own and
	 * disconnects the admin sockets of a revoked session, a deleted user or a user who is
	 * no longer an admin. Idempotent, so no processed ids and no dead letters.
	 */
	@Bean
	EventHandlers socketRevocations(JsonMapper json, AdminSockets sockets) {
		return EventHandlers.group("notification.sockets", json, ProcessedEvents.none())
			.onPayload(SessionRevoked.class, (event) -> sockets.disconnect(SocketCallers.SESSION, event.sessionId()))
			.onPayload(UserDeleted.class, (event) -> sockets.disconnect(SocketCallers.USER, event.userId()))
			.onPayload(UserRoleChanged.class, (event) -> {
				if (!"admin".equals(event.newRole())) {
					sockets.disconnect(SocketCallers.USER, event.userId());
				}
			})
			.build();
	}

}
