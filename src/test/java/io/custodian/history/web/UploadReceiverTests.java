package io.custodian.history.web;

import java.nio.file.Files;
import java.time.Duration;

import io.custodian.history.HistorySettings;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadReceiverTests {

	private final UploadReceiver receiver = new UploadReceiver(
			new HistorySettings(DataSize.ofBytes(100), DataSize.ofGigabytes(4), 2, Duration.ofSeconds(30)));

	@Test
	void keepsAnUploadWithinTheLimit() throws Exception {
		var request = new MockHttpServletRequest("POST", "/");
		request.setContent(new byte[100]);
		var file = receiver.receive(request);
		assertThat(Files.size(file)).isEqualTo(100);
		Files.delete(file);
	}

	@Test
	void refusesALargerUploadWith413() {
		var request = new MockHttpServletRequest("POST", "/");
		request.setContent(new byte[101]);
		assertThatThrownBy(() -> receiver.receive(request)).isInstanceOfSatisfying(ErrorResponseException.class,
				e -> {
					assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
					assertThat(e.getBody().getDetail()).contains("file").contains("100 bytes");
				});
	}

	@Test
	void refusesAnEmptyUpload() {
		var request = new MockHttpServletRequest("POST", "/");
		assertThatThrownBy(() -> receiver.receive(request)).isInstanceOf(ErrorResponseException.class);
	}
}
