package lms.media.asset;

import java.time.Clock;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The record of stored images and their owners.
 */
@Component
public class Assets {

	private final MongoTemplate mongo;

	private final Clock clock;

	Assets(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Asset record(String publicId, String url, String purpose, String ownerType, String ownerId, String store) {
		return this.mongo
			.insert(new Asset(publicId, url, purpose, ownerType, ownerId, store, this.clock.instant(), null));
	}

	public Optional<Asset> find(String publicId) {
		return Optional.ofNullable(this.mongo.findById(publicId, Asset.class));
	}

	public void markDeleted(String publicId) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(publicId)),
				new Update().set("deletedAt", this.clock.instant()), Asset.class);
	}

}
