package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The MongoDB stand-in: mongo-java-server keeping its data in an H2 file, in this JVM.
 */
public final class MongoStandIn {

	private final Path file;

	private final int port;

	private H2Backend backend;

	private MongoServer server;

	/**
	 * @param file the H2 store file; created when missing
	 * @param port the port to bind on 127.0.0.1
	 */
	public MongoStandIn(Path file, int port) {
		this.file = file;
		this.port = port;
	}

	public String uri(String database) {
		return "mongodb://127.0.0.1:" + this.port + "/" + database;
	}

	public int port() {
		return this.port;
	}

	public synchronized boolean isRunning() {
		return this.server != null;
	}

	public synchronized void start() {
		if (isRunning()) {
			return;
		}
		PortProbe.requireFree(this.port, "the MongoDB stand-in");
		createParent();
		this.backend = new HelloAnsweringH2Backend(this.file.toString());
		this.server = new MongoServer(this.backend);
		this.server.bind("127.0.0.1", this.port);
	}

	/**
	 * Closes the connections and the store; everything written stays in the file.
	 */
	public synchronized void stop() {
		if (this.server != null) {
			this.server.shutdownNow();
			this.backend.close();
			this.server = null;
			this.backend = null;
		}
	}

	private void createParent() {
		try {
			Files.createDirectories(this.file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
