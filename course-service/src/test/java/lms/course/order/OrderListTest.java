package lms.course.order;

import lms.course.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OrderListTest extends OrderingTest {

	@Test
	void adminsListOrdersNewestFirstInTheOriginalShape() {
		String courseId = createCourse("Listed", "0");
		String first = newId();
		String second = newId();
		assertThat(user(first).post("/api/v1/create-order", order(courseId)).status()).isEqualTo(201);
		assertThat(user(second).post("/api/v1/create-order", order(courseId)).status()).isEqualTo(201);

		Api.Reply reply = admin().get("/api/v1/get-orders");

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(read(reply).get("success").asBoolean()).isTrue();
		JsonNode orders = read(reply).get("orders");
		assertThat(orders.get(0).get("userId").asString()).isEqualTo(second);
		assertThat(orders.get(1).get("userId").asString()).isEqualTo(first);
		assertThat(orders.get(0).get("courseId").asString()).isEqualTo(courseId);
		assertThat(orders.get(0).has("_id")).isTrue();
		assertThat(orders.get(0).has("payment_info")).isTrue();
		assertThat(orders.get(0).has("createdAt")).isTrue();
		assertThat(orders.get(0).has("outbox")).isFalse();
	}

	@Test
	void ordersArePagedWhenAsked() {
		String courseId = createCourse("Paged orders", "0");
		for (int i = 0; i < 3; i++) {
			assertThat(user(newId()).post("/api/v1/create-order", order(courseId)).status()).isEqualTo(201);
		}

		JsonNode firstPage = read(admin().get("/api/v1/get-orders?page=1&limit=2")).get("orders");
		JsonNode secondPage = read(admin().get("/api/v1/get-orders?page=2&limit=2")).get("orders");

		assertThat(firstPage).hasSize(2);
		assertThat(secondPage).isNotEmpty();
		assertThat(secondPage.get(0).get("_id").asString()).isNotEqualTo(firstPage.get(1).get("_id").asString());
		assertThat(admin().get("/api/v1/get-orders?page=0").status()).isEqualTo(400);
		assertThat(admin().get("/api/v1/get-orders?limit=1000").status()).isEqualTo(400);
	}

	@Test
	void onlyAdminsListOrders() {
		Api.Reply reply = user(newId()).get("/api/v1/get-orders");

		assertThat(reply.status()).isEqualTo(403);
		assertThat(read(reply).get("message").asString())
			.isEqualTo("Role: user is not allowed to access this resource");
	}

}
