package vn.tuyengiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latency summaries (nearest-rank percentiles) and small formatting helpers. */
record Stats(int n, double p50, double p95, double p99, double max, double mean) {

	static Stats of(List<Double> millis) {
		double[] a = millis.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(a);
		if (a.length == 0) {
			return new Stats(0, 0, 0, 0, 0, 0);
		}
		return new Stats(a.length, rank(a, 50), rank(a, 95), rank(a, 99), a[a.length - 1],
				Arrays.stream(a).average().orElse(0));
	}

	private static double rank(double[] sorted, double p) {
		int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
	}

	static double median(List<Double> values) {
		return of(values).p50();
	}

	static String ms(double millis) {
		return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
	}

	static String s(double millis) {
		return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
	}

	static String n(long v) {
		return String.format(Locale.ROOT, "%,d", v);
	}

	static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (Exception e) {
			return "?";
		}
	}

}
