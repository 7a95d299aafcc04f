package lms.gateway.catalogcache;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.gateway.catalog-cache.*}: which public answers the edge keeps, and its
 * bounds.
 *
 * @param enabled whether the edge keeps catalog answers at all (off: every read is
 * forwarded)
 * @param paths path patterns of caller-independent answers that course events invalidate
 * @param listPath the path whose {@code q}, {@code page} and {@code limit} make searches
 * @param maxEntries how many answers of the full list and single courses at most
 * @param maxSearches how many search and page answers at most, apart (those asked least
 * often leave first)
 * @param maxAge a guard for events missed while the consumer joins
 * @param writeRoutes routes whose successful writes clear this instance's answers at once
 */
@ConfigurationProperties("lms.gateway.catalog-cache")
public record CatalogCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue( {
		"/api/v1/get-courses", "/api/v1/get-course/*" }) List<String> paths,
		@DefaultValue("/api/v1/get-courses") String listPath, @DefaultValue("1000") int maxEntries,
		@DefaultValue("1000") int maxSearches, @DefaultValue("60s") Duration maxAge,
		@DefaultValue({ "course", "enrollment" }) List<String> writeRoutes){
}
