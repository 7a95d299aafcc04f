package lms.gateway.edge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /test}, the original server's liveness probe, answered by the gateway
 * itself.
 */
@Configuration(proxyBeanMethods = false)
class HealthCheckEndpoint {

	private static final String ANSWER = "{\"success\":true,\"message\":\"API is working\"}";

	@Bean
	RouterFunction<ServerResponse> testRoute() {
		return RouterFunctions.route()
			.GET("/test", (request) -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(ANSWER))
			.build();
	}

}
