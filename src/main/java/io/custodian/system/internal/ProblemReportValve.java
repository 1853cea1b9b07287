package io.custodian.system.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 9457 problem for an error no servlet answered: a request Tomcat refuses before the application sees
 * it (characters not allowed in the URL, a request line or headers over the size limits) or an error status left
 * without a body. Its text is fixed, never the client's input.
 */
class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		var ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			var writer = response.getReporter();
			if (writer != null) {
				writer.write(problem(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// the client is gone or the answer is already under way: nothing more to tell it
		}
	}

	static String problem(int status) {
		var known = HttpStatus.resolve(status);
		var title = known == null ? "Error" : known.getReasonPhrase();
		var body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"";
		if (status == HttpStatus.BAD_REQUEST.value()) {
			var reason = "is not a valid HTTP request: a character not allowed in the URL, or a request line or "
					+ "headers over the size limit";
			return body + "request: " + reason + "\",\"errors\":[{\"field\":\"request\",\"reason\":\"" + reason + "\"}]}";
		}
		return body + title + "\"}";
	}
}
