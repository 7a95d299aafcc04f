package lms.gateway.clientaddress;

import java.util.List;

import lms.gateway.auth.AuthenticationFilter;
import lms.kit.clientaddress.VouchedClientAddress;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services that limit per client (identity) who the client is. A client's own
 * header of that name never gets this far: the token check strips every {@code x-lms-}
 * header.
 */
class ClientAddressForwarding implements GlobalFilter, Ordered {

	private final List<String> routes;

	ClientAddressForwarding(List<String> routes) {
		this.routes = routes;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (route == null || !this.routes.contains(route.getId())) {
			return chain.filter(exchange);
		}
		String address = ClientAddress.of(exchange).text();
		return chain.filter(exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(VouchedClientAddress.HEADER, address)))
			.build());
	}

	@Override
	public int getOrder() {
		// After the token check (it strips the client's own x-lms- headers) and after the
		// rate limits (a refused request is told nothing).
		return AuthenticationFilter.ORDER + 15;
	}

}
