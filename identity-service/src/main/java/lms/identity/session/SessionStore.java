package lms.identity.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Sessions in Redis: a hash per session ({@code lms:session:<id>}) and the set of a
 * user's session ids ({@code lms:user-sessions:<userId>}), both with the sliding
 * lifetime.
 */
@Component
class SessionStore {

	private static final String SESSION = "lms:session:";

	private static final String USER_SESSIONS = "lms:user-sessions:";

	private static final RedisScript<Long> ROTATE = RedisScript.of("""
			if redis.call('HGET', KEYS[1], 'g') == ARGV[1] then
			  redis.call('HSET', KEYS[1], 'g', ARGV[2], 't', ARGV[3])
			  return 1
			end
			return 0""", Long.class);

	private final StringRedisTemplate redis;

	private final SessionProperties properties;

	SessionStore(StringRedisTemplate redis, SessionProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	void create(Session session) {
		String key = SESSION + session.id();
		this.redis.opsForHash()
			.putAll(key,
					Map.of("u", session.userId(), "r", session.role(), "k",
							Base64.getEncoder().encodeToString(session.key()), "g", Long.toString(session.generation()),
							"t", millis(session.rotatedAt()), "c", millis(session.createdAt())));
		this.redis.opsForSet().add(USER_SESSIONS + session.userId(), session.id());
		touch(session);
	}

	Optional<Session> find(String sessionId) {
		Map<Object, Object> fields = this.redis.opsForHash().entries(SESSION + sessionId);
		if (fields.isEmpty() || !fields.containsKey("u") || !fields.containsKey("k")) {
			return Optional.empty();
		}
		return Optional.of(new Session(sessionId, (String) fields.get("u"), (String) fields.get("r"),
				Base64.getDecoder().decode((String) fields.get("k")), Long.parseLong((String) fields.get("g")),
				instant(fields.get("t")), instant(fields.get("c"))));
	}

	/** Moves the session to the next generation unless another request did first. */
	boolean rotate(Session session, Instant now) {
		Long done = this.redis.execute(ROTATE, List.of(SESSION + session.id()), Long.toString(session.generation()),
				Long.toString(session.generation() + 1), millis(now));
		return done != null && done == 1L;
	}

	/** Extends the session's lifetime (sliding expiry). */
	void touch(Session session) {
		this.redis.expire(SESSION + session.id(), this.properties.lifetime());
		this.redis.expire(USER_SESSIONS + session.userId(), this.properties.lifetime());
	}

	/** The ids of the user's live sessions. */
	List<String> sessionIdsOf(String userId) {
		Set<String> ids = this.redis.opsForSet().members(USER_SESSIONS + userId);
		List<String> live = new ArrayList<>();
		for (String id : (ids != null) ? ids : Set.<String>of()) {
			if (Boolean.TRUE.equals(this.redis.hasKey(SESSION + id))) {
				live.add(id);
			}
			else {
				this.redis.opsForSet().remove(USER_SESSIONS + userId, id);
			}
		}
		return live;
	}

	boolean exists(String sessionId, String userId) {
		Object owner = this.redis.opsForHash().get(SESSION + sessionId, "u");
		return userId.equals(owner);
	}

	void delete(String userId, List<String> sessionIds) {
		if (sessionIds.isEmpty()) {
			return;
		}
		this.redis.delete(sessionIds.stream().map((id) -> SESSION + id).toList());
		this.redis.opsForSet().remove(USER_SESSIONS + userId, sessionIds.toArray());
	}

	private static String millis(Instant instant) {
		return Long.toString(instant.toEpochMilli());
	}

	private static Instant instant(Object millis) {
		return (millis != null) ? Instant.ofEpochMilli(Long.parseLong((String) millis)) : Instant.EPOCH;
	}

}
