package lms.gateway.catalogcache;

import java.time.Clock;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import lms.gateway.crosssite.ContractCorsProcessor;
import lms.gateway.edge.EdgeCheck;
import lms.events.CloudEventHeaders;
import lms.gateway.edge.EdgeChecks;
import lms.kit.messaging.EventDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The edge cache of the public catalog, cleared on every instance by the course events
 * (each instance reads them in a consumer group of its own, see application.yml).
 * Switched off ({@code lms.gateway.catalog-cache.enabled=false}) its filters forward
 * every request untouched; the switch is read at run time, not as a condition, so that
 * Spring AOT, which fixes conditions at build time, keeps honouring it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogCacheProperties.class)
class CatalogCacheConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CatalogCacheConfiguration.class);

	@Bean
	CatalogCache catalogCache(CatalogCacheProperties properties, Clock clock, MeterRegistry meters) {
		return new CatalogCache(properties, clock, meters);
	}

	/**
	 * Hits are answered before the route lookup, where Spring Cloud Gateway applies its
	 * CORS configuration: the same configuration, by Spring's own CORS filter.
	 */
	@Bean
	CatalogEdgeFilter catalogEdgeFilter(CatalogCache cache, CatalogCacheProperties properties,
			GlobalCorsProperties cors, ContractCorsProcessor corsRules, ObjectProvider<EdgeCheck> checks) {
		return new CatalogEdgeFilter(cache, properties, corsRules.filterFor(cors),
				new EdgeChecks(checks.orderedStream().toList()));
	}

	@Bean
	CatalogCacheFilter catalogCacheFilter(CatalogCache cache, CatalogCacheProperties properties, Clock clock) {
		return new CatalogCacheFilter(cache, properties, clock);
	}

	/**
	 * Any change to a course, its Q&A, reviews or purchases changes some public answer,
	 * so every event of these topics, whatever its type (also one newer than this
	 * gateway), clears the answers and moves the position the next ones must reflect.
	 */
	@Bean
	Consumer<Message<byte[]>> catalogEvictions(CatalogCache cache) {
		return (event) -> {
			log.debug("Course event {} clears the edge cache", event.getHeaders().get(CloudEventHeaders.TYPE));
			cache.clearAfter(event);
			EventDelay.handled("gateway.catalog", event);
		};
	}

}
