package io.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JVM options a benchmark starts a service with. */
final class ServiceJvm {

	private ServiceJvm() {
	}

	/** With {@code -Dbench.profile=true}, the service records a Java Flight Recording next to its log. */
	static List<String> options(String service, Path logs) {
		List<String> options = new ArrayList<>(List.of("-Xmx768m", "-XX:+UseParallelGC"));
		if (Boolean.getBoolean("bench.profile")) {
			Path recording = logs.resolve(service + ".jfr");
			options.add("-XX:StartFlightRecording=settings=profile,filename=" + recording);
			System.out.println("      profiling " + service + " into " + recording);
		}
		return options;
	}
}
