package io.custodian.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.security.StaffRole;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and manages staff accounts, and loads them for authentication. */
@Service
public class StaffDirectory implements UserDetailsService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

	static final int MIN_PASSWORD = 12;

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final LoginThrottle throttle;

	StaffDirectory(StaffAccounts accounts, PasswordEncoder passwords, AuditTrail audit, LoginThrottle throttle) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(Authorities.of(account.role(), account.role().scopes()).toArray(SimpleGrantedAuthority[]::new))
			.build();
	}

	@Transactional
	public StaffMember create(String username, String displayName, String password, String role) {
		var errors = new ArrayList<FieldError>();
		var name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			errors.add(new FieldError("username", "must be 2-100 lower-case letters, digits or . _ @ -"));
		}
		if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
			errors.add(new FieldError("password", "must be " + MIN_PASSWORD + " to 200 characters"));
		}
		var staffRole = StaffRole.fromId(role == null ? "" : role);
		if (staffRole.isEmpty()) {
			errors.add(new FieldError("role", "must be one of admin, privacy-officer, support, marketing, analyst"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (accounts.byUsername(name).isPresent()) {
			throw Problems.conflict("A staff member with this username exists");
		}
		var display = displayName == null || displayName.isBlank() ? name : displayName.trim();
		var account = new StaffAccounts.StaffAccount(UUID.randomUUID(), name, clip(display), passwords.encode(password),
				staffRole.get(), true, Instant.now());
		accounts.insert(account);
		audit.record(AuditEvent.of("staff.created", "staff:" + name).detail("role " + staffRole.get().id()));
		return StaffMember.of(account);
	}

	@Transactional
	public StaffMember update(UUID id, String role, Boolean enabled, String password) {
		var account = accounts.byId(id).orElseThrow(() -> Problems.notFound("Staff member " + id));
		if (role != null) {
			account = account.withRole(StaffRole.fromId(role)
				.orElseThrow(() -> new InvalidInput("role", "must be one of admin, privacy-officer, support, marketing, analyst")));
		}
		if (enabled != null) {
			account = account.withEnabled(enabled);
		}
		if (password != null) {
			if (password.length() < MIN_PASSWORD || password.length() > 200) {
				throw new InvalidInput("password", "must be " + MIN_PASSWORD + " to 200 characters");
			}
			account = account.withPasswordHash(passwords.encode(password));
		}
		accounts.update(account);
		audit.record(AuditEvent.of("staff.updated", "staff:" + account.username())
			.detail("role " + account.role().id() + ", enabled " + account.enabled()
					+ (password != null ? ", password changed" : "")));
		return StaffMember.of(account);
	}

	/** Lifts every login delay on the staff member's username, from every address. */
	@Transactional
	public StaffMember unlock(UUID id) {
		var account = accounts.byId(id).orElseThrow(() -> Problems.notFound("Staff member " + id));
		throttle.unlock(account.username());
		audit.record(AuditEvent.of("staff.unlocked", "staff:" + account.username()));
		return StaffMember.of(account);
	}

	@Transactional(readOnly = true)
	public List<StaffMember> all() {
		return accounts.all().stream().map(StaffMember::of).toList();
	}

	@Transactional(readOnly = true)
	public java.util.Optional<StaffMember> byUsername(String username) {
		return accounts.byUsername(username).map(StaffMember::of);
	}

	private static String clip(String text) {
		return text.length() > 200 ? text.substring(0, 200) : text;
	}

	/** A staff member as shown to administrators, without the password hash. */
	public record StaffMember(UUID id, String username, String displayName, String role, boolean enabled,
			Instant createdAt) {

		static StaffMember of(StaffAccounts.StaffAccount a) {
			return new StaffMember(a.id(), a.username(), a.displayName(), a.role().id(), a.enabled(), a.createdAt());
		}
	}
}
