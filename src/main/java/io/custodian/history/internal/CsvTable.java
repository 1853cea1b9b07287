package io.custodian.history.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV or TSV file of an upload with a header row: comma-separated with double quotes (PostgreSQL's
 * {@code COPY … CSV HEADER}, ClickHouse's CSVWithNames), or tab-separated with backslash escapes (MySQL's
 * {@code --batch} output) when the name ends in .tsv or the header holds tabs and no comma. Column names are matched
 * without regard to case.
 */
final class CsvTable implements Iterable<Row>, AutoCloseable {

	private final String file;

	private final CSVParser parser;

	private final Map<String, Integer> columns;

	private CsvTable(String file, CSVParser parser, Map<String, Integer> columns) {
		this.file = file;
		this.parser = parser;
		this.columns = columns;
	}

	/** Opens the file and checks that its header names every required column. */
	static CsvTable open(Upload upload, String file, List<String> required) {
		try {
			var reader = new BufferedReader(new InputStreamReader(upload.open(file), StandardCharsets.UTF_8));
			reader.mark(64 * 1024);
			var firstLine = reader.readLine();
			reader.reset();
			if (firstLine == null || firstLine.isBlank()) {
				reader.close();
				throw new ImportFailure(file, 1, null, "is empty: a header row is required");
			}
			var parser = format(file, firstLine).parse(reader);
			var columns = new TreeMap<String, Integer>(String.CASE_INSENSITIVE_ORDER);
			parser.getHeaderMap().forEach((name, index) -> columns.put(name.strip().replace("\uFEFF", ""), index));
			for (var column : required) {
				if (!columns.containsKey(column)) {
					parser.close();
					throw new ImportFailure(file, 1, column, "is missing from the header (found: "
							+ String.join(", ", columns.keySet()) + ")");
				}
			}
			return new CsvTable(file, parser, columns);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException e) {
			throw new ImportFailure(file, 1, null, "has no readable header row");
		}
	}

	/** How many data rows the file holds (it is read once for this). */
	static long count(Upload upload, String file) {
		try (var table = open(upload, file, List.of())) {
			long rows = 0;
			for (var ignored : table) {
				rows++;
			}
			return rows;
		}
	}

	String file() {
		return file;
	}

	boolean has(String column) {
		return columns.containsKey(column);
	}

	@Override
	public Iterator<Row> iterator() {
		var records = parser.iterator();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				try {
					return records.hasNext();
				}
				catch (UncheckedIOException | IllegalStateException e) {
					throw new ImportFailure(file, parser.getRecordNumber() + 2, null, "is not valid CSV here: "
							+ firstLine(e.getMessage()));
				}
			}

			@Override
			public Row next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				CSVRecord record = records.next();
				return new Row(file, record.getRecordNumber() + 1, record, columns);
			}
		};
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException e) {
			// read only
		}
	}

	private static CSVFormat format(String file, String firstLine) {
		var tabs = file.toLowerCase(Locale.ROOT).endsWith(".tsv")
				|| (firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0);
		var base = tabs ? CSVFormat.MYSQL.builder().setNullString(null) : CSVFormat.DEFAULT.builder();
		return base.setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		var line = message.lines().findFirst().orElse(message);
		return line.length() > 200 ? line.substring(0, 200) : line;
	}
}
