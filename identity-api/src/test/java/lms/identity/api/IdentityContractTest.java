package lms.identity.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import lms.testkit.Interaction;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The published mappings agree with their own examples, so a consumer's stub answers what
 * identity-service's verification (InternalRoutesContractTest there) replays, and what a
 * consumer's test adds is answered in the contract's shape.
 */
class IdentityContractTest {

	static final Map<String, String> VALUES = IdentityStub.EXAMPLE_VALUES;

	@AutoClose
	static final IdentityStub identity = IdentityStub.start();

	static List<Interaction> interactions() {
		List<Interaction> interactions = IdentityStub.CONTRACT.interactions();
		assertThat(interactions).extracting(Interaction::path)
			.contains("/internal/oauth2/token", "/internal/sessions/refresh", "/internal/users/${userId}");
		assertThat(interactions).extracting(Interaction::status).contains(200, 401, 404);
		return interactions;
	}

	@ParameterizedTest
	@MethodSource("interactions")
	void eachExampleGetsItsMappedAnswer(Interaction interaction) {
		Interaction.Answer stubbed = interaction.replay(identity.url(), VALUES);

		interaction.assertHonouredBy(stubbed, interaction.replay(identity.url(), VALUES), VALUES);
	}

	@Test
	void usersATestAddsOrDeletesAreAnsweredInTheContractsShape() {
		identity.addUser("user-2", "Ada", "ada@example.test", "https://img.test/ada.png");
		identity.deleteUser("user-3");
		Interaction read = interaction("/internal/users/${userWithAvatarId}");

		Interaction.Answer added = read.replay(identity.url(),
				Map.of("userWithAvatarId", "user-2", "usersReadToken", "t"));
		Interaction.Answer contract = read.replay(identity.url(), VALUES);
		assertThat(added.body().propertyNames()).containsExactlyInAnyOrderElementsOf(contract.body().propertyNames());
		assertThat(added.body().get("avatar").propertyNames())
			.containsExactlyInAnyOrderElementsOf(contract.body().get("avatar").propertyNames());
		assertThat(added.body().get("name").asString()).isEqualTo("Ada");
		assertThat(read.replay(identity.url(), Map.of("userWithAvatarId", "user-3", "usersReadToken", "t")).status())
			.isEqualTo(404);
		assertThat(identity.requestedUsers()).contains("user-2", "user-3");
		assertThat(identity.userReadTokens()).contains("t");
	}

	@Test
	void aRegisteredClientGetsATokenWithItsScopes() throws Exception {
		identity.registerClient("notification", "secret", "users:read");
		String credentials = Base64.getEncoder().encodeToString("notification:secret".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(identity.url() + IdentityStub.TOKEN_PATH))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> issued = http.send(request, HttpResponse.BodyHandlers.ofString());

			assertThat(issued.statusCode()).isEqualTo(200);
			JsonNode body = JsonMapper.shared().readTree(issued.body());
			assertThat(body.get("scope").asString()).isEqualTo("users:read");
			assertThat(body.get("access_token").asString()).startsWith("service-token-notification-");
		}
	}

	@Test
	void aTestCannotAnswerWithAFieldTheContractLacks() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IdentityStub.CONTRACT.answer(IdentityStub.USER_FOUND, Map.of("fullName", "Ada")))
			.withMessageContaining("fullName");
	}

	@Test
	void anOutageAnswersEveryUserReadUntilRecovered() {
		identity.failWith(503);
		Interaction read = interaction("/internal/users/${userId}");
		assertThat(read.replay(identity.url(), VALUES).status()).isEqualTo(503);
		identity.recover();
		assertThat(read.replay(identity.url(), VALUES).status()).isEqualTo(200);
	}

	private static Interaction interaction(String path) {
		return IdentityStub.CONTRACT.interactions()
			.stream()
			.filter((interaction) -> interaction.path().equals(path) && interaction.status() == 200)
			.findFirst()
			.orElseThrow();
	}

}
