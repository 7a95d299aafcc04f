package lms.notification.socketio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.corundumstudio.socketio.AuthTokenListener;
import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.AuthorizationListener;
import com.corundumstudio.socketio.AuthorizationResult;
import com.corundumstudio.socketio.HandshakeData;
import com.corundumstudio.socketio.SocketIOClient;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import lms.kit.security.TokenExtractor;
import lms.kit.security.TokenExtractor.RequestView;

/**
 * Tells admins from everyone else when a socket connects. Everyone may connect; a socket
 * is an admin's when an admin's valid access token came with it: in the handshake
 * ({@code Authorization: Bearer}, the {@code access-token} header, the
 * {@code access_token} cookie or the {@code token} query parameter) or in the Socket.IO
 * v4 connect packet's {@code auth} payload ({@code {token}} or {@code {accessToken}}).
 */
class SocketCallers implements AuthorizationListener, AuthTokenListener {

	static final String ADMIN = "lms.admin";

	static final String USER = "lms.user";

	static final String SESSION = "lms.session";

	private static final String QUERY_TOKEN = "token";

	private static final List<String> AUTH_KEYS = List.of("token", "accessToken");

	private final AccessTokenCheck tokens;

	SocketCallers(AccessTokenCheck tokens) {
		this.tokens = tokens;
	}

	/**
	 * The Engine.IO handshake: never refused, marked when an admin's token came along.
	 */
	@Override
	public AuthorizationResult getAuthorizationResult(HandshakeData handshake) {
		Optional<AccessTokenCheck.Caller> admin = handshakeToken(handshake).flatMap(this::admin);
		return new AuthorizationResult(true, admin.map(SocketCallers::marks).orElse(Map.of()));
	}

	/**
	 * The connect packet's {@code auth} payload: never refused; an admin's socket joins
	 * the admins' room here, since the default namespace's connect listeners already ran
	 * when the transport opened.
	 */
	@Override
	public AuthTokenResult getAuthTokenResult(Object auth, SocketIOClient client) {
		if (auth instanceof Map<?, ?> payload) {
			AUTH_KEYS.stream()
				.map(payload::get)
				.filter(String.class::isInstance)
				.map(String.class::cast)
				.findFirst()
				.flatMap(this::admin)
				.ifPresent((caller) -> {
					marks(caller).forEach(client::set);
					client.joinRoom(AdminSockets.ADMINS);
				});
		}
		return AuthTokenResult.AuthTokenResultSuccess;
	}

	static boolean isAdmin(SocketIOClient client) {
		return Boolean.TRUE.equals(client.get(ADMIN));
	}

	private Optional<AccessTokenCheck.Caller> admin(String token) {
		return this.tokens.verify(token).filter(AccessTokenCheck.Caller::isAdmin);
	}

	/** What an admin's socket keeps: that it is one, and whose session it belongs to. */
	private static Map<String, Object> marks(AccessTokenCheck.Caller admin) {
		Map<String, Object> marks = new HashMap<>();
		marks.put(ADMIN, true);
		marks.put(USER, admin.userId());
		if (admin.sessionId() != null) {
			marks.put(SESSION, admin.sessionId());
		}
		return marks;
	}

	private static Optional<String> handshakeToken(HandshakeData handshake) {
		RequestView request = RequestView.of(handshake.getHttpHeaders()::get, (name) -> cookie(handshake, name));
		return TokenExtractor.accessToken(request).or(() -> queryToken(handshake));
	}

	private static Optional<String> queryToken(HandshakeData handshake) {
		List<String> values = handshake.getUrlParams().get(QUERY_TOKEN);
		return (values == null) ? Optional.empty() : values.stream().filter((value) -> !value.isBlank()).findFirst();
	}

	private static String cookie(HandshakeData handshake, String name) {
		String header = handshake.getHttpHeaders().get(HttpHeaderNames.COOKIE);
		if (header == null) {
			return null;
		}
		return ServerCookieDecoder.LAX.decode(header)
			.stream()
			.filter((cookie) -> name.equals(cookie.name()))
			.map(Cookie::value)
			.findFirst()
			.orElse(null);
	}

}
