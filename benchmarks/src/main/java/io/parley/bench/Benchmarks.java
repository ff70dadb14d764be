package io.parley.bench;

import io.parley.test.SharedKafka;

/** Entry point of {@code ./bench.sh <name>}: runs one benchmark, then stops what it started and exits. */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		String name = args.length == 0 ? "" : args[0];
		switch (name) {
			case "gateway" -> GatewayBenchmark.run(args);
			case "ingest" -> IngestBenchmark.run(args);
			case "analysis" -> AnalysisBenchmark.run(args);
			case "delivery" -> DeliveryBenchmark.run(args);
			case "routing" -> RoutingBenchmark.run(args);
			case "insights" -> InsightsBenchmark.run(args);
			default -> {
				System.err.println("Usage: ./bench.sh gateway|ingest [requests] [concurrency] | analysis [count] "
						+ "[all-minilm-l6-v2-q|all-minilm-l6-v2] | delivery [backlog] [rate] | routing [messages] [tenants] | insights");
				System.exit(2);
			}
		}
		SharedKafka.stop();
		System.exit(0);
	}
}
