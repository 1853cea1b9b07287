package io.custodian.disclosure.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.custodian.disclosure.DisclosureResult;
import org.apache.commons.csv.CSVFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Tables as CSV; cells a spreadsheet would run as a formula are prefixed with an apostrophe. */
final class DisclosureCsv {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private DisclosureCsv() {
	}

	static ResponseEntity.BodyBuilder of(DisclosureResult result) {
		return attachment("disclosure-" + (result.disclosureId() == null ? "none" : result.disclosureId()) + ".csv");
	}

	static ResponseEntity.BodyBuilder attachment(String filename) {
		return ResponseEntity.ok().contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
	}

	static String body(DisclosureResult result) {
		var header = new ArrayList<String>();
		header.add("id");
		header.addAll(result.fields());
		var rows = result.customers().stream().map(c -> header.stream().map(c::get).toList()).toList();
		return table(header, rows);
	}

	static String table(List<String> header, List<List<String>> rows) {
		var out = new StringWriter();
		try (var printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out)) {
			printer.printRecord(header);
			for (var row : rows) {
				printer.printRecord(row.stream().map(DisclosureCsv::safe).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	static String safe(String cell) {
		if (cell == null) {
			return "";
		}
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}
}
