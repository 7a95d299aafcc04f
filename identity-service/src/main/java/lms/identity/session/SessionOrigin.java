package lms.identity.session;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;
import lms.identity.clientaddress.ClientAddress;

/**
 * Where a session was opened: the browser's or app's {@code User-Agent} (cut to 256
 * characters) and the client's address (as the gateway vouched for it) made coarse (IPv4
 * /24, IPv6 /48), so the session list shows roughly where without keeping a precise
 * address.
 */
record SessionOrigin(String userAgent, String address) {

	static final SessionOrigin UNKNOWN = new SessionOrigin("", "");

	private static final int MAX_USER_AGENT = 256;

	static SessionOrigin of(HttpServletRequest request, ClientAddress client) {
		String userAgent = request.getHeader("User-Agent");
		userAgent = (userAgent != null) ? userAgent.strip() : "";
		if (userAgent.length() > MAX_USER_AGENT) {
			userAgent = userAgent.substring(0, MAX_USER_AGENT);
		}
		return new SessionOrigin(userAgent, coarse(client.address().getHostAddress()));
	}

	static String coarse(String address) {
		if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f:.]+")) {
			return "";
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			int keep = (bytes.length == 4) ? 3 : 6;
			for (int i = keep; i < bytes.length; i++) {
				bytes[i] = 0;
			}
			return InetAddress.getByAddress(bytes).getHostAddress() + ((bytes.length == 4) ? "/24" : "/48");
		}
		catch (UnknownHostException ex) {
			return "";
		}
	}

}
