package lms.gateway.headers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * Headers every answer carries.
 *
 * @param referrerPolicy the {@code Referrer-Policy} (e.g. {@code no-referrer},
 * {@code strict-origin-when-cross-origin})
 * @param strictTransportSecurity the {@code Strict-Transport-Security} value, sent only
 * on answers to clients that came over https (empty: never)
 */
@ConfigurationProperties("lms.gateway.headers")
public record SecurityHeadersProperties(@DefaultValue("no-referrer") ReferrerPolicy referrerPolicy,
		@DefaultValue("max-age=31536000") String strictTransportSecurity) {

}
