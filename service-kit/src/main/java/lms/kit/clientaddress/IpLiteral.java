package lms.kit.clientaddress;

import java.net.InetAddress;
import java.util.Optional;

/**
 * An IP address written as text, read without ever asking DNS: {@code 203.0.113.7},
 * {@code 2001:db8::1}, {@code [2001:db8::1]}, either with a {@code :port}.
 */
public final class IpLiteral {

	private IpLiteral() {
	}

	public static Optional<InetAddress> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.trim();
		if (value.startsWith("[")) {
			int end = value.indexOf(']');
			value = (end > 0) ? value.substring(1, end) : "";
		}
		else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
			value = value.substring(0, value.indexOf(':'));
		}
		if (value.isEmpty() || !(Character.isDigit(value.charAt(0)) || value.indexOf(':') >= 0)) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.ofLiteral(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
