package io.parley.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service started from its executable jar as a child process, its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

	/** Small heaps and a quick-starting JIT: several services share one developer machine. */
	static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-Xss512k", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final String name;
	private final int port;
	private final Process process;
	private final Path logFile;

	private ServiceProcess(String name, int port, Process process, Path logFile) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.logFile = logFile;
	}

	public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDir)
			throws IOException {
		return start(name, jar, port, environment, logDir, JVM_OPTIONS);
	}

	/** With JVM options of the caller's choosing, e.g. a fully optimising JIT for a benchmark. */
	public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDir,
			List<String> jvmOptions) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IOException("No executable jar for " + name + " at " + jar
					+ ": build it first with ./mvnw -DskipTests package");
		}
		Files.createDirectories(logDir);
		Path logFile = logDir.resolve(name + ".log");
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		ProcessBuilder builder = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(logFile.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("PORT", String.valueOf(port));
		return new ServiceProcess(name, port, builder.start(), logFile);
	}

	/** The executable jar Maven built for a module: {@code <module>/target/<module>-<version>-exec.jar}. */
	public static Path executableJar(Path projectRoot, String module) throws IOException {
		Path target = projectRoot.resolve(module).resolve("target");
		if (Files.isDirectory(target)) {
			try (var jars = Files.list(target)) {
				var found = jars.filter(path -> path.getFileName().toString().startsWith(module + "-")
						&& path.getFileName().toString().endsWith("-exec.jar")).findFirst();
				if (found.isPresent()) {
					return found.get();
				}
			}
		}
		return target.resolve(module + "-exec.jar");
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** True once the service's readiness group answers UP. */
	public boolean isReady() {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/health/readiness"))
				.timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	public String name() {
		return name;
	}

	public int port() {
		return port;
	}

	public long pid() {
		return process.pid();
	}

	public String url() {
		return "http://localhost:" + port;
	}

	public Path logFile() {
		return logFile;
	}

	/** The last lines the service wrote, to show why it stopped. */
	public List<String> tailOfLog(int lines) {
		try {
			List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
			return all.subList(Math.max(0, all.size() - lines), all.size());
		}
		catch (IOException ex) {
			return List.of("(could not read " + logFile + ": " + ex.getMessage() + ")");
		}
	}

	/** Asks the service to shut down gracefully, and ends it after the grace period. */
	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}
}
