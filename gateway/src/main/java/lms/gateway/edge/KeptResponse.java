package lms.gateway.edge;

import java.util.Arrays;
import java.util.List;

import lms.kit.cache.EventPosition;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

/**
 * A forwarded answer on its way out, for an edge cache: the service tells in a header how
 * far into its events the answer is; the header goes no further, and a 200's bytes and
 * headers are handed to the cache before they are written.
 */
public final class KeptResponse extends ServerHttpResponseDecorator {

	private static final List<String> CORS_VARY = List.of(HttpHeaders.ORIGIN, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD,
			HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);

	private final String positionHeader;

	private final Keeper keeper;

	private KeptResponse(ServerHttpResponse response, String positionHeader, Keeper keeper) {
		super(response);
		this.positionHeader = positionHeader;
		this.keeper = keeper;
	}

	/** The response, whose 200 is handed to {@code keeper}. */
	public static ServerHttpResponse keeping(ServerHttpResponse response, String positionHeader, Keeper keeper) {
		return new KeptResponse(response, positionHeader, keeper);
	}

	/** The response without the position header, nothing kept. */
	public static ServerHttpResponse stripping(ServerHttpResponse response, String positionHeader) {
		return new KeptResponse(response, positionHeader, null);
	}

	/**
	 * A read-only copy of the headers named; of {@code Vary} only the service's names.
	 */
	public static HttpHeaders describing(HttpHeaders headers, List<String> names) {
		HttpHeaders kept = new HttpHeaders();
		for (String name : names) {
			List<String> values = name.equals(HttpHeaders.VARY) ? backendVary(headers) : headers.getOrEmpty(name);
			if (!values.isEmpty()) {
				kept.addAll(name, values);
			}
		}
		return HttpHeaders.readOnlyHttpHeaders(kept);
	}

	/**
	 * The {@code Vary} names the service sent: the gateway's CORS processing adds its own
	 * to every answer, a hit's included, so keeping them would repeat them on each hit.
	 */
	private static List<String> backendVary(HttpHeaders headers) {
		return headers.getOrEmpty(HttpHeaders.VARY)
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter((name) -> !name.isEmpty() && CORS_VARY.stream().noneMatch(name::equalsIgnoreCase))
			.distinct()
			.toList();
	}

	@Override
	public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
		EventPosition position = EventPosition.parse(getHeaders().getFirst(this.positionHeader));
		getHeaders().remove(this.positionHeader);
		if (this.keeper == null || getStatusCode() != HttpStatus.OK) {
			return super.writeWith(body);
		}
		return DataBufferUtils.join(body).flatMap((joined) -> {
			byte[] bytes = new byte[joined.readableByteCount()];
			joined.read(bytes);
			DataBufferUtils.release(joined);
			this.keeper.keep(getHeaders(), bytes, position);
			return super.writeWith(Mono.just(bufferFactory().wrap(bytes)));
		});
	}

	@Override
	public Mono<Void> setComplete() {
		getHeaders().remove(this.positionHeader);
		return super.setComplete();
	}

	/** Where a forwarded 200 is kept. */
	@FunctionalInterface
	public interface Keeper {

		void keep(HttpHeaders headers, byte[] body, EventPosition position);

	}

}
