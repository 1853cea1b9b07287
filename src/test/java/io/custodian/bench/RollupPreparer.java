package io.custodian.bench;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Step (b) of the dashboard benchmark: bring the analytics rollups up to date for the loaded events, the way the
 * analytics module's incremental job would, and say what was done (shown in the table).
 * <p>
 * HOOK for the analytics module (branch {@code analytics}): implement this interface (for example by running the
 * rollup job's service over {@code from..to}, or by calling its HTTP trigger and waiting until it has caught up), then
 * select it with {@code BENCH_ROLLUPS=<fully qualified class name>} (or make it the default in {@link #selected()}).
 * Its time is reported as "rollups: time to build"; queries should then go through {@code BENCH_DASHBOARD=api}.
 */
public interface RollupPreparer {

	/** Prepares rollups; returns a short status such as "built 90 days" or one starting with "pending". */
	String prepare(BenchDatabases db, UUID site, LocalDate from, LocalDate to) throws Exception;

	static RollupPreparer selected() throws ReflectiveOperationException {
		var name = System.getenv("BENCH_ROLLUPS");
		if (name == null || name.isBlank() || name.equals("none")) {
			return new Pending();
		}
		return (RollupPreparer) Class.forName(name).getDeclaredConstructor().newInstance();
	}

	/** Today: no analytics module on this branch, so nothing to prepare. */
	final class Pending implements RollupPreparer {

		@Override
		public String prepare(BenchDatabases db, UUID site, LocalDate from, LocalDate to) {
			// TODO(analytics): replace with the analytics module's rollup job once branch 'analytics' is merged
			System.out.println("  TODO rollups: pending analytics module; dashboard queries run on raw events");
			return "pending analytics module";
		}
	}
}
