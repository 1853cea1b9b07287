package io.custodian.customer.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.CustomerView;
import io.custodian.customer.FieldInfo;
import io.custodian.customer.FieldSource;
import io.custodian.customer.NewCustomer;
import io.custodian.purpose.Purpose;
import io.custodian.purpose.Purposes;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console pages of the customer vault: search by email through a purpose, the latest customers, a new customer,
 * one customer seen through a purpose with its edit form, and the stale-data list. Every failure of the vault is
 * shown inline on the page, never as an error page.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_customers:read')")
class CustomerConsoleController {

	static final String DEFAULT_PURPOSE = "support";

	static final int LATEST = 50;

	static final int STALE_PAGE = 50;

	private static final List<String> EDITABLE = Arrays.stream(CustomerField.values()).map(CustomerField::key).toList();

	private final CustomerVault vault;

	private final Purposes purposes;

	CustomerConsoleController(CustomerVault vault, Purposes purposes) {
		this.vault = vault;
		this.purposes = purposes;
	}

	@ModelAttribute("purposes")
	List<Purpose> purposes() {
		return purposes.all();
	}

	@GetMapping("/customers")
	String customers(@RequestParam(required = false) String email, @RequestParam(required = false) String purpose,
			Model model) {
		var chosen = purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose;
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("purpose", chosen);
		if (email != null && !email.isBlank()) {
			try {
				var found = vault.readByEmail(email.strip(), chosen);
				model.addAttribute("found", found);
				model.addAttribute("foundRows", rows(new CustomerSummary(found.id(), found.status(), null, null,
						found.fields(), found.consentedPurposes()), found));
			}
			catch (ErrorResponseException e) {
				model.addAttribute("searchProblem", Problem.of(e));
			}
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CustomerForm.empty());
		}
		return list(model);
	}

	@PostMapping("/customers")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	String register(@ModelAttribute("form") CustomerForm form, Model model, RedirectAttributes redirect) {
		try {
			var id = vault.register(form.toNewCustomer());
			redirect.addFlashAttribute("notice", "Customer created.");
			var purpose = form.purposes() != null && !form.purposes().isEmpty() && !form.purposes().contains(DEFAULT_PURPOSE)
					? form.purposes().getFirst() : DEFAULT_PURPOSE;
			redirect.addAttribute("purpose", purpose);
			return "redirect:/customers/" + id;
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", errors(e));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("formProblem", Problem.of(e));
		}
		model.addAttribute("email", "");
		model.addAttribute("purpose", DEFAULT_PURPOSE);
		model.addAttribute("formOpen", true);
		return list(model);
	}

	@GetMapping("/customers/{id}")
	String customer(@PathVariable UUID id, @RequestParam(required = false) String purpose, Model model,
			HttpServletResponse response) {
		var chosen = purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose;
		CustomerSummary summary;
		try {
			summary = vault.summary(id);
		}
		catch (ErrorResponseException e) {
			model.addAttribute("problem", Problem.of(e));
			model.addAttribute("id", id);
			response.setStatus(e.getStatusCode().value());
			return "customers/missing";
		}
		CustomerView view = null;
		try {
			view = vault.read(id, chosen);
		}
		catch (ErrorResponseException e) {
			model.addAttribute("readProblem", Problem.of(e));
		}
		model.addAttribute("customer", summary);
		model.addAttribute("purpose", chosen);
		model.addAttribute("view", view);
		model.addAttribute("rows", rows(summary, view));
		model.addAttribute("editable", editable(summary, view));
		return "customers/detail";
	}

	@PostMapping("/customers/{id}")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	String update(@PathVariable UUID id, @RequestParam(defaultValue = DEFAULT_PURPOSE) String purpose,
			@RequestParam Map<String, String> params, @RequestParam(name = "remove", required = false) List<String> remove,
			RedirectAttributes redirect) {
		var set = new LinkedHashMap<String, String>();
		for (var key : EDITABLE) {
			var value = params.get("value." + key);
			var original = params.getOrDefault("original." + key, "");
			if (value != null && !value.isBlank() && !value.strip().equals(original.strip())) {
				set.put(key, value);
			}
		}
		var removed = new TreeSet<String>(remove == null ? List.of() : remove);
		removed.removeAll(set.keySet());
		redirect.addAttribute("purpose", purpose);
		if (set.isEmpty() && removed.isEmpty()) {
			redirect.addFlashAttribute("notice", "Nothing to save: no field was changed.");
			return "redirect:/customers/" + id;
		}
		try {
			vault.update(id, new CustomerPatch(set, removed, null, null, FieldSource.STAFF.id(), null, null));
			var changed = new TreeSet<>(set.keySet());
			changed.addAll(removed);
			redirect.addFlashAttribute("notice", "Saved: " + String.join(", ", changed) + ".");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("editErrors", errors(e));
			redirect.addFlashAttribute("alert", "Nothing was saved: " + e.getBody().getDetail());
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "Nothing was saved: " + Problem.of(e).detail());
		}
		return "redirect:/customers/" + id;
	}

	@PostMapping("/customers/{id}/confirmation")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = DEFAULT_PURPOSE) String purpose,
			RedirectAttributes redirect) {
		try {
			var summary = vault.confirm(id, List.of());
			redirect.addFlashAttribute("notice", "Recorded that the customer confirmed their data ("
					+ summary.fields().size() + " fields).");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", Problem.of(e).detail());
		}
		redirect.addAttribute("purpose", purpose);
		return "redirect:/customers/" + id;
	}

	@GetMapping("/stale")
	String stale(@RequestParam(defaultValue = "1") int page, Model model) {
		var current = Math.max(1, page);
		var stale = vault.stale(STALE_PAGE, (current - 1) * STALE_PAGE);
		var pages = Math.max(1, (int) ((stale.total() + STALE_PAGE - 1) / STALE_PAGE));
		model.addAttribute("stale", stale);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("pageSize", STALE_PAGE);
		model.addAttribute("first", stale.total() == 0 ? 0 : (long) (current - 1) * STALE_PAGE + 1);
		model.addAttribute("last", (long) (current - 1) * STALE_PAGE + stale.fields().size());
		return "stale";
	}

	private String list(Model model) {
		model.addAttribute("latest", vault.latest(LATEST));
		model.addAttribute("sources", FieldSource.values());
		return "customers/list";
	}

	private static Map<String, String> errors(InvalidInput e) {
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach(error -> errors.merge(error.field(), error.reason(), (a, b) -> a + "; " + b));
		return errors;
	}

	private static List<FieldRow> rows(CustomerSummary summary, CustomerView view) {
		var rows = new ArrayList<FieldRow>();
		summary.fields().forEach((key, info) -> rows.add(new FieldRow(key, label(key), value(view, key), info)));
		rows.sort((a, b) -> Integer.compare(order(a.key()), order(b.key())));
		return rows;
	}

	private static List<EditableField> editable(CustomerSummary summary, CustomerView view) {
		return Arrays.stream(CustomerField.values())
			.map(field -> new EditableField(field.key(), label(field.key()), summary.fields().containsKey(field.key()),
					value(view, field.key()), field == CustomerField.POSTAL_ADDRESS,
					field != CustomerField.EMAIL && summary.fields().containsKey(field.key())))
			.toList();
	}

	private static String value(CustomerView view, String key) {
		if (view == null) {
			return null;
		}
		if (key.startsWith(CustomerField.ATTRIBUTE_PREFIX)) {
			return view.attributes().get(key.substring(CustomerField.ATTRIBUTE_PREFIX.length()));
		}
		return view.values().get(key);
	}

	private static int order(String key) {
		return CustomerField.fromKey(key).map(Enum::ordinal).orElse(CustomerField.values().length);
	}

	static String label(String key) {
		return switch (key) {
			case "email" -> "Email";
			case "name" -> "Name";
			case "phone" -> "Phone";
			case "company" -> "Company";
			case "postalAddress" -> "Postal address";
			case "country" -> "Country";
			case "preferredLanguage" -> "Preferred language";
			default -> key.startsWith(CustomerField.ATTRIBUTE_PREFIX) ? key.substring(CustomerField.ATTRIBUTE_PREFIX.length())
					: key;
		};
	}

	/** The new-customer form as posted; blank inputs mean "no value". */
	record CustomerForm(String email, String name, String phone, String company, String postalAddress, String country,
			String preferredLanguage, String source, List<String> purposes) {

		static CustomerForm empty() {
			return new CustomerForm("", "", "", "", "", "", "", FieldSource.STAFF.id(), List.of(DEFAULT_PURPOSE));
		}

		public boolean hasPurpose(String name) {
			return purposes != null && purposes.contains(name);
		}

		NewCustomer toNewCustomer() {
			return new NewCustomer(blankToNull(email), blankToNull(name), blankToNull(phone), blankToNull(company),
					blankToNull(postalAddress), blankToNull(country), blankToNull(preferredLanguage), null,
					blankToNull(source), purposes == null ? List.of() : purposes.stream().filter(Objects::nonNull).toList(),
					null);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value;
		}
	}

	/** One stored field of a customer: its value when the purpose may use it, otherwise null, and its metadata. */
	record FieldRow(String key, String label, String value, FieldInfo info) {

		public boolean hidden() {
			return value == null;
		}
	}

	/** One input of the edit form: the current value when visible, whether the field is stored and removable. */
	record EditableField(String key, String label, boolean stored, String value, boolean multiline, boolean removable) {

		public boolean hidden() {
			return stored && value == null;
		}
	}

	/** A refusal of the vault as shown to staff: status, title, detail and the guard's reason when there is one. */
	record Problem(int status, String title, String detail, String reason) {

		static Problem of(ErrorResponseException e) {
			ProblemDetail body = e.getBody();
			var reason = body.getProperties() == null ? null : body.getProperties().get("reason");
			var status = e.getStatusCode().value();
			var title = body.getTitle() != null ? body.getTitle()
					: HttpStatus.resolve(status) != null ? HttpStatus.resolve(status).getReasonPhrase() : "Refused";
			return new Problem(status, title, body.getDetail(), reason == null ? null : reason.toString());
		}

		public boolean notFound() {
			return status == 404;
		}

		public boolean denied() {
			return status == 403;
		}
	}
}
