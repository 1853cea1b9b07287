package io.custodian.history.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.custodian.history.HistoryImports;
import io.custodian.history.ImportFormat;
import io.custodian.history.ImportStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * {@code java -jar custodian.jar --import=plausible --site=SITE_ID --file=export.zip}: imports the file (left as it
 * is) into the site, prints the report and exits with 0 when it was imported, 1 when it was refused, 2 on bad usage.
 */
@Component
class HistoryCommand implements ApplicationRunner {

	private final HistoryImports imports;

	private final ApplicationContext context;

	private final boolean exit;

	HistoryCommand(HistoryImports imports, ApplicationContext context,
			@Value("${custodian.history.exit-after-command:true}") boolean exit) {
		this.imports = imports;
		this.context = context;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("import")) {
			return;
		}
		int code = execute(args, System.out);
		if (exit) {
			System.exit(SpringApplication.exit(context, () -> code));
		}
	}

	int execute(ApplicationArguments args, PrintStream out) {
		var format = ImportFormat.fromId(single(args, "import"));
		var site = single(args, "site");
		var file = single(args, "file");
		if (format.isEmpty() || site == null || file == null || !Files.isRegularFile(Path.of(file))) {
			out.println("Usage: --import=plausible|umami|matomo --site=SITE_ID --file=EXPORT (a readable file)");
			return 2;
		}
		try {
			var copy = Files.createTempFile("custodian-import-", ".upload");
			Files.copy(Path.of(file), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			var status = imports.run(UUID.fromString(site), format.get(), Path.of(file).getFileName().toString(), copy);
			print(status, out);
			return 0;
		}
		catch (ErrorResponseException e) {
			out.println("Import refused: " + e.getBody().getDetail());
			return 1;
		}
		catch (IllegalArgumentException | IOException e) {
			out.println("Import refused: " + e.getMessage());
			return 1;
		}
	}

	private static void print(ImportStatus s, PrintStream out) {
		out.printf("Imported %s into site %s: %d rows read, %d imported, %d skipped; %d days replaced (%s to %s)%n",
				s.fileName(), s.siteId(), s.rowsRead(), s.rowsImported(), s.rowsSkipped(), s.days(), s.firstDay(),
				s.lastDay());
		s.skipped().forEach(p -> out.println("  skipped " + p));
	}

	private static String single(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? null : values.getFirst();
	}
}
