package lms.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server with its in-memory backend, on 127.0.0.1 and a free port. Only what
 * mongo-java-server supports works: no transactions, TTL and non-unique indexes are
 * accepted but do nothing.
 * <p>
 * {@link #stop()} closes the port and every client connection; {@link #start()} listens
 * again on the same port. The data survives the outage.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final String HOST = "127.0.0.1";

	private static final JvmShared<EmbeddedMongo> SHARED = new JvmShared<>("embedded-mongo", EmbeddedMongo::create);

	private final RetainedMemoryBackend backend = new RetainedMemoryBackend();

	private final int port = FreePorts.next();

	private MongoServer server;

	private EmbeddedMongo() {
		start();
	}

	/**
	 * The server shared by every test of this JVM, started on first use.
	 * @return the shared server
	 */
	public static EmbeddedMongo shared() {
		return SHARED.get();
	}

	/**
	 * A started server of the caller's own; the caller closes it.
	 * @return a new running server
	 */
	public static EmbeddedMongo create() {
		return new EmbeddedMongo();
	}

	public int port() {
		return this.port;
	}

	/**
	 * The connection string for one database.
	 * @param database the database name
	 * @return {@code mongodb://127.0.0.1:<port>/<database>}
	 */
	public String uri(String database) {
		return "mongodb://%s:%d/%s".formatted(HOST, this.port, database);
	}

	public void dropDatabase(String database) {
		this.backend.dropDatabase(database);
	}

	public synchronized void start() {
		if (this.server == null) {
			this.server = new MongoServer(this.backend);
			this.server.bind(HOST, this.port);
		}
	}

	public synchronized void stop() {
		if (this.server != null) {
			this.server.shutdownNow();
			this.server = null;
		}
	}

	@Override
	public synchronized void close() {
		stop();
		this.backend.discard();
	}

	/**
	 * Keeps its databases when a server shuts down, so that data outlives an outage, and
	 * answers {@code hello} (Boot's Mongo health indicator sends it; mongo-java-server
	 * 1.47 knows only its old name {@code isMaster}).
	 */
	private static final class RetainedMemoryBackend extends MemoryBackend {

		@Override
		public Document handleCommand(Channel channel, String database, String command, Document query) {
			return MongoHello.handle(command, (name) -> super.handleCommand(channel, database, name, query));
		}

		@Override
		public void close() {
		}

		void discard() {
			super.close();
		}

	}

}
