package vn.tuyengiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall time of
 * {@code java -jar target/tuyengiao.jar generate --members 1000000 --out DIR} (CSV),
 * three runs.
 */
final class GeneratorBench {

	private static final int RUNS = 3;

	private GeneratorBench() {
	}

	static Result run(BenchOptions o) throws Exception {
		long n = o.members();
		Result r = new Result("Bộ sinh dữ liệu / Generator speed");
		r.line("| Run | Load avg | Wall time (incl. JVM start) | Members/s | Output |");
		r.line("|---|---|---|---|---|");
		List<Double> times = new ArrayList<>();
		for (int i = 1; i <= RUNS; i++) {
			Path dir = Files.createTempDirectory("tuyengiao-bench-gen");
			try {
				String load = Stats.loadAverage();
				ProcessBuilder pb = new ProcessBuilder(Subprocess.javaJar("generate", "--members", Long.toString(n),
						"--out", dir.resolve("g").toString()))
					.redirectErrorStream(true)
					.redirectOutput(dir.resolve("log.txt").toFile());
				long t0 = System.nanoTime();
				int rc = pb.start().waitFor();
				double ms = (System.nanoTime() - t0) / 1e6;
				if (rc != 0) {
					throw new IllegalStateException(
							"generate exited " + rc + ": " + Files.readString(dir.resolve("log.txt")));
				}
				times.add(ms);
				long bytes = Files.size(dir.resolve("g/units.csv")) + Files.size(dir.resolve("g/members.csv"));
				r.line("| " + i + " | " + load + " | " + Stats.s(ms) + " s | " + Stats.n(Math.round(n / (ms / 1000)))
						+ " | " + Stats.n(bytes / 1048576) + " MB CSV |");
			}
			finally {
				Subprocess.deleteTree(dir);
			}
		}
		double median = Stats.median(times);
		r.line("");
		r.para("`java -jar target/tuyengiao.jar generate --members " + n + " --out /tmp/g`: median **" + Stats.s(median)
				+ " s**.");
		r.target("Generator: `generate --members " + Stats.n(n) + "` (CSV) wall time", "—", Stats.s(median) + " s",
				null);
		return r;
	}

}
