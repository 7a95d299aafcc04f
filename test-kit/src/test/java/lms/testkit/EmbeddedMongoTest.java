package lms.testkit;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMongoTest {

	@AutoClose
	private final EmbeddedMongo mongo = EmbeddedMongo.create();

	@Test
	void storesAndFindsDocumentsThroughTheMongoDriver() {
		assertThat(this.mongo.uri("kit")).isEqualTo("mongodb://127.0.0.1:" + this.mongo.port() + "/kit");
		try (MongoClient client = MongoClients.create(this.mongo.uri("kit"))) {
			MongoCollection<Document> courses = client.getDatabase("kit").getCollection("courses");
			courses.insertOne(new Document("_id", "c1").append("title", "Kafka 101"));

			assertThat(courses.find(new Document("_id", "c1")).first()).containsEntry("title", "Kafka 101");
		}
	}

	@Test
	void comesBackOnTheSamePortWithItsDataAfterAnOutage() {
		String uri = this.mongo.uri("kit") + "?serverSelectionTimeoutMS=1000";
		try (MongoClient client = MongoClients.create(uri)) {
			MongoCollection<Document> courses = client.getDatabase("kit").getCollection("courses");
			courses.insertOne(new Document("_id", "c1"));

			this.mongo.stop();
			assertThatThrownBy(() -> courses.countDocuments()).isInstanceOf(MongoException.class);

			this.mongo.start();
			assertThat(courses.countDocuments()).isEqualTo(1);
		}
	}

}
