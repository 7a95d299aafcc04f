package lms.gateway.clientaddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lms.kit.clientaddress.IpLiteral;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * The hops a forwarding header lists, left (farthest) to right (nearest).
 */
final class ForwardedHops {

	private ForwardedHops() {
	}

	/**
	 * {@code X-Forwarded-For} with the schemes of {@code X-Forwarded-Proto}: one per hop
	 * when the proxies appended to both, else the nearest proxy's value for every hop.
	 */
	static List<Hop> xForwardedFor(HttpHeaders headers) {
		List<String> addresses = headers.getValuesAsList("X-Forwarded-For");
		List<String> protos = headers.getValuesAsList("X-Forwarded-Proto");
		boolean aligned = protos.size() == addresses.size();
		String nearestProto = protos.isEmpty() ? null : protos.getLast();
		List<Hop> hops = new ArrayList<>(addresses.size());
		for (int i = 0; i < addresses.size(); i++) {
			hops.add(new Hop(IpLiteral.parse(addresses.get(i)).orElse(null),
					scheme(aligned ? protos.get(i) : nearestProto)));
		}
		return hops;
	}

	/** RFC 7239 {@code Forwarded}: each element's {@code for} and {@code proto}. */
	static List<Hop> forwarded(HttpHeaders headers) {
		List<Hop> hops = new ArrayList<>();
		for (String element : headers.getValuesAsList("Forwarded")) {
			String address = null;
			String proto = null;
			for (String pair : StringUtils.tokenizeToStringArray(element, ";")) {
				int equals = pair.indexOf('=');
				if (equals < 0) {
					continue;
				}
				String name = pair.substring(0, equals).trim().toLowerCase(Locale.ROOT);
				String value = unquoted(pair.substring(equals + 1).trim());
				if (name.equals("for")) {
					address = value;
				}
				else if (name.equals("proto")) {
					proto = value;
				}
			}
			hops.add(new Hop(IpLiteral.parse(address).orElse(null), scheme(proto)));
		}
		return hops;
	}

	private static String unquoted(String value) {
		return (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\""))
				? value.substring(1, value.length() - 1) : value;
	}

	private static String scheme(String proto) {
		return (proto != null) ? proto.trim().toLowerCase(Locale.ROOT) : null;
	}

}
