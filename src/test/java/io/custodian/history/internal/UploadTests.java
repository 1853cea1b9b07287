package io.custodian.history.internal;

import java.nio.file.Files;
import java.util.Map;

import io.custodian.history.AnchorExports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadTests {

	@Test
	void refusesAnArchiveThatUnpacksBeyondTheLimit() throws Exception {
		var file = Files.createTempFile("bomb", ".zip");
		Files.write(file, AnchorExports.zip(Map.of("imported_visitors.csv", "0".repeat(5000))));
		assertThatThrownBy(() -> Upload.open(file, "bomb.zip", 1000)).isInstanceOf(ImportFailure.class)
			.hasMessageContaining("bomb.zip").hasMessageContaining("unpacks to more than 1000 bytes");
		Files.delete(file);
	}

	@Test
	void listsFilesWithoutFoldersOnceEach() throws Exception {
		var file = Files.createTempFile("export", ".zip");
		Files.write(file, AnchorExports.zip(Map.of("a/imported_pages.csv", "x", "b/imported_pages.csv", "y",
				"__MACOSX/._imported_pages.csv", "z")));
		try (var upload = Upload.open(file, "export.zip", 1_000_000)) {
			assertThat(upload.files()).containsExactly("imported_pages.csv");
		}
		Files.delete(file);
	}

	@Test
	void namesTablesWithAnyPrefix() {
		assertThat(Upload.names("matomo_log_visit.tsv", "log_visit")).isTrue();
		assertThat(Upload.names("log_visit.csv", "log_visit")).isTrue();
		assertThat(Upload.names("matomo_log_link_visit_action.tsv", "log_visit")).isFalse();
		assertThat(PlausibleReader.table("imported_visitors_20250301_20250303.csv")).isEqualTo("imported_visitors");
		assertThat(PlausibleReader.table("imported_entry_pages.csv")).isEqualTo("imported_entry_pages");
	}
}
