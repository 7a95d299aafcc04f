package lms.gateway.clientaddress;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Resolves the client once, before anything else asks: limits, headers, the services.
 */
class ClientAddressFilter implements WebFilter, Ordered {

	/** Right after the correlation id, before every other filter. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

	private final ClientAddressResolver resolver;

	ClientAddressFilter(ClientAddressResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getAttributes().put(ClientAddress.ATTRIBUTE, this.resolver.resolve(exchange.getRequest()));
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
