package lms.localstack;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the command line of a child JVM that runs on the same JDK and class path as this
 * one.
 */
final class JavaCommand {

	private static final String LOG4J_BINDING = "log4j-slf4j2-impl-";

	/**
	 * What would fight the Log4j binding: a second SLF4J binding, or the bridge that
	 * sends Log4j back to SLF4J (log4j-slf4j2-impl refuses to start beside it).
	 */
	private static final List<String> FIGHTING_THE_LOG4J_BINDING = List.of("logback-classic-", "logback-core-",
			"log4j-to-slf4j-", "slf4j-simple-", "slf4j-reload4j-");

	private JavaCommand() {
	}

	static String executable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * {@code java <jvmOptions> -cp <this JVM's class path> <mainClass> <arguments>}.
	 */
	static List<String> mainClass(List<String> jvmOptions, String mainClass, String... arguments) {
		return onClasspath(jvmOptions, childClasspath(System.getProperty("java.class.path")), mainClass, arguments);
	}

	/** {@code java <jvmOptions> -cp <classpath> <mainClass> <arguments>}. */
	static List<String> onClasspath(List<String> jvmOptions, String classpath, String mainClass, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(executable());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classpath);
		command.add(mainClass);
		command.addAll(List.of(arguments));
		return command;
	}

	/**
	 * The class path's jars, without its directories (a JVM's AOT cache takes jars only).
	 */
	static String jarsOnly(String classpath) {
		return String.join(File.pathSeparator,
				Arrays.stream(classpath.split(File.pathSeparator)).filter((entry) -> entry.endsWith(".jar")).toList());
	}

	/**
	 * The class path with one SLF4J binding: Log4j when it is there (local-stack's own
	 * class path), else whatever the caller has, typically Logback in a Spring Boot test.
	 */
	static String childClasspath(String classpath) {
		List<String> entries = Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.toList();
		if (entries.stream().noneMatch((entry) -> jarName(entry).startsWith(LOG4J_BINDING))) {
			return String.join(File.pathSeparator, entries);
		}
		return String.join(File.pathSeparator,
				entries.stream()
					.filter((entry) -> FIGHTING_THE_LOG4J_BINDING.stream().noneMatch(jarName(entry)::startsWith))
					.toList());
	}

	private static String jarName(String entry) {
		Path fileName = Path.of(entry).getFileName();
		return (fileName != null) ? fileName.toString() : entry;
	}

}
