package lms.systemtest;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lms.testkit.CloudinaryStub;
import lms.testkit.StubRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cloudinary answering 503 to every upload and destroy for a minute: uploads fail with a
 * clear 503 and change nothing; the images replaced or orphaned before and during the
 * outage are destroyed once it is over, each exactly once, and only those.
 */
@Tag("fault")
class CloudinaryOutageFaultIT extends Fault {

	private static final String UNAVAILABLE = "Image service unavailable, try again shortly";

	static CloudinaryStub cloudinary;

	@BeforeAll
	static void findTheCloudinaryStub() {
		cloudinary = FaultySystem.cloudinary();
	}

	@Test
	void uploadsFailClearlyDuringTheOutageAndEveryDroppedImageIsDestroyedOnceAfterIt() {
		Set<String> storedBefore = cloudinary.storedPublicIds();
		TokenClient admin = accounts.admin();
		Member keeper = accounts.newMember("Keeper");
		Member leaver = accounts.newMember("Leaver");
		String firstAvatar = avatar(keeper, Images.pngDataUrl(0x112233));
		String keptAvatar = avatar(keeper, Images.pngDataUrl(0x445566));
		String leaverAvatar = avatar(leaver, Images.pngDataUrl(0x778899));
		JsonNode kept = CourseDraft.of("Kept " + Accounts.newEmail("course"), 0)
			.withThumbnail(Images.pngDataUrl(0xAA0000))
			.create(admin);
		JsonNode dropped = CourseDraft.of("Dropped " + Accounts.newEmail("course"), 0)
			.withThumbnail(Images.pngDataUrl(0x00AA00))
			.create(admin);
		String keptId = kept.get("_id").asString();
		String keptThumbnail = thumbnail(expect(200,
				admin.put("/api/v1/edit-course/" + keptId, "{\"thumbnail\":\"" + Images.pngDataUrl(0x0000AA) + "\"}"))
			.get("course"));

		cloudinary.failWith(503);
		try {
			Outage.hold(Duration.ofMinutes(1), List.of(() -> {
				assertThat(expectError(503,
						keeper.app()
							.put("/api/v1/update-user-avatar", "{\"avatar\":\"" + Images.pngDataUrl(0x999999) + "\"}")))
					.isEqualTo(UNAVAILABLE);
				assertThat(avatarOf(keeper)).isEqualTo(keptAvatar);
			}, () -> {
				assertThat(
						expectError(503,
								admin.put("/api/v1/edit-course/" + keptId,
										"{\"thumbnail\":\"" + Images.pngDataUrl(0x123456) + "\"}")))
					.isEqualTo(UNAVAILABLE);
				assertThat(thumbnail(expect(200, admin.get("/api/v1/get-course/" + keptId)).get("course")))
					.isEqualTo(keptThumbnail);
			}, () -> expect(200, admin.delete("/api/v1/delete-course/" + dropped.get("_id").asString())),
					() -> expect(200, admin.delete("/api/v1/delete-user/" + leaver.id()))));
			assertThat(refusedDestroys()).contains(thumbnail(dropped), leaverAvatar);
		}
		finally {
			cloudinary.recover();
		}

		Set<String> expected = new HashSet<>(storedBefore);
		expected.addAll(Set.of(keptAvatar, keptThumbnail));
		Effects.awaitExactly(Duration.ofMinutes(1), () -> cloudinary.storedPublicIds().equals(expected));
		assertThat(cloudinary.storedPublicIds()).containsExactlyInAnyOrderElementsOf(expected);
		List<String> destroyed = List.of(firstAvatar, thumbnail(kept), thumbnail(dropped), leaverAvatar);
		assertThat(acceptedDestroys()).filteredOn(destroyed::contains).containsExactlyInAnyOrderElementsOf(destroyed);
		assertThat(destroyRequests(0)).doesNotContain(keptAvatar, keptThumbnail);
	}

	private static String avatar(Member member, String dataUrl) {
		JsonNode user = expect(200, member.app().put("/api/v1/update-user-avatar", "{\"avatar\":\"" + dataUrl + "\"}"))
			.get("user");
		return user.get("avatar").get("public_id").asString();
	}

	private static String avatarOf(Member member) {
		return expect(200, member.app().get("/api/v1/me")).get("user").get("avatar").get("public_id").asString();
	}

	private static String thumbnail(JsonNode course) {
		return course.get("thumbnail").get("public_id").asString();
	}

	private static List<String> refusedDestroys() {
		return destroyRequests(503);
	}

	private static List<String> acceptedDestroys() {
		return destroyRequests(200);
	}

	/** The public ids of destroy calls answered with this status, 0 for any. */
	private static List<String> destroyRequests(int status) {
		return cloudinary.requests()
			.stream()
			.filter((request) -> "destroy".equals(request.action()))
			.filter((request) -> status == 0 || request.status() == status)
			.map((StubRequest request) -> request.param("public_id"))
			.toList();
	}

}
