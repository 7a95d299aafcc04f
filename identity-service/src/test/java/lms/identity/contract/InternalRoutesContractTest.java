package lms.identity.contract;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AutoClose;
import lms.identity.api.IdentityStub;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import lms.testkit.Interaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The contract identity-service publishes for its internal routes (lms-identity-api's
 * test artifact, served to the gateway's and course-service's tests): each mapping's
 * example, sent here with real service tokens, a real user and a real refresh token, gets
 * the mapping's status and the shape and fixed values its stub answers.
 */
class InternalRoutesContractTest extends IdentityTest {

	@AutoClose
	static final IdentityStub stub = IdentityStub.start();

	static List<Interaction> publishedInteractions() {
		return IdentityStub.CONTRACT.interactions();
	}

	@ParameterizedTest
	@MethodSource("publishedInteractions")
	void eachPublishedInteractionIsHonoured(Interaction interaction) {
		User user = newUser("Contract Reader");
		User portrayed = newUser("Contract Portrait");
		this.mongo
			.updateFirst(query(where("_id").is(portrayed.id())),
					new Update()
						.set(User.AVATAR,
								new User.Avatar("avatars/portrait",
										"https://res.cloudinary.test/lms/image/upload/avatars/portrait.png")),
					User.class);
		Map<String, String> values = Map.of("userId", user.id(), "userWithAvatarId", portrayed.id(), "usersReadToken",
				serviceToken("course", COURSE_SECRET), "sessionsRefreshToken", serviceToken("gateway", GATEWAY_SECRET),
				"refreshToken", loggedIn(user).get("refreshToken").asString());

		Interaction.Answer real = interaction.replay("http://127.0.0.1:" + this.port, values);

		interaction.assertHonouredBy(real, values, interaction.replay(stub.url(), IdentityStub.EXAMPLE_VALUES),
				IdentityStub.EXAMPLE_VALUES);
	}

}
