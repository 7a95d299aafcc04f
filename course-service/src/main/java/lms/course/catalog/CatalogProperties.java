package lms.course.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.course.catalog.*}: the two cache levels of the public catalog.
 *
 * @param redisTtl how long a Redis entry lives at most; writes evict it sooner
 * @param localMaxEntries how many answers of the full list and single courses the
 * in-process cache keeps at most
 * @param localMaxSearches how many search and page answers it keeps at most, apart (those
 * asked least often leave first)
 * @param localMaxAge an in-process entry older than this is read again from Redis
 * @param redisRetryInterval how often a generation bump that failed while Redis was away
 * is retried
 */
@ConfigurationProperties("lms.course.catalog")
public record CatalogProperties(@DefaultValue("1h") Duration redisTtl, @DefaultValue("10000") int localMaxEntries,
		@DefaultValue("1000") int localMaxSearches, @DefaultValue("30s") Duration localMaxAge,
		@DefaultValue("1s") Duration redisRetryInterval) {
}
