package lms.gateway.metrics;

import io.micrometer.common.KeyValue;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Tags a proxied or edge-cached request's {@code http.server.requests} with the route
 * path pattern it matched ({@code /api/v1/get-course/*}): routes set no handler pattern,
 * so WebFlux would tag every one of them {@code UNKNOWN} and latency per route could not
 * be told apart. The patterns come from the route table, so the tag stays bounded.
 */
@Component
class RouteUriConvention extends DefaultServerRequestObservationConvention {

	@Override
	protected KeyValue uri(ServerRequestObservationContext context) {
		Object matched = context.getAttributes().get(ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR);
		if (context.getPathPattern() == null && matched instanceof String pattern) {
			return KeyValue.of("uri", pattern);
		}
		return super.uri(context);
	}

}
