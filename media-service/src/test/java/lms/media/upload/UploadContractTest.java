package lms.media.upload;

import java.util.List;

import lms.media.api.MediaContract;
import lms.media.api.MediaStub;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestIdentity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real upload port honours the contract media-service publishes to its consumers
 * (lms-media-api's test artifact): each mapping's example, sent here with a real service
 * token, gets the mapping's status and body. Same context as
 * {@link CloudinaryUploadTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lms.media.cloudinary.timeout=1s", "lms.media.upload.max-size=1MB",
				"spring.cloud.function.definition=" })
@EmbeddedInfrastructure
class UploadContractTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void identity(DynamicPropertyRegistry registry) {
		registry.add("lms.security.jwks-url", TestIdentity.shared()::jwksUrl);
	}

	static List<MediaContract.Interaction> interactions() {
		return MediaContract.interactions();
	}

	@ParameterizedTest
	@MethodSource("interactions")
	void thePortAnswersEachPublishedInteractionAsMapped(MediaContract.Interaction interaction) {
		String token = TestIdentity.shared().serviceToken("course", "media:upload");

		MediaContract.Answer real = interaction.replay("http://127.0.0.1:" + this.port, token);

		interaction.assertHonouredBy(real, interaction.replay(MediaStub.shared().url(), token));
	}

}
