package lms.gateway.catalogcache;

import java.util.List;
import java.util.Locale;

import org.springframework.util.StringUtils;

/**
 * Whether a client takes gzip, by its {@code Accept-Encoding} q-values (RFC 9110 12.5.3):
 * {@code gzip} listed with no weight or a weight above zero; {@code gzip;q=0} refuses it.
 * Decided as course-service decides it, so an answer is kept under the variant it is.
 * Hand-written: Spring has no {@code Accept-Encoding} parser, Netty's is a protected
 * method of its compressor, Tomcat's is not on the gateway's class path.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	static boolean acceptsGzip(List<String> headerValues) {
		for (String value : headerValues) {
			for (String coding : StringUtils.tokenizeToStringArray(value, ",")) {
				String[] parts = StringUtils.tokenizeToStringArray(coding, ";");
				if (parts.length > 0 && parts[0].equalsIgnoreCase("gzip")) {
					return weight(parts) > 0;
				}
			}
		}
		return false;
	}

	/** The {@code q} parameter (1 when absent; 0 when it is not a number). */
	private static double weight(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].toLowerCase(Locale.ROOT);
			int equals = parameter.indexOf('=');
			if (equals > 0 && parameter.substring(0, equals).strip().equals("q")) {
				try {
					return Double.parseDouble(parameter.substring(equals + 1).strip());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
