package lms.course.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.course.catalog.*}: the two cache levels of the public catalog.
 *
 * @param redisTtl how long a Redis entry lives at most; writes evict it sooner
 * @param localMaxEntries the in-process cache is emptied when it grows beyond this
 * @param localMaxAge an in-process entry older than this is read again from Redis
 * @param redisRetryInterval how often a generation bump that failed while Redis was away
 * is retried
 */
@ConfigurationProperties("lms.course.catalog")
public record CatalogProperties(@DefaultValue("1h") Duration redisTtl, @DefaultValue("10000") int localMaxEntries,
		@DefaultValue("30s") Duration localMaxAge, @DefaultValue("1s") Duration redisRetryInterval) {
}
