package lms.testkit;

import java.util.function.Function;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The {@code hello} command for mongo-java-server's backends: MongoDB 5+ drivers and
 * Spring Boot's Mongo health indicator send it, and mongo-java-server 1.47 knows it only
 * by its old name {@code isMaster} (without this a service's readiness stays DOWN).
 */
public final class MongoHello {

	private MongoHello() {
	}

	/**
	 * Runs {@code command} on the backend, {@code hello} as {@code isMaster}.
	 * @param command the command's name
	 * @param backend runs a command of that name on the backend
	 * @return the backend's answer
	 */
	public static Document handle(String command, Function<String, Document> backend) {
		if (!"hello".equalsIgnoreCase(command)) {
			return backend.apply(command);
		}
		Document answer = backend.apply("isMaster");
		answer.put("isWritablePrimary", Boolean.TRUE);
		return answer;
	}

}
