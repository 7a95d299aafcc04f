package lms.course.support;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import lms.testkit.StubServer;

/**
 * identity-service's internal user port: answers the users a test added, 404 for deleted
 * ones, a default learner for any other id, or fails with a chosen status.
 */
public final class IdentityStub extends StubServer {

	private static final String PATH = "/internal/users/";

	private final Map<String, String> users = new ConcurrentHashMap<>();

	private final Set<String> deleted = ConcurrentHashMap.newKeySet();

	private final List<String> requested = new CopyOnWriteArrayList<>();

	private final AtomicInteger failWith = new AtomicInteger();

	private final List<String> tokens = new CopyOnWriteArrayList<>();

	public IdentityStub() {
		super(PATH);
	}

	public void add(String id, String name, String email, String avatarUrl) {
		String avatar = (avatarUrl != null) ? ",\"avatar\":{\"public_id\":\"avatars/x\",\"url\":\"" + avatarUrl + "\"}"
				: "";
		this.users.put(id, "{\"_id\":\"%s\",\"name\":\"%s\",\"email\":\"%s\",\"role\":\"user\"%s}".formatted(id, name,
				email, avatar));
	}

	public void delete(String id) {
		this.deleted.add(id);
	}

	/** The user ids asked for, in order. */
	public List<String> requested() {
		return List.copyOf(this.requested);
	}

	public void failWith(int status) {
		this.failWith.set(status);
	}

	public void recover() {
		this.failWith.set(0);
	}

	/** The bearer tokens the calls carried, in order. */
	public List<String> tokens() {
		return List.copyOf(this.tokens);
	}

	@Override
	protected void handle(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			reply(exchange, 401, "{\"success\":false,\"message\":\"Valid service credentials are required\"}");
			return;
		}
		this.tokens.add(authorization.substring("Bearer ".length()));
		String id = exchange.getRequestURI().getPath().substring(PATH.length());
		this.requested.add(id);
		int failure = this.failWith.get();
		if (failure != 0) {
			reply(exchange, failure, "{\"success\":false,\"message\":\"identity is down\"}");
		}
		else if (this.deleted.contains(id)) {
			reply(exchange, 404, "{\"success\":false,\"message\":\"User not found\"}");
		}
		else {
			reply(exchange, 200,
					this.users.getOrDefault(id,
							"{\"_id\":\"%s\",\"name\":\"Learner\",\"email\":\"%s@learners.test\",\"role\":\"user\"}"
								.formatted(id, id)));
		}
	}

}
