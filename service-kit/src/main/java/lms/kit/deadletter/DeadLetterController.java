package lms.kit.deadletter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lms.kit.security.AuthenticatedUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins' view of this service's dead letters, per consumer group: list what waits, show
 * one (secrets masked), replay one or all to the group's handlers, discard one or all,
 * and what was done by whom. The gateway routes {@code /api/v1/dead-letters/<group>} to
 * the service whose name starts the group's.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
record DeadLetterController(DeadLetterInbox inbox, DeadLetterActions actions, DeadLetterLedger ledger,
		DeadLetterProperties properties, JsonMapper json) {

	@GetMapping("/{group}")
	ResponseEntity<Map<String, Object>> list(AuthenticatedUser user, @PathVariable String group) {
		user.requireAdmin();
		List<DeadLetterRecord> waiting = this.inbox.waiting(group);
		List<DeadLetter> newestFirst = waiting.reversed()
			.stream()
			.limit(this.properties.listLimit())
			.map(DeadLetterRecord::summary)
			.toList();
		return answer("group", group, "waiting", waiting.size(), "deadLetters", newestFirst);
	}

	@GetMapping("/{group}/history")
	ResponseEntity<Map<String, Object>> history(AuthenticatedUser user, @PathVariable String group) {
		user.requireAdmin();
		this.inbox.requireGroup(group);
		return answer("group", group, "resolutions", this.ledger.history(group, this.properties.listLimit()));
	}

	@GetMapping("/{group}/{id}")
	ResponseEntity<Map<String, Object>> show(AuthenticatedUser user, @PathVariable String group,
			@PathVariable String id) {
		user.requireAdmin();
		DeadLetterRecord letter = this.inbox.find(group, id);
		Map<String, Object> shown = new LinkedHashMap<>(this.json.convertValue(letter.summary(), Map.class));
		shown.put("payload", Redaction.payload(letter.record().value(), this.json));
		this.ledger.resolution(group, letter.id()).ifPresent((resolution) -> shown.put("resolution", resolution));
		return answer("deadLetter", shown);
	}

	@PostMapping("/{group}/{id}/replay")
	ResponseEntity<Map<String, Object>> replay(AuthenticatedUser user, @PathVariable String group,
			@PathVariable String id) {
		user.requireAdmin();
		return answer("resolution", this.actions.replay(group, id, user.userId()));
	}

	@PostMapping("/{group}/replay")
	ResponseEntity<Map<String, Object>> replayAll(AuthenticatedUser user, @PathVariable String group) {
		user.requireAdmin();
		return bulk(this.actions.replayAll(group, user.userId()));
	}

	@DeleteMapping("/{group}/{id}")
	ResponseEntity<Map<String, Object>> discard(AuthenticatedUser user, @PathVariable String group,
			@PathVariable String id) {
		user.requireAdmin();
		return answer("resolution", this.actions.discard(group, id, user.userId()));
	}

	@DeleteMapping("/{group}")
	ResponseEntity<Map<String, Object>> discardAll(AuthenticatedUser user, @PathVariable String group) {
		user.requireAdmin();
		return bulk(this.actions.discardAll(group, user.userId()));
	}

	private static ResponseEntity<Map<String, Object>> bulk(DeadLetterActions.BulkResult result) {
		return answer("resolutions", result.done(), "failed", result.failed(), "failures", result.failures());
	}

	/** Admin answers are never cached. */
	private static ResponseEntity<Map<String, Object>> answer(Object... pairs) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("success", true);
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

}
