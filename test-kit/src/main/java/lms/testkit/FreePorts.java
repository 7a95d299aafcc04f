package lms.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks free TCP ports on the loopback interface, for the test kit's servers and the
 * local stack.
 */
public final class FreePorts {

	/**
	 * Every port handed out in this JVM: stacks that start at once (the system tests'
	 * lanes) pick their ports before they bind them, and the kernel may offer a port
	 * picked but not yet bound a second time.
	 */
	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private FreePorts() {
	}

	/** One free port. */
	public static int next() {
		return pick(1).get(0);
	}

	/** Distinct free ports. */
	public static List<Integer> pick(int count) {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			// All sockets stay open until every port is known, so no port is handed out
			// twice.
			List<Integer> ports = new ArrayList<>();
			while (ports.size() < count) {
				ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				sockets.add(socket);
				if (HANDED_OUT.add(socket.getLocalPort())) {
					ports.add(socket.getLocalPort());
				}
			}
			return List.copyOf(ports);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not find free ports", ex);
		}
		finally {
			sockets.forEach(FreePorts::closeQuietly);
		}
	}

	/**
	 * A free port below Linux's ephemeral range (32768 and up), for a server that binds
	 * long after the pick: an outgoing connection of any process can take an ephemeral
	 * port meanwhile, a port below that range only a server.
	 */
	public static int pickBelowEphemeral() {
		int start = 20000 + ThreadLocalRandom.current().nextInt(12000);
		for (int i = 0; i < 12000; i++) {
			int port = 20000 + (start - 20000 + i) % 12000;
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				if (HANDED_OUT.add(port)) {
					return port;
				}
			}
			catch (IOException ex) {
				// taken: try the next one
			}
		}
		throw new UncheckedIOException(new IOException("No free port between 20000 and 32000"));
	}

	private static void closeQuietly(ServerSocket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// nothing to do: the port is free again either way
		}
	}

}
