package lms.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, read from Linux's {@code /proc}: its open file
 * descriptors name socket inodes ({@code /proc/<pid>/fd}), and {@code /proc/net/tcp} and
 * {@code tcp6} give each listening inode's local address. What a process really bound,
 * whatever its arguments say.
 */
public final class ListeningSockets {

	private static final Path PROC = Path.of("/proc");

	private static final String LISTEN = "0A";

	private static final Pattern SOCKET_LINK = Pattern.compile("socket:\\[(\\d+)]");

	private ListeningSockets() {
	}

	/** Whether this machine has the {@code /proc} files the answer is read from. */
	public static boolean readable() {
		return Files.isReadable(PROC.resolve("net/tcp"));
	}

	/** The local addresses of the listening TCP sockets {@code pid} holds open. */
	public static List<InetSocketAddress> of(long pid) {
		Set<Long> inodes = socketInodes(pid);
		Map<Long, InetSocketAddress> listening = new HashMap<>();
		listening.putAll(listening(PROC.resolve("net/tcp")));
		listening.putAll(listening(PROC.resolve("net/tcp6")));
		return inodes.stream().filter(listening::containsKey).map(listening::get).toList();
	}

	private static Set<Long> socketInodes(long pid) {
		try (Stream<Path> descriptors = Files.list(PROC.resolve(Long.toString(pid)).resolve("fd"))) {
			return descriptors.map(ListeningSockets::linkTarget)
				.map(SOCKET_LINK::matcher)
				.filter(Matcher::matches)
				.map((socket) -> Long.parseLong(socket.group(1)))
				.collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the open files of process " + pid, ex);
		}
	}

	private static String linkTarget(Path descriptor) {
		try {
			return Files.readSymbolicLink(descriptor).toString();
		}
		catch (NoSuchFileException ex) {
			return "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Listening sockets by inode, from a table whose lines read {@code sl local_address
	 * rem_address st ... inode}.
	 */
	static Map<Long, InetSocketAddress> listening(Path table) {
		try {
			Map<Long, InetSocketAddress> listening = new HashMap<>();
			for (String line : Files.readAllLines(table).stream().skip(1).toList()) {
				String[] fields = line.trim().split("\\s+");
				if (fields.length > 9 && LISTEN.equals(fields[3])) {
					listening.put(Long.parseLong(fields[9]), address(fields[1]));
				}
			}
			return listening;
		}
		catch (NoSuchFileException ex) {
			return Map.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code 0100007F:1F90} is 127.0.0.1:8080: the address is hex in 32-bit words, each
	 * in the machine's (little-endian) byte order; the port is plain hex. IPv4-mapped
	 * IPv6 addresses come back as IPv4.
	 */
	static InetSocketAddress address(String hex) {
		String[] parts = hex.split(":");
		byte[] words = HexFormat.of().parseHex(parts[0]);
		byte[] address = new byte[words.length];
		for (int i = 0; i < words.length; i++) {
			address[i] = words[(i / 4) * 4 + 3 - i % 4];
		}
		try {
			return new InetSocketAddress(InetAddress.getByAddress(address), Integer.parseInt(parts[1], 16));
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Not an address: " + hex, ex);
		}
	}

}
