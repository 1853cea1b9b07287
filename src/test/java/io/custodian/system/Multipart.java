package io.custodian.system;

import java.util.Map;
import java.util.Random;

import io.custodian.system.FuzzInputs.Body;

/** multipart/form-data bodies as browsers send them, and the ways they arrive broken. */
final class Multipart {

	private static final String BOUNDARY = "----FuzzBoundary7MA4YWxkTrZu0gW";

	private Multipart() {
	}

	static Body wellFormed(Map<String, String> form, Random random) {
		var body = new StringBuilder();
		form.forEach((name, value) -> body.append("--").append(BOUNDARY).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
		if (random.nextBoolean()) {
			body.append("--").append(BOUNDARY).append("\r\n")
				.append("Content-Disposition: form-data; name=\"file\"; filename=\"data.json\"\r\n")
				.append("Content-Type: application/json\r\n\r\n{\"a\":1}\r\n");
		}
		body.append("--").append(BOUNDARY).append("--\r\n");
		return new Body("multipart/form-data; boundary=" + BOUNDARY, body.toString());
	}

	static Body malformed(Map<String, String> form, String json, Random random) {
		var good = wellFormed(form, random).text();
		return switch (random.nextInt(9)) {
			case 0 -> new Body("multipart/form-data; boundary=other", good);
			case 1 -> new Body("multipart/form-data; boundary=" + BOUNDARY, good.substring(0, good.length() / 2));
			case 2 -> new Body("multipart/form-data", good);
			case 3 -> new Body("multipart/form-data; boundary=", good);
			case 4 -> new Body("multipart/form-data; boundary=" + "b".repeat(200), good);
			case 5 -> new Body("multipart/form-data; boundary=" + BOUNDARY,
					"--" + BOUNDARY + "\r\nContent-Disposition: ;;;\"\r\n\r\nvalue\r\n--" + BOUNDARY + "--\r\n");
			case 6 -> new Body("multipart/form-data; boundary=" + BOUNDARY, json);
			case 7 -> new Body("multipart/form-data; boundary=" + BOUNDARY,
					"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n" + "X".repeat(20_000));
			default -> new Body("multipart/form-data; boundary=\"" + BOUNDARY + "\"; charset=no-such-charset", good);
		};
	}
}
