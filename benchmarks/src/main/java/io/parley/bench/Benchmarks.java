package io.parley.bench;

/** Entry point of {@code ./bench.sh <name>}. */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		String name = args.length == 0 ? "" : args[0];
		switch (name) {
			case "gateway" -> GatewayBenchmark.main(args);
			case "ingest" -> IngestBenchmark.main(args);
			case "analysis" -> AnalysisBenchmark.main(args);
			case "delivery" -> DeliveryBenchmark.main(args);
			case "routing" -> RoutingBenchmark.main(args);
			case "insights" -> InsightsBenchmark.main(args);
			default -> {
				System.err.println("Usage: ./bench.sh gateway|ingest [requests] [concurrency] | analysis [count] "
						+ "[all-minilm-l6-v2-q|all-minilm-l6-v2] | delivery [backlog] [rate] | routing [messages] [tenants] | insights");
				System.exit(2);
			}
		}
	}
}
