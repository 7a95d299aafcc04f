package lms.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import lms.testkit.MongoHello;

/**
 * The H2-backed stand-in, also answering {@code hello}: MongoDB 5+ drivers and Spring
 * Boot's Mongo health indicator send it, and mongo-java-server 1.47 knows it only by its
 * old name {@code isMaster} (without this, every service's readiness stays DOWN).
 */
final class HelloAnsweringH2Backend extends H2Backend {

	HelloAnsweringH2Backend(String fileName) {
		super(fileName);
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		return MongoHello.handle(command, (name) -> super.handleCommand(channel, databaseName, name, query));
	}

}
