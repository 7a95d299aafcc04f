package lms.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine is, for messages about slow starts: a loaded machine, not a hung
 * service, is the usual reason.
 */
final class MachineLoad {

	private static final Path LOADAVG = Path.of("/proc/loadavg");

	private MachineLoad() {
	}

	/** The 1-minute load average and the core count, e.g. "7.52 on 2 cores". */
	static String describe() {
		String cores = Runtime.getRuntime().availableProcessors() + " cores";
		try {
			String[] fields = Files.readString(LOADAVG).trim().split("\\s+");
			return fields[0] + " on " + cores;
		}
		catch (IOException | RuntimeException ex) {
			return "unknown on " + cores;
		}
	}

}
