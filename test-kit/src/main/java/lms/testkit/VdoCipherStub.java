package lms.testkit;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;

/**
 * VdoCipher's OTP endpoint {@code POST /videos/{id}/otp}: answers {@code {otp,
 * playbackInfo}} for known videos, 404 for others; can fail or hold its answer until
 * released.
 */
public final class VdoCipherStub extends StubServer {

	public static final String API_SECRET = "vdo-test-secret";

	private final Set<String> videos = ConcurrentHashMap.newKeySet();

	private final List<String> requested = new CopyOnWriteArrayList<>();

	private final AtomicInteger failWith = new AtomicInteger();

	private volatile boolean anyVideo;

	private final AtomicReference<CountDownLatch> hold = new AtomicReference<>();

	public VdoCipherStub() {
		super("/videos/");
	}

	public void upload(String videoId) {
		this.videos.add(videoId);
	}

	/** Answers an OTP for every video id, uploaded or not (the local run's stand-in). */
	public VdoCipherStub acceptingAnyVideo() {
		this.anyVideo = true;
		return this;
	}

	public List<String> requested() {
		return List.copyOf(this.requested);
	}

	public void failWith(int status) {
		this.failWith.set(status);
	}

	/** Answers nothing until {@link #recover()}, so the caller times out. */
	public void hang() {
		this.hold.set(new CountDownLatch(1));
	}

	public void recover() {
		this.failWith.set(0);
		CountDownLatch latch = this.hold.getAndSet(null);
		if (latch != null) {
			latch.countDown();
		}
	}

	@Override
	protected void handle(HttpExchange exchange) throws IOException {
		CountDownLatch latch = this.hold.get();
		if (latch != null) {
			awaitRelease(latch);
		}
		String path = exchange.getRequestURI().getPath();
		String videoId = path.substring("/videos/".length(), path.length() - "/otp".length());
		if (!("Apisecret " + API_SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			reply(exchange, 403, "{\"message\":\"Invalid API secret\"}");
		}
		else if (this.failWith.get() != 0) {
			reply(exchange, this.failWith.get(), "{\"message\":\"VdoCipher is down\"}");
		}
		else if (!this.anyVideo && !this.videos.contains(videoId)) {
			reply(exchange, 404, "{\"message\":\"Video not found\"}");
		}
		else {
			this.requested.add(videoId);
			reply(exchange, 200, "{\"otp\":\"otp-" + videoId + "\",\"playbackInfo\":\"info-" + videoId + "\"}");
		}
	}

	private static void awaitRelease(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
