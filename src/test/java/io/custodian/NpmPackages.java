package io.custodian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Published npm packages, unchanged, fetched with {@code npm pack} and unpacked under {@code target/anchor-trackers}
 * at test time; a test asking for one is skipped with a message when npm or the registry cannot be reached.
 */
public final class NpmPackages {

	private static final Path HOME = Path.of("target", "anchor-trackers");

	private NpmPackages() {
	}

	/**
	 * The unpacked package's root directory (the tarball's {@code package/}); {@code spec} is {@code name@version},
	 * {@code archive} the tarball's name as npm writes it.
	 */
	public static Path unpacked(String spec, String archive) {
		var directory = HOME.resolve(archive.replace(".tgz", ""));
		var root = directory.resolve("package");
		try {
			if (!Files.exists(root.resolve("package.json"))) {
				Files.createDirectories(directory);
				run(List.of("npm", "pack", spec, "--pack-destination", HOME.toAbsolutePath().toString()), spec);
				run(List.of("tar", "xzf", HOME.resolve(archive).toAbsolutePath().toString(), "-C",
						directory.toAbsolutePath().toString()), spec);
			}
			return root.toAbsolutePath();
		}
		catch (IOException e) {
			Assumptions.abort("Cannot get " + spec + " from npm (offline?): " + e.getMessage());
			return null;
		}
	}

	/** Whether {@code node} runs here; tests that need it are skipped with this message otherwise. */
	public static void assumeNode() {
		try {
			var process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			Assumptions.assumeTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0,
					"node is not installed: apt-get install -y nodejs");
		}
		catch (IOException e) {
			Assumptions.abort("node is not installed (apt-get install -y nodejs): " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			Assumptions.abort("Interrupted while looking for node");
		}
	}

	private static void run(List<String> command, String spec) throws IOException {
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			var finished = process.waitFor(180, TimeUnit.SECONDS);
			var output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
