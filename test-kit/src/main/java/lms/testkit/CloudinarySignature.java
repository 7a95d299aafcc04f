package lms.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Cloudinary's request signature: SHA-1 hex of the non-blank parameters sorted by name as
 * {@code k=v&k2=v2}, without {@code file}, {@code api_key}, {@code resource_type},
 * {@code cloud_name} and {@code signature}, followed by the API secret.
 */
public final class CloudinarySignature {

	private static final Set<String> UNSIGNED = Set.of("file", "api_key", "resource_type", "cloud_name", "signature");

	private CloudinarySignature() {
	}

	/**
	 * The text Cloudinary signs, before the secret is appended.
	 * @param params the request parameters
	 * @return e.g. {@code folder=avatars&timestamp=1700000000}
	 */
	public static String stringToSign(Map<String, String> params) {
		return new TreeMap<>(params).entrySet()
			.stream()
			.filter((param) -> !UNSIGNED.contains(param.getKey()))
			.filter((param) -> param.getValue() != null && !param.getValue().isBlank())
			.map((param) -> param.getKey() + "=" + param.getValue())
			.collect(Collectors.joining("&"));
	}

	/**
	 * Signs parameters as a Cloudinary SDK does.
	 * @param params the request parameters
	 * @param apiSecret the API secret
	 * @return the lower-case hex SHA-1 signature
	 */
	public static String sign(Map<String, String> params, String apiSecret) {
		return sha1Hex(stringToSign(params) + apiSecret);
	}

	/**
	 * Whether the {@code signature} parameter is right; newer SDKs escape {@code &} in
	 * values as {@code %26} before signing, so both forms are accepted.
	 * @param params the request parameters, with {@code signature}
	 * @param apiSecret the API secret
	 * @return {@code true} if the signature matches
	 */
	public static boolean verify(Map<String, String> params, String apiSecret) {
		String signature = params.get("signature");
		String toSign = stringToSign(params);
		return signature != null && (signature.equalsIgnoreCase(sha1Hex(toSign + apiSecret))
				|| signature.equalsIgnoreCase(sha1Hex(escapedValues(params) + apiSecret)));
	}

	private static String escapedValues(Map<String, String> params) {
		return stringToSign(params.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (param) -> param.getValue().replace("&", "%26"))));
	}

	private static String sha1Hex(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-1");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
