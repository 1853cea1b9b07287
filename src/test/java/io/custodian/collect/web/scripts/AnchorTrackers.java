package io.custodian.collect.web.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The anchors' own published trackers, unchanged, as their npm packages ship them: fetched with {@code npm pack} into
 * {@code target/anchor-trackers} at test time; tests using them are skipped with a message when npm or the registry
 * cannot be reached.
 */
final class AnchorTrackers {

	private static final Path HOME = Path.of("target", "anchor-trackers");

	private AnchorTrackers() {
	}

	/** Umami's browser tracker (plain script) from the {@code umami} package. */
	static String umami() {
		return file("umami@2.10.0", "umami-2.10.0.tgz", "package/src/tracker/index.js");
	}

	/** Plausible's official npm tracker (an ES module with {@code init} and {@code track}). */
	static String plausible() {
		return file("@plausible-analytics/tracker@0.4.6", "plausible-analytics-tracker-0.4.6.tgz", "package/plausible.js");
	}

	/** The files of the older {@code plausible-tracker} package's ES module build, by path under {@code build/module}. */
	static java.util.Map<String, String> legacyPlausible() {
		var files = new java.util.LinkedHashMap<String, String>();
		for (var name : List.of("index.js", "lib/tracker.js", "lib/request.js")) {
			files.put(name, file("plausible-tracker@0.3.9", "plausible-tracker-0.3.9.tgz", "package/build/module/" + name));
		}
		return files;
	}

	private static String file(String spec, String archive, String inside) {
		var directory = HOME.resolve(archive.replace(".tgz", ""));
		var file = directory.resolve(inside);
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(directory);
				run(List.of("npm", "pack", spec, "--pack-destination", HOME.toAbsolutePath().toString()), spec);
				run(List.of("tar", "xzf", HOME.resolve(archive).toAbsolutePath().toString(), "-C",
						directory.toAbsolutePath().toString()), spec);
			}
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			Assumptions.abort("Cannot get " + spec + " from npm (offline?): " + e.getMessage());
			return null;
		}
	}

	private static void run(List<String> command, String spec) throws IOException {
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			var finished = process.waitFor(180, TimeUnit.SECONDS);
			var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			Assumptions.assumeTrue(finished && process.exitValue() == 0,
					() -> "Cannot get " + spec + " from npm (offline?): " + output);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			Assumptions.abort("Interrupted while fetching " + spec);
		}
		finally {
			process.destroyForcibly();
		}
	}
}
