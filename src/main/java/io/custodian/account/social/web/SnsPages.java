package io.custodian.account.social.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Renders the SNS problem page from the security handlers, which run before Spring MVC. */
@Component
class SnsPages {

	static final String PROBLEM = "account/sns-problem";

	private final ThymeleafViewResolver views;

	SnsPages(ThymeleafViewResolver views) {
		this.views = views;
	}

	void problem(HttpServletRequest request, HttpServletResponse response, SnsProblem problem) throws IOException {
		response.setStatus(problem.status());
		Map<String, Object> model = new HashMap<>();
		model.put("problem", problem);
		try {
			var view = views.resolveViewName(PROBLEM, Locale.ENGLISH);
			if (view == null) {
				throw new IllegalStateException("No template " + PROBLEM);
			}
			view.render(model, request, response);
		}
		catch (IOException e) {
			throw e;
		}
		catch (ServletException | RuntimeException e) {
			throw new IOException("The SNS problem page could not be shown", e);
		}
		catch (Exception e) {
			throw new IOException(e);
		}
	}
}
