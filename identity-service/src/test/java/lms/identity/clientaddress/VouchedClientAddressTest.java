package lms.identity.clientaddress;

import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * identity believes the client address the gateway names only with the gateway's service
 * token (scope {@code client-address:vouch}) beside it; otherwise the client is the
 * socket peer. Login's pause after 5 failures per account and address shows which address
 * identity counted.
 */
class VouchedClientAddressTest extends IdentityTest {

	@Test
	void theAddressTheGatewayVouchesForIsTheClient() {
		User user = newUser("Gil");
		String gateway = serviceToken("gateway", GATEWAY_SECRET);
		Http proxy = this.http.from(randomIp());
		for (int i = 0; i < 6; i++) {
			login(proxy, user.email(), "wrong", "198.51.100.7", gateway);
		}

		assertThat(login(proxy, user.email(), PASSWORD, "198.51.100.7", gateway).status()).isEqualTo(429);
		assertThat(login(proxy, user.email(), PASSWORD, "198.51.100.8", gateway).status()).isEqualTo(200);
	}

	@Test
	void aClientAddressWithoutTheGatewaysTokenIsIgnored() {
		User user = newUser("Hal");
		Http client = this.http.from(randomIp());
		for (int i = 0; i < 6; i++) {
			login(client, user.email(), "wrong", "198.51.100." + i, null);
		}

		assertThat(login(client, user.email(), PASSWORD, "198.51.100.99", null).status()).isEqualTo(429);
	}

	@Test
	void anotherServicesTokenOrAUsersTokenVouchesForNothing() {
		User user = newUser("Ida");
		Http client = this.http.from(randomIp());
		String course = serviceToken("course", COURSE_SECRET);
		String users = accessToken(newUser("Jon"));
		for (int i = 0; i < 6; i++) {
			login(client, user.email(), "wrong", "198.51.100." + i, (i % 2 == 0) ? course : users);
		}

		assertThat(login(client, user.email(), PASSWORD, "198.51.100.99", course).status()).isEqualTo(429);
		assertThat(login(client, user.email(), PASSWORD, "198.51.100.98", users).status()).isEqualTo(429);
	}

	private static Http.Reply login(Http client, String email, String password, String address, String token) {
		String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
		return (token != null)
				? client.post("/api/v1/login", body, "X-LMS-Client-Address", address, "X-LMS-Service-Token", token)
				: client.post("/api/v1/login", body, "X-LMS-Client-Address", address);
	}

}
