package lms.kit.deadletter;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lms.kit.web.ApiException;

/**
 * The dead letters of a group that still wait: the records of its dead-letter topics that
 * no operator has replayed or discarded yet.
 */
class DeadLetterInbox {

	private final DeadLetterSources sources;

	private final DeadLetterReader reader;

	private final DeadLetterLedger ledger;

	private final DeadLetterProperties properties;

	DeadLetterInbox(DeadLetterSources sources, DeadLetterReader reader, DeadLetterLedger ledger,
			DeadLetterProperties properties) {
		this.sources = sources;
		this.reader = reader;
		this.ledger = ledger;
		this.properties = properties;
	}

	/** 404 for a group this service does not run. */
	void requireGroup(String group) {
		this.sources.of(group);
	}

	/** Waiting dead letters of the group, oldest first. */
	List<DeadLetterRecord> waiting(String group) {
		List<DeadLetterRecord> all = this.sources.of(group)
			.stream()
			.flatMap((source) -> this.reader.all(source.deadLetterTopic(), this.properties.maxScan())
				.stream()
				.map((record) -> new DeadLetterRecord(source, record)))
			.toList();
		Map<String, Resolution> resolved = this.ledger.resolutions(group,
				all.stream().map(DeadLetterRecord::id).toList());
		return all.stream()
			.filter((letter) -> !resolved.containsKey(letter.id().toString()))
			.sorted(Comparator.comparingLong((DeadLetterRecord letter) -> letter.record().timestamp()))
			.toList();
	}

	/** The dead letter, waiting or resolved; 404 when the topic no longer holds it. */
	DeadLetterRecord find(String group, String text) {
		DeadLetterId id = DeadLetterId.parse(text);
		DeadLetterSource source = this.sources.of(group, id.topic());
		return this.reader.one(source.deadLetterTopic(), id.partition(), id.offset())
			.map((record) -> new DeadLetterRecord(source, record))
			.orElseThrow(() -> ApiException.notFound("Dead letter not found"));
	}

	/** How many of the source's dead letters wait, without reading them. */
	long waitingCount(DeadLetterSource source) {
		String topic = source.deadLetterTopic();
		return this.reader.offsets(topic)
			.entrySet()
			.stream()
			.mapToLong((partition) -> partition.getValue().size()
					- this.ledger.resolvedFrom(topic, partition.getKey(), partition.getValue().begin()))
			.sum();
	}

}
