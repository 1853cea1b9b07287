package io.custodian.collect.web.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import io.custodian.NpmPackages;

/**
 * The anchors' own published trackers, unchanged, as their npm packages ship them ({@link NpmPackages}); tests using
 * them are skipped with a message when npm or the registry cannot be reached.
 */
final class AnchorTrackers {

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
		var file = NpmPackages.unpacked(spec, archive).resolve(inside.substring("package/".length()));
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
