package lms.gateway.crosssite;

import org.jspecify.annotations.Nullable;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring's CORS rules, with a refusal marked on the exchange: Spring answers it with a
 * bare 403 and no body, {@link CorsRefusalBody} gives it the contract's shape afterwards.
 */
public class ContractCorsProcessor extends DefaultCorsProcessor {

	static final String REFUSED = ContractCorsProcessor.class.getName() + ".refused";

	@Override
	public boolean process(@Nullable CorsConfiguration config, ServerWebExchange exchange) {
		boolean allowed = super.process(config, exchange);
		if (!allowed) {
			exchange.getAttributes().put(REFUSED, Boolean.TRUE);
		}
		return allowed;
	}

}
