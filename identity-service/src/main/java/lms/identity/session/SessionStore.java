package lms.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
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
 * lifetime, never beyond the session's absolute end.
 */
@Component
class SessionStore {

	private static final String SESSION = "lms:session:";

	private static final String USER_SESSIONS = "lms:user-sessions:";

	private static final RedisScript<Long> ROTATE = RedisScript.of("""
			if redis.call('HGET', KEYS[1], 'g') == ARGV[1] then
			  redis.call('HSET', KEYS[1], 'g', ARGV[2], 't', ARGV[3])
			  if ARGV[4] == '1' then redis.call('HSET', KEYS[1], 'b', '1') end
			  return 1
			end
			return 0""", Long.class);

	private final StringRedisTemplate redis;

	private final SessionProperties properties;

	private final Clock clock;

	private final LiveSessionCache liveCache;

	SessionStore(StringRedisTemplate redis, SessionProperties properties, Clock clock, LiveSessionCache live) {
		this.redis = redis;
		this.properties = properties;
		this.clock = clock;
		this.liveCache = live;
	}

	void create(Session session) {
		String key = SESSION + session.id();
		Map<String, String> fields = new HashMap<>();
		fields.put("u", session.userId());
		fields.put("r", session.role());
		fields.put("k", Base64.getEncoder().encodeToString(session.key()));
		fields.put("g", Long.toString(session.generation()));
		fields.put("t", millis(session.rotatedAt()));
		fields.put("c", millis(session.createdAt()));
		fields.put("a", session.origin().userAgent());
		fields.put("ip", session.origin().address());
		this.redis.opsForHash().putAll(key, fields);
		this.redis.opsForSet().add(USER_SESSIONS + session.userId(), session.id());
		touch(session);
	}

	Optional<Session> find(String sessionId) {
		Map<Object, Object> fields = this.redis.opsForHash().entries(SESSION + sessionId);
		if (fields.isEmpty() || !fields.containsKey("u") || !fields.containsKey("k")) {
			return Optional.empty();
		}
		Instant created = instant(fields.get("c"));
		return Optional.of(new Session(sessionId, (String) fields.get("u"), (String) fields.get("r"),
				Base64.getDecoder().decode((String) fields.get("k")), Long.parseLong((String) fields.get("g")),
				instant(fields.get("t")), created, (fields.get("l") != null) ? instant(fields.get("l")) : created,
				"1".equals(fields.get("b")), new SessionOrigin(text(fields.get("a")), text(fields.get("ip")))));
	}

	/** The user's live sessions. */
	List<Session> sessionsOf(String userId) {
		return sessionIdsOf(userId).stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.filter((session) -> session.userId().equals(userId))
			.toList();
	}

	/**
	 * Moves the session to the next generation unless another request did first;
	 * {@code byCookie} binds the session to cookies for good.
	 */
	boolean rotate(Session session, Instant now, boolean byCookie) {
		Long done = this.redis.execute(ROTATE, List.of(SESSION + session.id()), Long.toString(session.generation()),
				Long.toString(session.generation() + 1), millis(now), byCookie ? "1" : "0");
		return done != null && done == 1L;
	}

	/**
	 * Marks the session used now and extends its lifetime (sliding expiry), never beyond
	 * its absolute end.
	 */
	void touch(Session session) {
		Instant now = this.clock.instant();
		Duration left = Duration.between(now, session.createdAt().plus(this.properties.absoluteLifetime()));
		Duration ttl = (left.compareTo(this.properties.lifetime()) < 0) ? left : this.properties.lifetime();
		if (ttl.isNegative() || ttl.isZero()) {
			delete(session.userId(), List.of(session.id()));
			return;
		}
		this.redis.opsForHash().put(SESSION + session.id(), "l", millis(now));
		this.redis.expire(SESSION + session.id(), ttl);
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

	/**
	 * Whether the session is live and the user's: as Redis answered within the live
	 * cache's time to live, or as it answers now.
	 */
	boolean exists(String sessionId, String userId) {
		return userId.equals(this.liveCache.owner(sessionId, this::ownerInRedis));
	}

	private String ownerInRedis(String sessionId) {
		return (String) this.redis.opsForHash().get(SESSION + sessionId, "u");
	}

	void delete(String userId, List<String> sessionIds) {
		if (sessionIds.isEmpty()) {
			return;
		}
		this.redis.delete(sessionIds.stream().map((id) -> SESSION + id).toList());
		this.liveCache.forget(sessionIds);
		this.redis.opsForSet().remove(USER_SESSIONS + userId, sessionIds.toArray());
	}

	private static String millis(Instant instant) {
		return Long.toString(instant.toEpochMilli());
	}

	private static String text(Object value) {
		return (value != null) ? (String) value : "";
	}

	private static Instant instant(Object millis) {
		return (millis != null) ? Instant.ofEpochMilli(Long.parseLong((String) millis)) : Instant.EPOCH;
	}

}
