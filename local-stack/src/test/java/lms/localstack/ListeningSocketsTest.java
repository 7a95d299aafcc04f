package lms.localstack;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ListeningSocketsTest {

	@Test
	void readsIpv4AndIpv6AddressesAsTheKernelWritesThem() {
		assertThat(ListeningSockets.address("0100007F:1F90")).isEqualTo(new InetSocketAddress("127.0.0.1", 8080));
		assertThat(ListeningSockets.address("00000000:2382")).isEqualTo(new InetSocketAddress("0.0.0.0", 9090));
		assertThat(ListeningSockets.address("00000000000000000000000001000000:2383"))
			.isEqualTo(new InetSocketAddress("::1", 9091));
		assertThat(ListeningSockets.address("0000000000000000FFFF00000100007F:2384"))
			.isEqualTo(new InetSocketAddress("127.0.0.1", 9092));
		assertThat(ListeningSockets.address("00000000000000000000000000000000:2385").getAddress().isAnyLocalAddress())
			.isTrue();
	}

	@Test
	void onlyListeningSocketsCount(@TempDir Path directory) throws Exception {
		Path table = Files.writeString(directory.resolve("tcp"), """
				  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
				   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4711 1 0
				   1: 0100007F:C350 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        0 4712 1 0
				""");
		assertThat(ListeningSockets.listening(table)).containsOnlyKeys(4711L)
			.containsEntry(4711L, new InetSocketAddress("127.0.0.1", 8080));
	}

}
