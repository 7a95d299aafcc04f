package lms.gateway.edge;

import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;

/**
 * A check every request passes before it is answered, whether it is routed to a service
 * or answered from the edge cache: the body size, the token, the rate limit. Spring Cloud
 * Gateway runs these beans as global filters in their order; an answer given before the
 * route lookup runs the same beans in the same order in front of itself
 * ({@link EdgeChecks}), so neither path has a copy of their logic.
 */
public interface EdgeCheck extends GlobalFilter, Ordered {

}
