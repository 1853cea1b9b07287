package io.custodian.purpose.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.custodian.audit.AuditEntry;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.ChainVerification;
import io.custodian.purpose.Purpose;
import io.custodian.purpose.Purposes;
import io.custodian.purpose.SubjectState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard's rules, in their order, on a registry held in memory. */
class DefaultPurposeGuardTests {

	static final Purpose SUPPORT = new Purpose("support", "Answer questions", Set.of("identity", "contact", "address"),
			Set.of("admin", "support"), Set.of("gifts"));

	static final Purpose FEEDBACK = new Purpose("feedback", "Only in aggregate", Set.of("preferences"),
			Set.of("admin", "support", "analyst"), Set.of("support"));

	final List<AuditEvent> audited = new ArrayList<>();

	final DefaultPurposeGuard guard = new DefaultPurposeGuard(new InMemoryPurposes(List.of(SUPPORT, FEEDBACK)),
			new RecordingAudit(audited));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void refusesARoleThatMayNotUseThePurposeWithoutLookingAtTheSubject() {
		actAs("ROLE_ANALYST");
		expectDenied(() -> guard.authorizeRole("support"), "role-not-permitted");
		assertThat(audited).singleElement().satisfies(e -> {
			assertThat(e.subject()).isNull();
			assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
		});
	}

	@Test
	void checksTheRoleBeforeTheSubjectsSuspension() {
		actAs("ROLE_ANALYST");
		expectDenied(() -> guard.authorize("support", subject(true, Set.of("support"))), "role-not-permitted");
	}

	@Test
	void refusesEveryPurposeForASuspendedSubject() {
		actAs("ROLE_ADMIN");
		expectDenied(() -> guard.authorize("support", subject(true, Set.of("support"))), "subject-restricted");
	}

	@Test
	void refusesEveryChangeToASuspendedSubjectAndRecordsIt() {
		actAs("ROLE_ADMIN");
		expectDenied(() -> guard.authorizeChange("c-1", true), "subject-restricted");
		assertThat(audited).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("personal-data.updated");
			assertThat(e.subject()).isEqualTo("c-1");
			assertThat(e.detail()).isEqualTo("subject-restricted");
		});
	}

	@Test
	void allowsChangesToASubjectThatIsNotSuspended() {
		actAs("ROLE_ADMIN");
		guard.authorizeChange("c-1", false);
		assertThat(audited).isEmpty();
	}

	@Test
	void anAggregateOnlyPurposeShowsNoIdentifyingFieldOfCompatibleData() {
		actAs("ROLE_ANALYST");
		var permit = guard.authorize("feedback", subject(false, Set.of("support")));
		assertThat(permit.allows("preferences", Set.of("support"))).isTrue();
		assertThat(permit.allows("identity", Set.of("support"))).isFalse();
		assertThat(permit.allows("contact", Set.of("support"))).isFalse();
	}

	@Test
	void refusesDataNotCollectedForACompatiblePurpose() {
		actAs("ROLE_ADMIN");
		expectDenied(() -> guard.authorize("support", subject(false, Set.of("feedback"))), "purpose-not-compatible");
	}

	@Test
	void refusesEveryPurposeToACallerWithoutARole() {
		expectDenied(() -> guard.authorizeRole("support"), "role-not-permitted");
		expectDenied(() -> guard.authorize("support", subject(false, Set.of("support"))), "role-not-permitted");
	}

	@Test
	void letsARoleOfThePurposeUseItAndRecordsNothing() {
		actAs("ROLE_SUPPORT");
		assertThat(guard.authorizeRole("support")).isEqualTo(SUPPORT);
		assertThat(audited).isEmpty();
	}

	@Test
	void allowsDataCollectedForThePurposeItself() {
		actAs("ROLE_ADMIN");
		var permit = guard.authorize("support", subject(false, Set.of("support")));
		assertThat(permit.purpose()).isEqualTo(SUPPORT);
		assertThat(audited).isEmpty();
	}

	@Test
	void allowsDataCollectedForACompatiblePurpose() {
		actAs("ROLE_ADMIN");
		assertThat(guard.authorize("support", subject(false, Set.of("gifts"))).purpose()).isEqualTo(SUPPORT);
	}

	@Test
	void allowsDataNotCollectedForThePurposeWhenThePersonConsentedToIt() {
		actAs("ROLE_ADMIN");
		var consented = new SubjectState("c-1", false, Set.of("feedback"), Set.of("support"));
		assertThat(guard.authorize("support", consented).consentedTo()).containsExactly("support");
	}

	@Test
	void recordsEveryDenialOfAReadWithItsPurposeAndSubject() {
		actAs("ROLE_ADMIN");
		expectDenied(() -> guard.authorize("support", subject(false, Set.of("feedback"))), "purpose-not-compatible");
		assertThat(audited).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("personal-data.read");
			assertThat(e.subject()).isEqualTo("c-1");
			assertThat(e.purpose()).isEqualTo("support");
			assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
		});
	}

	private static SubjectState subject(boolean restricted, Set<String> collectedFor) {
		return new SubjectState("c-1", restricted, collectedFor, Set.of());
	}

	private static void actAs(String role) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
				List.of(new SimpleGrantedAuthority(role))));
		SecurityContextHolder.setContext(context);
	}

	private static void expectDenied(Runnable call, String reason) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(ErrorResponseException.class, e -> {
			assertThat(e.getStatusCode().value()).isEqualTo(403);
			assertThat(e.getBody().getProperties()).containsEntry("reason", reason);
		});
	}

	private record InMemoryPurposes(List<Purpose> all) implements Purposes {

		@Override
		public Optional<Purpose> find(String name) {
			return all.stream().filter(p -> p.name().equals(name)).findFirst();
		}

		@Override
		public Purpose require(String name, String field) {
			return find(name).orElseThrow();
		}

		@Override
		public void requireAll(Collection<String> names, String field) {
		}
	}

	private record RecordingAudit(List<AuditEvent> events) implements AuditTrail {

		@Override
		public AuditEntry record(AuditEvent event) {
			events.add(event);
			return null;
		}

		@Override
		public AuditEntry recordIndependently(AuditEvent event) {
			return record(event);
		}

		@Override
		public ChainVerification verify() {
			return null;
		}

		@Override
		public List<AuditEntry> recent(int limit, String subject) {
			return List.of();
		}

		@Override
		public long count() {
			return events.size();
		}
	}
}
