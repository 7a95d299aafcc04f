package lms.gateway.clientaddress;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import lms.gateway.auth.AuthenticationFilter;
import lms.gateway.serviceclient.ServiceToken;
import lms.kit.clientaddress.VouchedClientAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services that limit per client (identity) who the client is, vouched for by
 * the gateway's own service token in a header of its own. A client's own headers of those
 * names never get this far: the token check strips every {@code x-lms-} header. Without a
 * service token (identity unreachable or our credential refused) the request goes on
 * without either header, and identity counts it against the gateway's address.
 */
class ClientAddressForwarding implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ClientAddressForwarding.class);

	private final List<String> routes;

	private final ServiceToken serviceToken;

	private final AtomicBoolean tokenMissing = new AtomicBoolean();

	ClientAddressForwarding(List<String> routes, ServiceToken serviceToken) {
		this.routes = routes;
		this.serviceToken = serviceToken;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (route == null || !this.routes.contains(route.getId())) {
			return chain.filter(exchange);
		}
		String address = ClientAddress.of(exchange).text();
		return this.serviceToken.current().map((token) -> {
			if (this.tokenMissing.compareAndSet(true, false)) {
				log.info("Service token obtained again; identity is told the client address");
			}
			return exchange.mutate().request((request) -> request.headers((headers) -> {
				headers.set(VouchedClientAddress.HEADER, address);
				headers.set(VouchedClientAddress.TOKEN_HEADER, token);
			})).build();
		}).onErrorResume((ex) -> {
			if (this.tokenMissing.compareAndSet(false, true)) {
				log.warn("No service token ({}); identity counts clients by the gateway's address", ex.toString());
			}
			return Mono.just(exchange);
		}).defaultIfEmpty(exchange).flatMap(chain::filter);
	}

	@Override
	public int getOrder() {
		// After the token check (it strips the client's own x-lms- headers) and after the
		// rate limits: a refused request is told nothing and needs no service token.
		return AuthenticationFilter.ORDER + 15;
	}

}
