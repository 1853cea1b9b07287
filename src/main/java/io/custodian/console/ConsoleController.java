package io.custodian.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.custodian.audit.AuditEntry;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.ChainVerification;
import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerVault;
import io.custodian.security.CurrentActor;
import io.custodian.security.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The console's overview page: customers, stale data and the state of the audit chain at a glance. */
@Controller
class ConsoleController {

	static final int RECENT_CUSTOMERS = 8;

	static final int RECENT_AUDIT = 10;

	/** The vault offers no count; the overview counts the latest customers up to this many and shows "50+". */
	static final int COUNT_CAP = 50;

	private final CustomerVault vault;

	private final AuditTrail audit;

	ConsoleController(CustomerVault vault, AuditTrail audit) {
		this.vault = vault;
		this.audit = audit;
	}

	@GetMapping("/")
	String overview(Authentication user, Model model) {
		if (has(user, "SCOPE_customers:read")) {
			List<CustomerSummary> latest = vault.latest(COUNT_CAP);
			model.addAttribute("customerCount", latest.size());
			model.addAttribute("customerCountCapped", latest.size() >= COUNT_CAP);
			model.addAttribute("latestCustomers", latest.stream().limit(RECENT_CUSTOMERS).toList());
			var stale = vault.stale(1, 0);
			model.addAttribute("staleTotal", stale.total());
			model.addAttribute("staleBefore", stale.verifiedBefore());
		}
		if (has(user, "SCOPE_audit:read")) {
			ChainVerification chain = audit.verify();
			List<AuditEntry> entries = audit.recent(RECENT_AUDIT, null);
			model.addAttribute("chain", chain);
			model.addAttribute("auditEntries", entries);
		}
		return "overview";
	}

	private static boolean has(Authentication user, String authority) {
		return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}

	/**
	 * What every console page shows around its content: the signed-in staff member and role, the current path for
	 * the navigation, and the formats for times and lists.
	 */
	@ControllerAdvice(annotations = Controller.class)
	static class ConsolePageModel {

		private static final Formats FORMATS = new Formats();

		@ModelAttribute("currentPath")
		String currentPath(HttpServletRequest request) {
			var path = request.getRequestURI().substring(request.getContextPath().length());
			return path.isEmpty() ? "/" : path;
		}

		@ModelAttribute("currentUser")
		String currentUser() {
			return CurrentActor.name();
		}

		@ModelAttribute("currentRole")
		String currentRole() {
			return CurrentActor.role().map(StaffRole::id).orElse("");
		}

		@ModelAttribute("fmt")
		Formats formats() {
			return FORMATS;
		}
	}

	/** Times in UTC and lists joined for display; used by the templates as {@code fmt}. */
	public static final class Formats {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

		private static final DateTimeFormatter SECONDS = DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

		private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

		public String time(Instant instant) {
			return instant == null ? "—" : TIME.format(instant);
		}

		public String seconds(Instant instant) {
			return instant == null ? "—" : SECONDS.format(instant);
		}

		public String iso(Instant instant) {
			return instant == null ? "" : instant.toString();
		}

		public String day(Instant instant) {
			return instant == null ? "—" : DAY.format(instant);
		}

		public String list(Collection<?> values) {
			if (values == null || values.isEmpty()) {
				return "—";
			}
			return String.join(", ", values.stream().map(String::valueOf).sorted().toList());
		}

		public String shortId(Object id) {
			var text = String.valueOf(id);
			return text.length() > 8 ? text.substring(0, 8) : text;
		}
	}
}
