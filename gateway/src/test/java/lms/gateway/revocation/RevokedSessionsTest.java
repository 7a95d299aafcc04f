package lms.gateway.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import lms.kit.security.VerifiedToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevokedSessionsTest {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	final RevokedSessions revoked = new RevokedSessions(
			new RevocationProperties(Duration.ofHours(1), Duration.ofMinutes(1)), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aRevokedSessionIsKeptUntilItsAccessTokensExpire() {
		this.revoked.revokeSession("s1", NOW.plusSeconds(60));

		assertThat(this.revoked.isRevoked(token("u1", "s1", NOW.minusSeconds(10)))).isTrue();
		assertThat(this.revoked.isRevoked(token("u1", "s2", NOW.minusSeconds(10)))).isFalse();
	}

	@Test
	void aRevocationWhoseTokensAlreadyExpiredIsNotKept() {
		this.revoked.revokeSession("old", NOW.minusSeconds(1));

		assertThat(this.revoked.size()).isZero();
	}

	@Test
	void purgeForgetsEntriesPastTheirTokensLifetime() {
		RevokedSessions later = new RevokedSessions(
				new RevocationProperties(Duration.ofHours(1), Duration.ofMinutes(1)), Clock.fixed(NOW, ZoneOffset.UTC));
		later.revokeSession("s1", NOW.plusSeconds(60));
		later.revokeUserTokensIssuedBefore("u1", NOW.minus(Duration.ofMinutes(30)));
		RevokedSessions purgedAnHourLater = new RevokedSessions(
				new RevocationProperties(Duration.ofHours(1), Duration.ofMinutes(1)),
				Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC));
		purgedAnHourLater.revokeSession("s1", NOW.plusSeconds(60));

		later.purge();
		purgedAnHourLater.purge();

		assertThat(later.size()).isEqualTo(2);
		assertThat(purgedAnHourLater.size()).isZero();
	}

	@Test
	void aUserCutoffRejectsOnlyTokensIssuedBeforeIt() {
		this.revoked.revokeUserTokensIssuedBefore("u1", NOW.plusMillis(400));

		assertThat(this.revoked.isRevoked(token("u1", "s1", NOW.minusSeconds(1)))).isTrue();
		assertThat(this.revoked.isRevoked(token("u1", "s2", NOW))).isFalse();
		assertThat(this.revoked.isRevoked(token("u1", "s3", NOW.plusSeconds(1)))).isFalse();
		assertThat(this.revoked.isRevoked(token("u2", "s4", NOW.minusSeconds(1)))).isFalse();
	}

	@Test
	void aDeletedUserHasNoValidTokenLeft() {
		this.revoked.revokeAllUserTokens("u1", NOW);

		assertThat(this.revoked.isRevoked(token("u1", "s1", NOW))).isTrue();
		assertThat(this.revoked.isRevoked(token("u1", "s2", NOW.plusSeconds(5)))).isTrue();
	}

	private static VerifiedToken token(String user, String session, Instant issuedAt) {
		return new VerifiedToken(user, session, "user", issuedAt.plusSeconds(300), issuedAt, "jti");
	}

}
