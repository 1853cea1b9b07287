package io.custodian.history.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.history.AnchorExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --import=plausible --site=… --file=…} as an operator runs it: the report printed, the file left alone. */
@CustodianTest
class HistoryCommandIntegrationTests {

	@Autowired
	HistoryCommand command;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void importsAFileAndPrintsItsReport() throws Exception {
		var site = site();
		var days = AnchorExports.expected(AnchorExports.visits());
		var file = Files.createTempFile("plausible-export", ".zip");
		Files.write(file, AnchorExports.plausible(days));
		var out = new ByteArrayOutputStream();
		int code = command.execute(new DefaultApplicationArguments("--import=plausible", "--site=" + site,
				"--file=" + file), new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported plausible-export")
			.contains("1 skipped").contains("column visitors");
		assertThat(file).exists();
		var day = AnchorExports.FIRST.plusDays(1);
		var summary = json.readTree(Api.asAdmin(mvc).get("/api/v1/analytics/{site}/summary?from={d}&to={d}", site, day,
				day).exchange().getResponse().getContentAsByteArray()).get("current");
		assertThat(summary.get("visitors").asLong()).isEqualTo(days.get(day).visitors());
		assertThat(summary.get("pageviews").asLong()).isEqualTo(days.get(day).pageviews());
		Files.delete(file);
	}

	@Test
	void explainsItsUsageAndRefusals() throws Exception {
		var out = new ByteArrayOutputStream();
		var print = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertThat(command.execute(new DefaultApplicationArguments("--import=piwik", "--site=x", "--file=y"), print))
			.isEqualTo(2);
		var file = Files.createTempFile("broken", ".zip");
		Files.write(file, new byte[] { 'P', 'K', 3, 4, 0 });
		assertThat(command.execute(new DefaultApplicationArguments("--import=umami", "--site=" + UUID.randomUUID(),
				"--file=" + file), print)).isEqualTo(1);
		assertThat(command.execute(new DefaultApplicationArguments("--import=umami", "--site=" + site(),
				"--file=" + file), print)).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:").contains("does not exist")
			.contains("not a readable zip archive");
		Files.delete(file);
	}

	private String site() throws Exception {
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["cmd-%s.example"],"timeZone":"Europe/Berlin"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString();
	}
}
