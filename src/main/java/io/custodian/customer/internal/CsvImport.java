package io.custodian.customer.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.custodian.customer.CustomerField;
import io.custodian.customer.FieldSource;
import io.custodian.customer.ImportReport;
import io.custodian.customer.ImportReport.RejectedRow;
import io.custodian.customer.NewCustomer;
import io.custodian.system.InvalidInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.web.ErrorResponseException;

/** Imports customers from CSV with a header row; each bad row is rejected with its field and reason. */
final class CsvImport {

	private static final Set<String> META_COLUMNS = Set.of("purposes", "consentedPurposes");

	private final int maxRows;

	CsvImport(int maxRows) {
		this.maxRows = maxRows;
	}

	ImportReport run(Reader csv, boolean dryRun, Consumer<NewCustomer> register, Predicate<String> emailExists) {
		try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get().parse(csv)) {
			checkHeader(parser.getHeaderNames());
			var rejected = new ArrayList<RejectedRow>();
			var seen = new HashSet<String>();
			int rows = 0;
			int imported = 0;
			for (var record : parser) {
				rows++;
				if (rows > maxRows) {
					throw new InvalidInput("file", "has more than " + maxRows + " rows; split it");
				}
				var line = (int) record.getRecordNumber() + 1;
				if (accept(record, line, rejected, seen, register, emailExists)) {
					imported++;
				}
			}
			if (dryRun) {
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			}
			return new ImportReport(rows, imported, dryRun, rejected);
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
			throw new InvalidInput("file", "is not readable CSV: " + firstLine(e.getMessage()));
		}
	}

	private boolean accept(CSVRecord record, int line, List<RejectedRow> rejected, Set<String> seen,
			Consumer<NewCustomer> register, Predicate<String> emailExists) {
		if (!record.isConsistent()) {
			rejected.add(new RejectedRow(line, "row", "has " + record.size() + " columns; the header has "
					+ record.getParser().getHeaderNames().size()));
			return false;
		}
		var values = record.toMap();
		var email = values.getOrDefault("email", "").toLowerCase(Locale.ROOT);
		if (!seen.add(email) && !email.isEmpty()) {
			rejected.add(new RejectedRow(line, "email", "appears earlier in this file"));
			return false;
		}
		if (!email.isEmpty() && emailExists.test(email)) {
			rejected.add(new RejectedRow(line, "email", "a customer with this email already exists"));
			return false;
		}
		try {
			register.accept(toCustomer(values));
			return true;
		}
		catch (InvalidInput e) {
			e.errors().forEach(error -> rejected.add(new RejectedRow(line, error.field(), error.reason())));
		}
		catch (ErrorResponseException e) {
			rejected.add(new RejectedRow(line, "row", e.getBody().getDetail()));
		}
		return false;
	}

	private static NewCustomer toCustomer(Map<String, String> row) {
		var attributes = new HashMap<String, String>();
		row.forEach((column, value) -> {
			if (column.startsWith(CustomerField.ATTRIBUTE_PREFIX) && !value.isEmpty()) {
				attributes.put(column.substring(CustomerField.ATTRIBUTE_PREFIX.length()), value);
			}
		});
		return new NewCustomer(blankToNull(row.get("email")), blankToNull(row.get("name")), blankToNull(row.get("phone")),
				blankToNull(row.get("company")), blankToNull(row.get("postalAddress")), blankToNull(row.get("country")),
				blankToNull(row.get("preferredLanguage")), attributes, FieldSource.IMPORT.id(), list(row.get("purposes")),
				list(row.get("consentedPurposes")));
	}

	private static void checkHeader(List<String> header) {
		if (!header.contains("email")) {
			throw new InvalidInput("file", "the header row must name an 'email' column");
		}
		var unknown = header.stream()
			.filter(c -> CustomerField.fromKey(c).isEmpty() && !META_COLUMNS.contains(c)
					&& !c.startsWith(CustomerField.ATTRIBUTE_PREFIX))
			.toList();
		if (!unknown.isEmpty()) {
			throw new InvalidInput("file", "unknown columns " + unknown + "; use customer fields, purposes, "
					+ "consentedPurposes or attributes.<name>");
		}
	}

	private static List<String> list(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split("[;|]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String firstLine(String message) {
		return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
	}
}
