package vn.tuyengiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * How to launch this same jar again: the running java binary and {@code -jar} with our
 * class path.
 */
final class Subprocess {

	private Subprocess() {
	}

	static List<String> javaJar(String... args) {
		String javaBin = ProcessHandle.current().info().command().orElse("java");
		String cp = System.getProperty("java.class.path", "");
		Path jar = Paths.get(cp).toAbsolutePath();
		if (cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar") || !Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					"start-up and generator timings need the packaged jar: java -jar target/tuyengiao.jar bench …");
		}
		List<String> cmd = new ArrayList<>(List.of(javaBin, "-jar", jar.toString()));
		cmd.addAll(List.of(args));
		return cmd;
	}

	/**
	 * The README's one command, {@code ./run} beside {@code target/} (extracted jar,
	 * class-data-sharing archive, C1 in evaluation mode), prepared once here so the timed
	 * starts do not include the build or the archive; empty when this jar has no such
	 * script beside it.
	 */
	static List<String> readmeLauncher() throws java.io.IOException, InterruptedException {
		Path jar = Paths.get(javaJar().get(2));
		Path script = jar.getParent() == null || jar.getParent().getParent() == null ? null
				: jar.getParent().getParent().resolve("run");
		if (script == null || !Files.isExecutable(script)) {
			return List.of();
		}
		Process prepare = new ProcessBuilder(script.toString(), "--prepare").inheritIO().start();
		if (prepare.waitFor() != 0) {
			throw new IllegalStateException(script + " --prepare failed");
		}
		return List.of(script.toString());
	}

	static void deleteTree(Path dir) {
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (Exception ignored) {
			// temp files left behind are harmless
		}
	}

}
