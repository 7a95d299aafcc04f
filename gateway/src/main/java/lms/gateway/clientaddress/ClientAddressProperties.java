package lms.gateway.clientaddress;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the client is.
 *
 * @param trustedProxies the proxies in front of the gateway (CIDRs or single addresses);
 * only a request whose TCP peer is one of them has its forwarding header read. Empty: the
 * peer is the client.
 * @param forwardedHeader the header the trusted proxies append the client to; the other
 * one is never read, since a proxy passes on whatever a client wrote in it
 * @param forwardToRoutes the routes whose service receives the resolved address
 */
@ConfigurationProperties("lms.gateway.client-address")
public record ClientAddressProperties(@DefaultValue List<String> trustedProxies,
		@DefaultValue("x-forwarded-for") ForwardedHeader forwardedHeader,
		@DefaultValue("identity") List<String> forwardToRoutes) {

	/**
	 * {@code X-Forwarded-For} (with {@code X-Forwarded-Proto}) or RFC 7239
	 * {@code Forwarded}.
	 */
	public enum ForwardedHeader {

		X_FORWARDED_FOR, FORWARDED

	}

}
