package lms.media.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AutoClose;
import lms.testkit.Interaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published mappings agree with their own examples, so a consumer's stub answers what
 * media-service's verification (CloudinaryUploadTest there) replays.
 */
class MediaContractTest {

	@AutoClose
	static final MediaStub media = MediaStub.start();

	static List<Interaction> interactions() {
		List<Interaction> interactions = MediaStub.CONTRACT.interactions();
		assertThat(interactions).extracting(Interaction::status).contains(201, 400, 401, 415, 422);
		return interactions;
	}

	@ParameterizedTest
	@MethodSource("interactions")
	void eachExampleGetsItsMappedAnswer(Interaction interaction) {
		Map<String, String> values = MediaStub.exampleValues("a-service-token");

		Interaction.Answer stubbed = interaction.replay(media.url(), values);

		interaction.assertHonouredBy(stubbed, interaction.replay(media.url(), values), values);
	}

}
