package io.custodian.history.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.custodian.history.HistorySettings;
import io.custodian.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Copies an upload's raw body to a temporary file, at most {@code custodian.history.max-upload} bytes (413 beyond). */
@Component
class UploadReceiver {

	private final long maxBytes;

	UploadReceiver(HistorySettings settings) {
		this.maxBytes = settings.maxUpload().toBytes();
	}

	Path receive(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			throw tooLarge();
		}
		var file = Files.createTempFile("custodian-import-", ".upload");
		try (InputStream in = request.getInputStream(); var out = Files.newOutputStream(file)) {
			var buffer = new byte[64 * 1024];
			long total = 0;
			for (int n; (n = in.read(buffer)) >= 0;) {
				total += n;
				if (total > maxBytes) {
					throw tooLarge();
				}
				out.write(buffer, 0, n);
			}
			if (total == 0) {
				throw new io.custodian.system.InvalidInput("file", "is empty: send the export as the request body");
			}
			return file;
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}

	private ErrorResponseException tooLarge() {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
				"file: an upload may have at most " + maxBytes + " bytes (custodian.history.max-upload)");
	}
}
