package lms.systemtest;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.testkit.StripeStub;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM to all five services at once, as {@code docker compose down} or a rolling
 * update sends it: each process exits within 10 s, the logins identity-service was
 * hashing when the signal came are answered, the admin's notification stream is closed,
 * and no consumer is left in a group (each left instead of waiting out its session). It
 * stops a stack of its own, never the one the other faults break.
 */
@ResourceLock(Lanes.FAULTS)
@Tag("fault")
class GracefulStopFaultIT {

	private static final Duration BOUND = Duration.ofSeconds(10);

	private static final int BATCH = 8;

	private static final int HELD_AT_SIGNAL = 3;

	@AutoClose
	static LocalStack stack;

	static Accounts accounts;

	@BeforeAll
	static void startSystem() {
		stack = SystemStack.startAlone(SystemStack.builder("graceful-stop", new StripeStub())::start);
		accounts = new Accounts(stack);
		accounts.awaitSignInOpen();
	}

	@Test
	void everyServiceStopsWithinTenSecondsFinishingRequestsInFlightClosingStreamsAndLeavingItsGroups()
			throws Exception {
		Member member = accounts.newMember("Graceful Stop");
		assertThat(loginsBeingHandled()).as("logins before any was sent").isZero();
		CompletableFuture<Long> streamEnded = openNotificationStream(accounts.admin().accessToken());
		List<CompletableFuture<Answer>> logins = loginsHeldByIdentity(member);

		long signalled = System.nanoTime();
		Map<LmsService, Duration> stopTimes = stopAllAtOnce();

		assertThat(stopTimes).hasSize(LmsService.values().length)
			.allSatisfy((service, took) -> assertThat(took).as(service + " stop").isLessThan(BOUND));
		assertThat(logins).allSatisfy((login) -> assertThat(login.get().status()).isEqualTo(200));
		assertThat(logins).as("logins still hashing when SIGTERM came")
			.anySatisfy((login) -> assertThat(login.get().answeredAt()).isGreaterThan(signalled));
		assertThat(streamEnded.get(BOUND.toSeconds(), TimeUnit.SECONDS)).isGreaterThan(signalled);
		assertThat(membersLeftInConsumerGroups()).isEmpty();
	}

	/**
	 * Logins sent in batches until identity-service holds every one not answered yet and
	 * a few still wait for their hash: a connection still in the kernel's accept queue
	 * when the signal comes is refused, as it should be, and is not a request in flight;
	 * a batch all answered before that is followed by another.
	 */
	private static List<CompletableFuture<Answer>> loginsHeldByIdentity(Member member) {
		List<CompletableFuture<Answer>> logins = new CopyOnWriteArrayList<>();
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20)).until(() -> {
			if (logins.stream().allMatch(CompletableFuture::isDone)) {
				for (int i = 0; i < BATCH; i++) {
					logins.add(logIn(member, logins.size()));
				}
				return false;
			}
			long answered = logins.stream().filter(CompletableFuture::isDone).count();
			double held = loginsBeingHandled();
			return held >= HELD_AT_SIGNAL && answered + held >= logins.size();
		});
		return List.copyOf(logins);
	}

	/** Identity's active {@code POST} requests, from its management port. */
	private static double loginsBeingHandled() {
		return Scrape.of(stack, LmsService.IDENTITY)
			.sum("http_server_requests_active_seconds_gcount", Map.of("method", "POST"));
	}

	/**
	 * One login of the member from loopback address {@code 127.0.0.(10 + client)}: each
	 * from an address of its own, as identity counts logins in flight per account and
	 * address.
	 */
	private static CompletableFuture<Answer> logIn(Member member, int client) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(stack.serviceUrl(LmsService.IDENTITY) + "/api/v1/login"))
			.header("content-type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":%s,\"password\":%s}"
				.formatted(Replies.quote(member.email()), Replies.quote(member.password()))))
			.build();
		// a client per request: each login its own connection
		return HttpClient.newBuilder()
			.localAddress(loopback(10 + client))
			.build()
			.sendAsync(request, HttpResponse.BodyHandlers.ofString())
			.thenApply((response) -> new Answer(response.statusCode(), System.nanoTime()));
	}

	private static InetAddress loopback(int last) {
		try {
			return InetAddress.getByAddress(new byte[] { 127, 0, 0, (byte) last });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Completes with the time the stream ended, once its first bytes arrived. */
	private static CompletableFuture<Long> openNotificationStream(String adminToken) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(stack.serviceUrl(LmsService.NOTIFICATION) + "/api/v1/notifications/stream"))
			.header("access-token", adminToken)
			.header("accept", "text/event-stream")
			.GET()
			.build();
		HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
			.get(1, TimeUnit.MINUTES);
		assertThat(response.statusCode()).isEqualTo(200);
		return CompletableFuture.supplyAsync(() -> {
			try (var lines = response.body()) {
				lines.forEach((line) -> {
				});
			}
			catch (UncheckedIOException ex) {
				// a stream cut rather than closed ends here too; the time still counts
			}
			return System.nanoTime();
		});
	}

	private static Map<LmsService, Duration> stopAllAtOnce() throws InterruptedException {
		Map<LmsService, Duration> took = Collections.synchronizedMap(new EnumMap<>(LmsService.class));
		List<Thread> stopping = Arrays.stream(LmsService.values()).map((service) -> Thread.ofPlatform().start(() -> {
			long begin = System.nanoTime();
			stack.stopService(service);
			took.put(service, Duration.ofNanos(System.nanoTime() - begin));
		})).toList();
		for (Thread thread : stopping) {
			thread.join(Duration.ofMinutes(1));
		}
		return took;
	}

	/** Consumers of the stopped services still listed in a group: none left it then. */
	private static Map<String, Integer> membersLeftInConsumerGroups() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
			Set<String> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups())
				.all()
				.get(30, TimeUnit.SECONDS)
				.stream()
				.map(GroupListing::groupId)
				.collect(Collectors.toSet());
			assertThat(groups).as("the services' consumer groups, still known to the broker").isNotEmpty();
			Collection<ConsumerGroupDescription> described = admin.describeConsumerGroups(groups)
				.all()
				.get(30, TimeUnit.SECONDS)
				.values();
			return described.stream()
				.filter((group) -> !group.members().isEmpty())
				.collect(Collectors.toMap(ConsumerGroupDescription::groupId, (group) -> group.members().size()));
		}
	}

	private record Answer(int status, long answeredAt) {
	}

}
