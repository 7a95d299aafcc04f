package lms.gateway.usercache;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import lms.events.CloudEventHeaders;
import lms.events.EventCatalog;
import lms.gateway.auth.AuthenticationFilter;
import lms.gateway.crosssite.ContractCorsProcessor;
import lms.gateway.edge.EdgeCheck;
import lms.gateway.edge.EdgeChecks;
import lms.kit.messaging.EventDelay;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The edge cache of the callers' {@code me}, forgotten on every instance by the user
 * events (each instance reads them in a consumer group of its own, see application.yml).
 * Switched off ({@code lms.gateway.user-cache.enabled=false}) it keeps nothing and every
 * {@code me} is forwarded; identity's position header is stripped either way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UserCacheProperties.class)
class UserCacheConfiguration {

	@Bean
	UserCache userCache(UserCacheProperties properties, Clock clock, MeterRegistry meters) {
		return new UserCache(properties, clock, meters);
	}

	@Bean
	UserEdgeFilter userEdgeFilter(UserCache cache, UserCacheProperties properties, AuthenticationFilter authentication,
			GlobalCorsProperties cors, ContractCorsProcessor corsRules, ObjectProvider<EdgeCheck> checks) {
		return new UserEdgeFilter(cache, properties, authentication, corsRules.filterFor(cors),
				new EdgeChecks(checks.orderedStream().toList()));
	}

	@Bean
	UserCacheFilter userCacheFilter(UserCache cache, UserCacheProperties properties) {
		return new UserCacheFilter(cache, properties);
	}

	/**
	 * Every event of the user topic moves the position the next answers must reflect and
	 * forgets the user it names ({@code userId}); an event this gateway cannot read, or
	 * of a type it does not know that names no user (a newer one), forgets every answer.
	 */
	@Bean
	Consumer<Message<byte[]>> userEvictions(UserCache cache, JsonMapper json) {
		return (event) -> {
			JsonNode userId = userOf(event, json);
			if (userId.isString()) {
				cache.evictAfter(event, userId.asString());
			}
			else if (userId.isMissingNode() && EventCatalog.byType(type(event)).isPresent()) {
				cache.passed(event);
			}
			else {
				cache.evictAllAfter(event);
			}
			EventDelay.handled("gateway.user-cache", event);
		};
	}

	private static JsonNode userOf(Message<byte[]> event, JsonMapper json) {
		try {
			return json.readTree(event.getPayload()).path("userId");
		}
		catch (JacksonException ex) {
			return NullNode.getInstance();
		}
	}

	private static String type(Message<?> event) {
		Object type = event.getHeaders().get(CloudEventHeaders.TYPE);
		return (type instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(type);
	}

}
