package lms.gateway.auth;

import java.util.Optional;

import lms.gateway.edge.EdgeCheck;
import lms.gateway.refresh.RefreshCookies;
import lms.gateway.refresh.RefreshedTokens;
import lms.gateway.refresh.RefreshRejectedException;
import lms.gateway.refresh.SilentRefresh;
import lms.kit.security.Refusal;
import lms.kit.security.TokenExtractor;
import lms.kit.security.TokenExtractor.RequestView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The token check in front of every route: public routes pass with or without a token (an
 * invalid one is dropped), protected routes need a valid, unrevoked one, or an expired
 * one with a refresh token that identity renews.
 */
public class AuthenticationFilter implements EdgeCheck {

	/** Right after the body size check, before rate limits and routing. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/**
	 * The exchange attribute holding the verified caller's user id, when there is one.
	 */
	public static final String USER_ID = AuthenticationFilter.class.getName() + ".userId";

	private static final Logger log = LoggerFactory.getLogger(AuthenticationFilter.class);

	private final PublicPaths publicPaths;

	private final TokenChecks checks;

	private final ForwardedRequest forwarded;

	private final SilentRefresh refresh;

	private final RefreshCookies cookies;

	AuthenticationFilter(PublicPaths publicPaths, TokenChecks checks, ForwardedRequest forwarded, SilentRefresh refresh,
			RefreshCookies cookies) {
		this.publicPaths = publicPaths;
		this.checks = checks;
		this.forwarded = forwarded;
		this.refresh = refresh;
		this.cookies = cookies;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		boolean isPublic = this.publicPaths.matches(request.getPath().pathWithinApplication());
		Optional<String> token = TokenExtractor.accessToken(view(request));
		if (token.isEmpty()) {
			return isPublic ? chain.filter(this.forwarded.anonymous(exchange))
					: reject(exchange, Refusal.LOGIN_REQUIRED);
		}
		return this.checks.check(token.get()).flatMap((state) -> switch (state) {
			case TokenState.Valid valid when !isPublic && isDue(valid) && hasRefreshToken(request) ->
				refreshed(exchange, chain,
						Mono.defer(() -> authenticated(exchange, chain, valid.token().userId(), token.get())));
			case TokenState.Valid valid -> authenticated(exchange, chain, valid.token().userId(), token.get());
			case TokenState.Expired expired when !isPublic -> refreshed(exchange, chain, null);
			case TokenState.Invalid invalid when !isPublic -> reject(exchange, invalid.refusal());
			case TokenState.Revoked revoked when !isPublic -> reject(exchange, Refusal.LOGIN_REQUIRED);
			default -> chain.filter(this.forwarded.anonymous(exchange));
		});
	}

	/**
	 * The user id of the request's access token when this exact token was verified
	 * before, without checking it now: a key to look an answer up by, which is given only
	 * after this filter's full checks ran (expiry, revocation, renewal).
	 */
	public Optional<String> knownCaller(ServerHttpRequest request) {
		return TokenExtractor.accessToken(view(request)).flatMap(this.checks::knownUserId);
	}

	private Mono<Void> authenticated(ServerWebExchange exchange, GatewayFilterChain chain, String userId,
			String accessToken) {
		exchange.getAttributes().put(USER_ID, userId);
		return chain.filter(this.forwarded.withToken(exchange, accessToken));
	}

	/**
	 * A token about to expire is renewed ahead when a refresh token came with it, so the
	 * request does not reach a service with a token that expires on its way (under load
	 * that takes longer than the clock skew); if that renewal fails it goes on as it is.
	 */
	private boolean isDue(TokenState.Valid valid) {
		return this.refresh.isDue(valid.token().issuedAt(), valid.token().expiresAt());
	}

	private static boolean hasRefreshToken(ServerHttpRequest request) {
		return TokenExtractor.refreshToken(view(request)).isPresent();
	}

	/**
	 * @param stillValid how to go on when the renewal fails while the presented token is
	 * still valid; null when it expired
	 */
	private Mono<Void> refreshed(ServerWebExchange exchange, GatewayFilterChain chain, Mono<Void> stillValid) {
		RequestView view = view(exchange.getRequest());
		Optional<String> refreshToken = TokenExtractor.refreshToken(view);
		if (refreshToken.isEmpty()) {
			return reject(exchange, Refusal.TOKEN_EXPIRED);
		}
		// identity rotates a cookie's token (and, once a session used cookies, every
		// token of it); a header client that never did keeps the token of its login.
		boolean cookieClient = TokenExtractor.refreshToken(RequestView.of(view::header, (name) -> null)).isEmpty();
		return this.refresh.refresh(refreshToken.get(), cookieClient)
			.<Object>map((tokens) -> tokens)
			.onErrorResume(Mono::just)
			.flatMap((outcome) -> {
				if (outcome instanceof RefreshedTokens tokens) {
					return renewed(exchange, chain, tokens, cookieClient, stillValid);
				}
				return (stillValid != null) ? stillValid : refreshFailed(exchange, (Throwable) outcome);
			});
	}

	/**
	 * The renewed token passes the same checks (a shared answer may since be revoked).
	 */
	private Mono<Void> renewed(ServerWebExchange exchange, GatewayFilterChain chain, RefreshedTokens tokens,
			boolean cookieClient, Mono<Void> stillValid) {
		return this.checks.check(tokens.accessToken()).flatMap((state) -> {
			if (!(state instanceof TokenState.Valid valid)) {
				return (stillValid != null) ? stillValid : reject(exchange, Refusal.LOGIN_REQUIRED);
			}
			if (cookieClient) {
				this.cookies.set(exchange.getResponse(), tokens);
			}
			return authenticated(exchange, chain, valid.token().userId(), tokens.accessToken());
		});
	}

	private Mono<Void> refreshFailed(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof RefreshRejectedException) {
			return reject(exchange, Refusal.LOGIN_REQUIRED);
		}
		log.warn("Silent refresh failed: {}", ex.toString());
		return reject(exchange, Refusal.AUTHENTICATION_UNAVAILABLE);
	}

	private static Mono<Void> reject(ServerWebExchange exchange, Refusal refusal) {
		return Rejection.answer(exchange, refusal.status(), refusal.message());
	}

	private static RequestView view(ServerHttpRequest request) {
		return RequestView.of(request.getHeaders()::getFirst, (name) -> {
			HttpCookie cookie = request.getCookies().getFirst(name);
			return (cookie != null) ? cookie.getValue() : null;
		});
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
