package lms.notification.socketio;

import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import lms.kit.security.AccessTokenVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Socket.IO endpoint on netty-socketio (Engine.IO 4 / Socket.IO v4 clients). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocketIoProperties.class)
@ConditionalOnBooleanProperty(name = "lms.notification.socket-io.enabled", matchIfMissing = true)
class SocketIoConfiguration {

	@Bean
	AccessTokenCheck socketAccessTokenCheck(AccessTokenVerifier verifier) {
		return new KitAccessTokenCheck(verifier);
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

}
