package lms.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The CPU time a process has used so far, from {@code /proc/<pid>/stat}.
 */
final class ProcessCpu {

	/** The kernel's clock ticks per second ({@code getconf CLK_TCK}), 100 on Linux. */
	private static final long TICKS_PER_SECOND = 100;

	private ProcessCpu() {
	}

	/** User plus system time of every thread; zero when the process is gone. */
	static Duration of(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// The command name in parentheses may hold spaces: count fields after it.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
		}
		catch (IOException | RuntimeException ex) {
			return Duration.ZERO;
		}
	}

}
