package lms.kit.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The decoders of the two kinds of token identity signs (ES256 with a {@code kid} from
 * its key ring): user access tokens ({@code typ} JWT or none, audience {@code lms},
 * {@code sub}, {@code sid}, {@code role}) and service tokens ({@code typ at+jwt},
 * audience {@code lms-internal}, {@code sub} = client id, {@code scope}). Neither passes
 * for the other: type and audience differ.
 */
public final class TokenDecoders {

	/** The JOSE {@code typ} of service tokens (RFC 9068 access tokens). */
	public static final JOSEObjectType SERVICE_TOKEN_TYPE = new JOSEObjectType("at+jwt");

	public static final String SESSION_CLAIM = "sid";

	public static final String ROLE_CLAIM = "role";

	public static final String SCOPE_CLAIM = "scope";

	private final JWKSource<SecurityContext> keys;

	private final SecurityProperties properties;

	private final Clock clock;

	private final List<OAuth2TokenValidator<Jwt>> accessTokenChecks;

	/**
	 * @param accessTokenChecks further checks of a user's token where the service can
	 * make them (identity: the session is still live)
	 */
	public TokenDecoders(JWKSource<SecurityContext> keys, SecurityProperties properties, Clock clock,
			List<? extends OAuth2TokenValidator<Jwt>> accessTokenChecks) {
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
		this.accessTokenChecks = List.copyOf(accessTokenChecks);
	}

	/**
	 * A user's access token, fully checked: signature, claims, lifetime, extra checks.
	 * The signature and claims of a token that passed are not verified again
	 * ({@link RememberedSignatures}); its lifetime and the extra checks are, every time.
	 */
	public JwtDecoder accessTokens() {
		List<OAuth2TokenValidator<Jwt>> everyUse = new ArrayList<>(lifetime());
		everyUse.addAll(this.accessTokenChecks);
		return new RememberedSignatures(accessTokensOfAnyAge(), new DelegatingOAuth2TokenValidator<>(everyUse));
	}

	/**
	 * A user's access token whose signature and claims hold, expired or not: the gateway
	 * renews expired ones and checks their age itself ({@link #expiry()}).
	 */
	public JwtDecoder accessTokensOfAnyAge() {
		return decoder(DefaultJOSEObjectTypeVerifier.JWT, accessTokenClaims());
	}

	/** A service token: signature, issuer, internal audience, client id, lifetime. */
	public JwtDecoder serviceTokens() {
		List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
		checks.add(new JwtIssuerValidator(this.properties.issuer()));
		checks.add(new JwtAudienceValidator(this.properties.serviceAudience()));
		checks.add(present(JwtClaimNames.SUB));
		checks.addAll(lifetime());
		return decoder(new DefaultJOSEObjectTypeVerifier<>(SERVICE_TOKEN_TYPE), checks);
	}

	public TokenExpiry expiry() {
		return new TokenExpiry(this.properties.clockSkew(), this.clock);
	}

	private List<OAuth2TokenValidator<Jwt>> accessTokenClaims() {
		return List.of(new JwtIssuerValidator(this.properties.issuer()),
				new JwtAudienceValidator(this.properties.audience()), present(JwtClaimNames.SUB),
				present(SESSION_CLAIM), present(ROLE_CLAIM),
				new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull));
	}

	private List<OAuth2TokenValidator<Jwt>> lifetime() {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(this.properties.clockSkew());
		timestamps.setClock(this.clock);
		timestamps.setAllowEmptyExpiryClaim(false);
		return List.of(expiry(), timestamps);
	}

	private NimbusJwtDecoder decoder(DefaultJOSEObjectTypeVerifier<SecurityContext> type,
			List<OAuth2TokenValidator<Jwt>> checks) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(this.keys).jwtProcessorCustomizer((processor) -> {
			processor.setJWSTypeVerifier(type);
			processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.ES256), this.keys));
		}).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
		return decoder;
	}

	private static OAuth2TokenValidator<Jwt> present(String claim) {
		return new JwtClaimValidator<Object>(claim,
				(value) -> value instanceof String text && StringUtils.hasText(text));
	}

}
