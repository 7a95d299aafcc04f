package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks distinct free ports on the loopback interface.
 */
final class FreePorts {

	private FreePorts() {
	}

	static List<Integer> pick(int count) {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			// All sockets stay open until every port is known, so no port is handed out
			// twice.
			for (int i = 0; i < count; i++) {
				sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
			}
			return sockets.stream().map(ServerSocket::getLocalPort).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not find free ports", ex);
		}
		finally {
			sockets.forEach(FreePorts::closeQuietly);
		}
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
