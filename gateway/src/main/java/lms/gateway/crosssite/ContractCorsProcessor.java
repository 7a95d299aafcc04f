package lms.gateway.crosssite;

import org.jspecify.annotations.Nullable;

import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPatternParser;

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

	/**
	 * The gateway's CORS configuration by these rules, for an answer given before the
	 * route lookup (where Spring Cloud Gateway applies it); never a bean, or it would run
	 * on every request.
	 */
	public CorsWebFilter filterFor(GlobalCorsProperties cors) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource(PathPatternParser.defaultInstance);
		source.setCorsConfigurations(cors.getCorsConfigurations());
		return new CorsWebFilter(source, this);
	}

}
