package io.custodian.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The Custodian processes a test starts, killed after it whatever its outcome. */
final class CustodianProcesses implements AfterEachCallback {

	private final List<CustodianProcess> started = new ArrayList<>();

	CustodianProcess start(Path dataDir, String databaseUrl, List<String> arguments) throws Exception {
		var process = CustodianProcess.start(dataDir, databaseUrl, arguments);
		started.add(process);
		return process;
	}

	@Override
	public void afterEach(ExtensionContext context) throws InterruptedException {
		for (var process : started) {
			process.kill();
		}
		started.clear();
	}
}
