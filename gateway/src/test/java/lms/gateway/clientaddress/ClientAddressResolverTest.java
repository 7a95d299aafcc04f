package lms.gateway.clientaddress;

import java.net.InetSocketAddress;
import java.util.List;

import lms.gateway.clientaddress.ClientAddressProperties.ForwardedHeader;
import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressResolverTest {

	static final List<String> PROXIES = List.of("10.0.0.0/8", "2001:db8:ffff::/48");

	final ClientAddressResolver xForwardedFor = resolver(ForwardedHeader.X_FORWARDED_FOR);

	final ClientAddressResolver forwarded = resolver(ForwardedHeader.FORWARDED);

	@Test
	void withoutTrustedProxiesThePeerIsTheClientWhateverItClaims() {
		ClientAddressResolver none = new ClientAddressResolver(
				new ClientAddressProperties(List.of(), ForwardedHeader.X_FORWARDED_FOR, List.of()));

		ClientAddress client = none
			.resolve(from("10.1.2.3", "X-Forwarded-For", "198.51.100.7", "X-Forwarded-Proto", "https"));

		assertThat(client.text()).isEqualTo("10.1.2.3");
		assertThat(client.secure()).isFalse();
	}

	@Test
	void anUntrustedPeerIsTheClientWhateverItClaims() {
		ClientAddress client = this.xForwardedFor.resolve(from("203.0.113.9", "X-Forwarded-For", "198.51.100.7"));

		assertThat(client.text()).isEqualTo("203.0.113.9");
	}

	@Test
	void aTrustedProxyNamesTheClientAndItsScheme() {
		ClientAddress client = this.xForwardedFor
			.resolve(from("10.1.2.3", "X-Forwarded-For", "198.51.100.7", "X-Forwarded-Proto", "https"));

		assertThat(client.text()).isEqualTo("198.51.100.7");
		assertThat(client.secure()).isTrue();
	}

	@Test
	void whatTheClientWroteLeftOfItsOwnAddressIsIgnored() {
		ClientAddress client = this.xForwardedFor
			.resolve(from("10.1.2.3", "X-Forwarded-For", "1.1.1.1, 203.0.113.50, 10.9.9.9"));

		assertThat(client.text()).isEqualTo("203.0.113.50");
	}

	@Test
	void aChainOfTrustedProxiesIsWalkedToTheFirstUntrustedHop() {
		ClientAddress client = this.xForwardedFor
			.resolve(from("10.1.2.3", "X-Forwarded-For", "198.51.100.7", "X-Forwarded-For", "10.4.4.4"));

		assertThat(client.text()).isEqualTo("198.51.100.7");
	}

	@Test
	void whenEveryHopIsTrustedTheFarthestIsTheClient() {
		ClientAddress client = this.xForwardedFor.resolve(from("10.1.2.3", "X-Forwarded-For", "10.7.7.7, 10.8.8.8"));

		assertThat(client.text()).isEqualTo("10.7.7.7");
	}

	@Test
	void aHopThatIsNotAnAddressStopsAtTheLastTrustedOne() {
		ClientAddress client = this.xForwardedFor
			.resolve(from("10.1.2.3", "X-Forwarded-For", "198.51.100.7, unknown, 10.8.8.8"));

		assertThat(client.text()).isEqualTo("10.8.8.8");
	}

	@Test
	void aTrustedProxyWithoutHeaderIsItself() {
		assertThat(this.xForwardedFor.resolve(from("10.1.2.3")).text()).isEqualTo("10.1.2.3");
	}

	@Test
	void schemesAlignedWithTheHopsDescribeEachHop() {
		ClientAddress client = this.xForwardedFor
			.resolve(from("10.1.2.3", "X-Forwarded-For", "198.51.100.7, 10.8.8.8", "X-Forwarded-Proto", "https, http"));

		assertThat(client.secure()).isTrue();
	}

	@Test
	void addressesWithPortsAndIpv6AreRead() {
		assertThat(this.xForwardedFor.resolve(from("10.1.2.3", "X-Forwarded-For", "198.51.100.7:5123")).text())
			.isEqualTo("198.51.100.7");
		assertThat(this.xForwardedFor.resolve(from("2001:db8:ffff::1", "X-Forwarded-For", "[2001:db8:1::7]:443"))
			.limitKey()).isEqualTo("2001:db8:1:0:0:0:0:0/64");
	}

	@Test
	void theForwardedHeaderIsReadOnlyWhenConfigured() {
		MockServerHttpRequest request = from("10.1.2.3", "Forwarded",
				"for=198.51.100.7;proto=https, for=\"[2001:db8:1::7]\";proto=http", "X-Forwarded-For", "1.1.1.1");

		assertThat(this.forwarded.resolve(request).text()).isEqualTo("2001:db8:1:0:0:0:0:7");
		assertThat(this.xForwardedFor.resolve(request).text()).isEqualTo("1.1.1.1");
	}

	@Test
	void theForwardedHeaderGivesTheChosenHopsScheme() {
		ClientAddress client = this.forwarded
			.resolve(from("10.1.2.3", "Forwarded", "for=198.51.100.7;proto=https;by=10.1.2.3"));

		assertThat(client.text()).isEqualTo("198.51.100.7");
		assertThat(client.secure()).isTrue();
	}

	@Test
	void aTrustedProxyListThatIsNotAddressesFailsAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("proxy.example.com")))
			.withMessageContaining("proxy.example.com");
		assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33")));
	}

	private static ClientAddressResolver resolver(ForwardedHeader header) {
		return new ClientAddressResolver(new ClientAddressProperties(PROXIES, header, List.of()));
	}

	private static MockServerHttpRequest from(String peer, String... headers) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/get-courses")
			.remoteAddress(new InetSocketAddress(java.net.InetAddress.ofLiteral(peer), 40000));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request.build();
	}

}
