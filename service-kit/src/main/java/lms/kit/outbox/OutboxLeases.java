package lms.kit.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Claims on documents with pending outbox entries, so that of several relay replicas one
 * publishes a document's entries. A claim is a lease in the document itself
 * ({@code outboxLease: {owner, until}}) set by a conditional update; it is released with
 * the removal of the published entries, or lapses when its relay died.
 */
class OutboxLeases {

	static final String FIELD = "outboxLease";

	private static final String OWNER = FIELD + ".owner";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final OutboxProperties properties;

	OutboxLeases(MongoTemplate mongo, Clock clock, OutboxProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Claims up to a batch of documents that have pending entries and no live lease:
	 * candidates are read, then leased in one conditional update under a token of this
	 * claim, then read back by that token, so concurrent relays end up with disjoint
	 * sets.
	 */
	Claim claim(String collection) {
		Instant now = this.clock.instant();
		Query candidates = new Query(pendingAndFree(now)).limit(this.properties.batchSize());
		candidates.fields().include("_id");
		List<Object> ids = this.mongo.find(candidates, Document.class, collection)
			.stream()
			.map((document) -> document.get("_id"))
			.toList();
		Instant until = now.plus(this.properties.lease());
		Claim claim = new Claim(collection, UUID.randomUUID().toString(), until);
		if (ids.isEmpty()) {
			return claim;
		}
		Update lease = new Update().set(FIELD, new Document("owner", claim.token()).append("until", Date.from(until)));
		this.mongo.updateMulti(new Query(Criteria.where("_id").in(ids).andOperator(pendingAndFree(now))), lease,
				collection);
		Query mine = Query.query(Criteria.where(OWNER).is(claim.token()));
		mine.fields().include(OutboxEntry.FIELD);
		return claim.with(this.mongo.find(mine, Document.class, collection));
	}

	/** Whether a send started now would still end well inside the claim's lease. */
	boolean stillHeld(Claim claim) {
		return this.clock.instant().plus(this.properties.lease().dividedBy(2)).isBefore(claim.until());
	}

	/**
	 * Removes the published entries and ends the lease in one update; if the lease was
	 * lost meanwhile, the entries are still removed (their new holder may send them
	 * again; consumers deduplicate).
	 */
	void complete(Claim claim, Object id, List<String> sentEntryIds) {
		Update done = new Update().unset(FIELD);
		if (!sentEntryIds.isEmpty()) {
			done.pull(OutboxEntry.FIELD, new Document("eventId", new Document("$in", sentEntryIds)));
		}
		Query held = Query.query(Criteria.where("_id").is(id).and(OWNER).is(claim.token()));
		if (this.mongo.updateFirst(held, done, claim.collection()).getMatchedCount() == 0 && !sentEntryIds.isEmpty()) {
			Update pull = new Update().pull(OutboxEntry.FIELD,
					new Document("eventId", new Document("$in", sentEntryIds)));
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), pull, claim.collection());
		}
	}

	/** Gives documents of a claim back unpublished, for any relay's next pass. */
	void release(Claim claim, Collection<Object> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).and(OWNER).is(claim.token())),
				new Update().unset(FIELD), claim.collection());
	}

	private static Criteria pendingAndFree(Instant now) {
		return Criteria.where(OutboxEntry.FIELD + ".0")
			.exists(true)
			.orOperator(Criteria.where(FIELD).exists(false), Criteria.where(FIELD + ".until").lt(Date.from(now)));
	}

	/** The documents one claim holds, with their pending entries as read. */
	record Claim(String collection, String token, Instant until, List<Document> documents) {

		Claim(String collection, String token, Instant until) {
			this(collection, token, until, List.of());
		}

		Claim with(List<Document> claimed) {
			return new Claim(this.collection, this.token, this.until, claimed);
		}

	}

}
