package io.custodian.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.LongConsumer;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The database's own bulk path into the production {@code events} table: PostgreSQL {@code COPY events (...) FROM
 * STDIN}, H2 {@code INSERT INTO events (...) SELECT * FROM CSVREAD(...)}. Events are generated in chunks; only the
 * database's work is timed (generating a chunk and, for H2, writing its CSV file are not).
 */
public final class BulkLoad {

	/** Rows and database seconds. */
	public record Result(long rows, double seconds) {

		public double rowsPerSecond() {
			return rows / seconds;
		}
	}

	private BulkLoad() {
	}

	/** Rows per COPY / CSVREAD statement (one transaction each): H2 slows down sharply with larger transactions. */
	public static int defaultChunk(BenchDatabases db) {
		return (int) BenchDatabases.env("BENCH_LOAD_CHUNK", db.postgres() ? 100_000 : 20_000);
	}

	public static Result load(BenchDatabases db, SyntheticEvents events, int chunkRows, Path scratch,
			LongConsumer progress) throws SQLException, IOException {
		var chunk = new StringBuilder(chunkRows * 420);
		long[] rows = { 0 };
		long[] nanos = { 0 };
		int[] inChunk = { 0 };
		Files.createDirectories(scratch);
		var csv = scratch.resolve("chunk.csv");
		try (var connection = db.connect()) {
			connection.setAutoCommit(false);
			Runnable flush = () -> {
				try {
					if (db.postgres()) {
						var bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
						long start = System.nanoTime();
						new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(
								"COPY events (" + SyntheticEvents.COLUMN_LIST + ") FROM STDIN", new ByteArrayInputStream(bytes),
								1 << 20);
						connection.commit();
						nanos[0] += System.nanoTime() - start;
					}
					else {
						Files.writeString(csv, chunk, StandardCharsets.UTF_8);
						long start = System.nanoTime();
						try (var s = connection.createStatement()) {
							s.executeUpdate("INSERT INTO events (" + SyntheticEvents.COLUMN_LIST + ") SELECT * FROM CSVREAD('"
									+ csv.toAbsolutePath() + "', NULL, 'charset=UTF-8')");
						}
						connection.commit();
						nanos[0] += System.nanoTime() - start;
					}
				}
				catch (SQLException | IOException e) {
					throw new IllegalStateException("Bulk load failed", e);
				}
				rows[0] += inChunk[0];
				inChunk[0] = 0;
				chunk.setLength(0);
				progress.accept(rows[0]);
			};
			events.generate(e -> {
				if (inChunk[0] == 0 && !db.postgres()) {
					chunk.append(SyntheticEvents.csvHeader());
				}
				if (db.postgres()) {
					SyntheticEvents.copyText(e, chunk);
				}
				else {
					SyntheticEvents.csv(e, chunk);
				}
				if (++inChunk[0] == chunkRows) {
					flush.run();
				}
			});
			if (inChunk[0] > 0) {
				flush.run();
			}
		}
		finally {
			Files.deleteIfExists(csv);
		}
		return new Result(rows[0], nanos[0] / 1e9);
	}
}
