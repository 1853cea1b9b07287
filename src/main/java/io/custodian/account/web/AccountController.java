package io.custodian.account.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.account.internal.CustomerSessions;
import io.custodian.account.internal.SignedInCustomer;
import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerOwnValues;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.FieldSource;
import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import io.custodian.request.RequestType;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The signed-in customer's account: everything held about them, corrections and additions of their own details
 * (source "customer"), requests that need no code, their sessions, a download of it all, and signing out.
 */
@Controller
class AccountController {

	private final HeldData held;

	private final CustomerVault vault;

	private final RequestDesk desk;

	private final CustomerSessions sessions;

	private final AccountPages pages;

	private final CustomerOwnValues own;

	AccountController(HeldData held, CustomerVault vault, RequestDesk desk, CustomerSessions sessions,
			AccountPages pages, CustomerOwnValues own) {
		this.own = own;
		this.held = held;
		this.vault = vault;
		this.desk = desk;
		this.sessions = sessions;
		this.pages = pages;
	}

	@GetMapping("/account")
	ModelAndView account(@AuthenticationPrincipal SignedInCustomer customer, @RequestParam(required = false) String done) {
		return page(customer, Map.of(), Map.of()).addObject("done", done);
	}

	@PostMapping("/account/details")
	ModelAndView correct(@AuthenticationPrincipal SignedInCustomer customer, @RequestParam Map<String, String> form,
			HttpServletResponse response) {
		var current = own.values(customer.customerId(), List.of(), "the customer compares their corrections").values();
		var set = new HashMap<String, String>();
		for (var field : CustomerField.values()) {
			var typed = form.get(field.key());
			var before = current.getOrDefault(field.key(), "");
			if (typed != null && !typed.strip().isEmpty() && !typed.strip().equals(before)) {
				set.put(field.key(), typed);
			}
		}
		if (set.isEmpty()) {
			return AccountPages.seeOther("/account?lang=" + pages.language() + "&done=unchanged");
		}
		try {
			vault.update(customer.customerId(),
					new CustomerPatch(set, null, null, null, FieldSource.CUSTOMER.id(), null, null));
			return AccountPages.seeOther("/account?lang=" + pages.language() + "&done=saved");
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			var errors = new HashMap<String, String>();
			e.errors().forEach(error -> errors.put(error.field(), error.reason()));
			return page(customer, errors, form);
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			return page(customer, Map.of("details", String.valueOf(e.getBody().getDetail())), form);
		}
	}

	@PostMapping("/account/requests")
	ModelAndView request(@AuthenticationPrincipal SignedInCustomer customer, @RequestParam(required = false) String type,
			@RequestParam(required = false) String message,
			@RequestParam(name = "fields", required = false) List<String> fields, HttpServletRequest http,
			HttpServletResponse response) {
		if (type == null || RequestType.fromId(type).isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(customer, Map.of("type", pages.text("form.type.missing")), Map.of());
		}
		try {
			var email = vault.emailOnFile(customer.customerId(), "request of the signed-in customer");
			var summary = desk.submitSignedIn(new NewRequest(null, type, email, message, null, fields, null,
					pages.language(), "account"), customer.customerId());
			if (RequestType.ELIMINATION.id().equals(type) && "completed".equals(summary.state())) {
				sessions.clearCookie(http, response);
				return AccountPages.seeOther("/account/sign-in?lang=" + pages.language() + "&erased");
			}
			return AccountPages.seeOther("/account?lang=" + pages.language() + "&done=" + summary.reference());
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			var errors = new HashMap<String, String>();
			e.errors().forEach(error -> errors.put("request", error.field() + " " + error.reason()));
			return page(customer, errors, Map.of());
		}
	}

	@PostMapping("/account/requests/{request}/confirm")
	ModelAndView confirm(@AuthenticationPrincipal SignedInCustomer customer, @PathVariable UUID request,
			HttpServletResponse response) {
		try {
			var summary = desk.verifiedBySession(request, customer.customerId());
			return AccountPages.seeOther("/account?lang=" + pages.language() + "&done=" + summary.reference());
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			return page(customer, Map.of("request", String.valueOf(e.getBody().getDetail())), Map.of());
		}
	}

	@PostMapping("/account/sessions/{session}/end")
	ModelAndView endSession(@AuthenticationPrincipal SignedInCustomer customer, @PathVariable UUID session) {
		sessions.end(customer.customerId(), session, "customer");
		return AccountPages.seeOther(session.equals(customer.sessionId()) ? "/account/sign-in?lang=" + pages.language()
				: "/account?lang=" + pages.language() + "#sessions");
	}

	@PostMapping("/account/sign-out")
	ModelAndView signOut(@AuthenticationPrincipal SignedInCustomer customer, HttpServletRequest request,
			HttpServletResponse response) {
		sessions.end(customer.customerId(), customer.sessionId(), "customer");
		sessions.clearCookie(request, response);
		return AccountPages.seeOther("/account/sign-in?lang=" + pages.language() + "&signed-out");
	}

	@GetMapping(path = "/account/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Map<String, Object>>> download(@AuthenticationPrincipal SignedInCustomer customer) {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"my-data.json\"")
			.header("Cache-Control", "no-store")
			.body(held.export(customer.customerId()));
	}

	private ModelAndView page(SignedInCustomer customer, Map<String, String> errors, Map<String, String> typed) {
		var data = held.of(held.export(customer.customerId()));
		return pages.page("account/index")
			.addObject("held", data)
			.addObject("typed", typed)
			.addObject("errors", errors)
			.addObject("requests", desk.ofCustomer(customer.customerId()))
			.addObject("sessions", sessions.of(customer.customerId()))
			.addObject("currentSession", customer.sessionId())
			.addObject("requestTypes", List.of(RequestType.ACCESS, RequestType.DELETION, RequestType.SUSPENSION,
					RequestType.LIFT_SUSPENSION, RequestType.ELIMINATION).stream().map(RequestType::id).toList())
			.addObject("deletable", data.fields().stream().filter(HeldData.Field::held)
				.filter(f -> !f.key().equals(CustomerField.EMAIL.key())).map(HeldData.Field::key).toList());
	}
}
