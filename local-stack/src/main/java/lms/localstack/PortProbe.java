package lms.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Answers whether something listens on a loopback port.
 */
final class PortProbe {

	private PortProbe() {
	}

	static boolean isOpen(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Fails with a message a person can act on, instead of a bind error deep in a child
	 * process's log.
	 */
	static void requireFree(int port, String owner) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new LocalStackException("Port " + port + " for " + owner + " is already in use. Is another local "
					+ "stack still running? Stop it, or choose other ports (--random-ports).");
		}
	}

}
