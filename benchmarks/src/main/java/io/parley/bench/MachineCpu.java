package io.parley.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

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

	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}
}
