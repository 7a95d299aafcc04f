package lms.gateway.headers;

import java.util.function.Predicate;

import lms.gateway.auth.AuthenticationFilter;
import lms.gateway.clientaddress.ClientAddress;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.server.header.CacheControlServerHttpHeadersWriter;
import org.springframework.security.web.server.header.CompositeServerHttpHeadersWriter;
import org.springframework.security.web.server.header.HttpHeaderWriterWebFilter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.StaticServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XContentTypeOptionsServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every answer that leaves the gateway (proxied, cached at the edge, refused, an error)
 * gets its security headers just before it is committed, by Spring Security's header
 * writers: {@code X-Content-Type-Options: nosniff}, the {@code Referrer-Policy},
 * {@code Strict-Transport-Security} when the client came over https (by the resolved
 * client, not the URI's scheme, which behind the TLS proxy is http), and
 * {@code Cache-Control: no-store} on an answer to a signed-in caller that says nothing
 * about caching.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityHeadersProperties.class)
class SecurityHeadersConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 2)
	HttpHeaderWriterWebFilter securityHeaders(SecurityHeadersProperties properties) {
		ReferrerPolicyServerHttpHeadersWriter referrerPolicy = new ReferrerPolicyServerHttpHeadersWriter();
		referrerPolicy.setPolicy(properties.referrerPolicy());
		ServerHttpHeadersWriter hsts = properties.strictTransportSecurity().isBlank() ? (exchange) -> Mono.empty()
				: when((exchange) -> ClientAddress.of(exchange).secure(),
						StaticServerHttpHeadersWriter.builder()
							.header("Strict-Transport-Security", properties.strictTransportSecurity())
							.build());
		ServerHttpHeadersWriter noStore = when(
				(exchange) -> exchange.getAttribute(AuthenticationFilter.USER_ID) != null,
				new CacheControlServerHttpHeadersWriter());
		return new HttpHeaderWriterWebFilter(new CompositeServerHttpHeadersWriter(
				new XContentTypeOptionsServerHttpHeadersWriter(), referrerPolicy, hsts, noStore));
	}

	private static ServerHttpHeadersWriter when(Predicate<ServerWebExchange> condition,
			ServerHttpHeadersWriter writer) {
		return (exchange) -> condition.test(exchange) ? writer.writeHttpHeaders(exchange) : Mono.empty();
	}

}
