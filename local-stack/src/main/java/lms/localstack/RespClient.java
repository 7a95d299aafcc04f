package lms.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends one command to Redis and reads its reply; enough to check that Redis answers
 * without pulling in a client library.
 */
public final class RespClient {

	private RespClient() {
	}

	/**
	 * Returns the reply: a simple string, an error (starting with "-"), an integer as
	 * text, a bulk string, or null for a missing value.
	 */
	public static String call(int port, String... command) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
			socket.setSoTimeout(2000);
			OutputStream out = socket.getOutputStream();
			out.write(encode(command));
			out.flush();
			return read(new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)));
		}
	}

	private static byte[] encode(String... command) {
		StringBuilder resp = new StringBuilder("*").append(command.length).append("\r\n");
		for (String part : command) {
			resp.append('$').append(part.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
			resp.append(part).append("\r\n");
		}
		return resp.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String read(BufferedReader in) throws IOException {
		String line = in.readLine();
		if (line == null || line.isEmpty()) {
			throw new IOException("Redis closed the connection without a reply");
		}
		return switch (line.charAt(0)) {
			case '+', ':' -> line.substring(1);
			case '-' -> line;
			case '$' -> line.equals("$-1") ? null : in.readLine();
			default -> throw new IOException("Unexpected Redis reply: " + line);
		};
	}

}
