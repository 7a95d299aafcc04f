package lms.identity.session;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A short name for the device behind a {@code User-Agent}, such as "Chrome on Windows",
 * for the session list; the full header is listed beside it. The first known browser and
 * system token wins, in an order where more specific tokens come first (Edge and Opera
 * also say Chrome, Chrome also says Safari).
 */
final class DeviceNames {

	private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("edg/", "Edge"),
			Map.entry("opr/", "Opera"), Map.entry("firefox/", "Firefox"), Map.entry("chrome/", "Chrome"),
			Map.entry("crios/", "Chrome"), Map.entry("safari/", "Safari"), Map.entry("okhttp", "Android app"),
			Map.entry("cfnetwork", "iOS app"), Map.entry("expo", "Mobile app"), Map.entry("curl/", "curl"));

	private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("android", "Android"),
			Map.entry("iphone", "iPhone"), Map.entry("ipad", "iPad"), Map.entry("windows", "Windows"),
			Map.entry("mac os x", "macOS"), Map.entry("cros", "ChromeOS"), Map.entry("linux", "Linux"));

	private DeviceNames() {
	}

	static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "Unknown device";
		}
		String lower = userAgent.toLowerCase(Locale.ROOT);
		String browser = first(BROWSERS, lower);
		String system = first(SYSTEMS, lower);
		if (browser == null && system == null) {
			return "Unknown device";
		}
		if (browser == null || system == null) {
			return (browser != null) ? browser : system;
		}
		return browser + " on " + system;
	}

	private static String first(List<Map.Entry<String, String>> names, String userAgent) {
		return names.stream()
			.filter((name) -> userAgent.contains(name.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
