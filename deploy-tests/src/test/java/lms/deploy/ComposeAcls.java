package lms.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.SecurityUtils;

/**
 * The ACLs of the compose broker ({@code deploy/compose/kafka/acls}, which kafka-start
 * applies with kafka-acls.sh), read into Kafka's own model: one binding per user,
 * operation and resource.
 */
final class ComposeAcls {

	private ComposeAcls() {
	}

	static List<AclBinding> all() {
		try {
			return Files.readAllLines(Repository.file("deploy/compose/kafka/acls"))
				.stream()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.flatMap((line) -> bindings(line.split("\\s+")).stream())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The names of the resources of a type on which the user may do the operation. */
	static Set<String> names(String user, ResourceType type, PatternType pattern, AclOperation operation) {
		Set<String> names = new TreeSet<>();
		all().stream()
			.filter((binding) -> binding.entry().principal().equals("User:" + user)
					&& binding.pattern().resourceType() == type && binding.pattern().patternType() == pattern
					&& binding.entry().operation() == operation)
			.forEach((binding) -> names.add(binding.pattern().name()));
		return names;
	}

	private static List<AclBinding> bindings(String[] fields) {
		ResourceType type = ResourceType.fromString(fields[1]);
		PatternType pattern = PatternType.fromString(fields[2].toUpperCase(Locale.ROOT));
		if (type == ResourceType.UNKNOWN || pattern == PatternType.UNKNOWN) {
			throw new IllegalArgumentException("Not an ACL line: " + String.join(" ", fields));
		}
		List<String> names = (type == ResourceType.CLUSTER) ? List.of("kafka-cluster")
				: Arrays.asList(fields).subList(4, fields.length);
		return Arrays.stream(fields[3].split(","))
			.map(SecurityUtils::operation)
			.flatMap((operation) -> names.stream()
				.map((name) -> new AclBinding(new ResourcePattern(type, name, pattern),
						new AccessControlEntry("User:" + fields[0], "*", operation, AclPermissionType.ALLOW))))
			.toList();
	}

}
