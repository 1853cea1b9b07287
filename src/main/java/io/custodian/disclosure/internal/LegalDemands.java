package io.custodian.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.disclosure.DisclosureRequest;
import io.custodian.disclosure.DisclosureResult;
import io.custodian.disclosure.LegalBasis;
import io.custodian.security.CurrentActor;
import io.custodian.security.StaffRole;
import io.custodian.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The register of legal demands: received, decided once by a privacy officer or admin, packaged through the same
 * disclosure path as every disclosure (legal basis legal-obligation, each record naming the demand), and the
 * disclosed customers notified unless a prohibition defers it. Each step is one transaction with its audit entry;
 * a step out of order is a 409.
 */
@Service
public class LegalDemands {

	private static final Logger log = LoggerFactory.getLogger(LegalDemands.class);

	static final Set<StaffRole> DECIDERS = Set.of(StaffRole.ADMIN, StaffRole.PRIVACY_OFFICER);

	private final DemandRows rows;

	private final DemandChecks checks;

	private final DisclosureDesk desk;

	private final DemandNotices notices;

	private final AuditTrail audit;

	LegalDemands(DemandRows rows, DemandChecks checks, DisclosureDesk desk, DemandNotices notices, AuditTrail audit) {
		this.rows = rows;
		this.checks = checks;
		this.desk = desk;
		this.notices = notices;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<LegalDemand> all() {
		return rows.ids().stream().map(this::get).toList();
	}

	@Transactional(readOnly = true)
	public LegalDemand get(UUID id) {
		return rows.find(id).orElseThrow(() -> Problems.notFound("Legal demand " + id));
	}

	@Transactional
	public LegalDemand receive(DemandInput input) {
		var checked = checks.check(input);
		if (rows.referenceTaken(checked.recipient(), checked.reference())) {
			throw Problems.conflict("reference: a demand " + checked.reference() + " from this authority exists already");
		}
		var id = UUID.randomUUID();
		rows.insert(id, checked, CurrentActor.name());
		audit.record(AuditEvent.of("legal-demand.received", id).detail("from recipient " + checked.recipient()
				+ ", reference " + checked.reference() + ", " + checked.customers().size() + " customers, fields "
				+ checked.fields() + ", due " + checked.dueDate()));
		return get(id);
	}

	@Transactional
	public LegalDemand decide(UUID id, DemandDecision decision) {
		var demand = get(id);
		var role = CurrentActor.role().orElse(null);
		if (role == null || !DECIDERS.contains(role)) {
			audit.recordIndependently(AuditEvent.of("legal-demand.decided", id).denied("role-not-allowed"));
			throw Problems.forbidden("role-not-allowed", "Only a privacy officer or an admin decides on a legal demand");
		}
		if (!demand.status().equals("received")) {
			throw Problems.conflict("Legal demand " + demand.reference() + " was decided already (" + demand.status() + ")");
		}
		var checked = checks.check(decision, demand);
		var status = checked.decision().equals("refuse") ? "refused" : "decided";
		if (!rows.decide(id, status, checked.decision(), checked.reason(), CurrentActor.name(), Instant.now(),
				checked.customers(), checked.fields())) {
			throw Problems.conflict("Legal demand " + demand.reference() + " was decided already");
		}
		audit.record(AuditEvent.of("legal-demand.decided", id).detail(checked.decision() + " by " + CurrentActor.name()
				+ " (" + role.id() + "): " + checked.customers().size() + " customers, fields " + checked.fields()));
		return get(id);
	}

	/** Discloses what the decision granted; the answer is the package to hand to the authority. */
	@Transactional
	public DisclosureResult pack(UUID id, String format) {
		var demand = get(id);
		if (!demand.status().equals("decided")) {
			throw Problems.conflict("Legal demand " + demand.reference() + " is " + demand.status()
					+ "; only a demand decided to be complied with is packaged, once");
		}
		var request = new DisclosureRequest(demand.purpose(), demand.grantedCustomers(), format == null ? "json" : format,
				LegalBasis.LEGAL_OBLIGATION.id(), demand.grantedFields());
		var result = desk.disclose(demand.recipientId(), request, id);
		var now = Instant.now();
		var deferred = demand.noticeUntil() != null && DemandNotices.after(demand.noticeUntil()).isAfter(now);
		if (!rows.packaged(id, result.disclosureId(), now, deferred ? "notice-deferred" : "packaged")) {
			throw Problems.conflict("Legal demand " + demand.reference() + " was packaged already");
		}
		var sendAfter = deferred ? DemandNotices.after(demand.noticeUntil()) : now;
		result.customers().forEach(c -> rows.queueNotice(id, UUID.fromString(c.get("id")), sendAfter));
		audit.record(AuditEvent.of("legal-demand.packaged", id).detail("disclosure " + result.disclosureId() + ": "
				+ result.customers().size() + " customers, " + result.leftOut().size() + " left out; notices "
				+ (deferred ? "deferred until " + demand.noticeUntil() : "queued")));
		if (!deferred) {
			afterCommit(this::sendNotices);
		}
		return result;
	}

	@Transactional
	public LegalDemand deferNotice(UUID id, NoticeDeferral deferral) {
		var demand = get(id);
		if (demand.status().equals("refused") || demand.status().equals("notice-sent")) {
			throw Problems.conflict("Legal demand " + demand.reference() + " is " + demand.status()
					+ ": there is no notice left to defer");
		}
		var checked = checks.check(deferral, LocalDate.now(ZoneOffset.UTC));
		var packaged = demand.disclosureId() != null || demand.packagedAt() != null;
		rows.defer(id, checked.reason(), checked.until(), packaged ? "notice-deferred" : demand.status());
		if (packaged) {
			rows.postponeNotices(id, DemandNotices.after(checked.until()));
		}
		audit.record(AuditEvent.of("legal-demand.notice-deferred", id).detail("until " + checked.until()));
		return get(id);
	}

	/** Sends the notices right away; what fails here stays queued for the job. */
	private void sendNotices() {
		try {
			notices.sendDue(Instant.now());
		}
		catch (RuntimeException e) {
			log.warn("Legal demand notices left to the job: {}", e.getClass().getSimpleName());
		}
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}
}
