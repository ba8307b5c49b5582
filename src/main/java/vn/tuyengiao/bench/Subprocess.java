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

	static void deleteTree(Path dir) {
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (Exception ignored) {
			// temp files left behind are harmless
		}
	}

}
