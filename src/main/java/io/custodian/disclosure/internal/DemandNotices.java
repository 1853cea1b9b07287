package io.custodian.disclosure.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Sends the notices of legal demands that are due: each is claimed as 'sending' in its own commit before the SMTP
 * call, so a notice is never sent twice; one still 'sending' after {@link #STUCK} was cut off and becomes 'unknown'.
 * The address is the email on file, read for the legal obligation and audited. A demand whose notices are all done
 * becomes notice-sent.
 */
@Component
public class DemandNotices {

	static final Duration STUCK = Duration.ofMinutes(15);

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(DemandNotices.class);

	private final JdbcClient jdbc;

	private final CustomerVault vault;

	private final DemandNoticeMail mail;

	private final AuditTrail audit;

	DemandNotices(JdbcClient jdbc, CustomerVault vault, DemandNoticeMail mail, AuditTrail audit) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.mail = mail;
		this.audit = audit;
	}

	/** The first moment a notice deferred until this day may be sent: the start of the next day (UTC). */
	static Instant after(LocalDate until) {
		return until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Sends every notice due at this moment; returns how many were sent. */
	public int sendDue(Instant now) {
		jdbc.sql("""
				UPDATE disclosure_demand_notices SET status = 'unknown', updated_at = :now,
				       reason = 'the sender stopped during the SMTP call; not sent again to avoid a duplicate'
				WHERE status = 'sending' AND updated_at < :stuck""").param("now", RecipientRows.utc(Instant.now()))
			.param("stuck", RecipientRows.utc(Instant.now().minus(STUCK))).update();
		if (!mail.configured()) {
			return 0;
		}
		var due = jdbc.sql("""
				SELECT n.demand_id, n.customer_id, d.reference, s.fields, d.packaged_at, r.name
				FROM disclosure_demand_notices n JOIN disclosure_demands d ON d.id = n.demand_id
				JOIN disclosure_recipients r ON r.id = d.recipient_id
				JOIN disclosure_subjects s ON s.disclosure_id = d.disclosure_id AND s.customer_id = n.customer_id
				WHERE n.status = 'queued' AND n.send_after <= :now ORDER BY n.send_after, n.demand_id, n.customer_id
				LIMIT :n""").param("now", RecipientRows.utc(now)).param("n", BATCH)
			.query((rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), RecipientRows.instant(rs, "packaged_at"), rs.getString(6)))
			.list();
		var sent = 0;
		var demands = new LinkedHashSet<UUID>();
		for (var notice : due) {
			demands.add(notice.demand());
			sent += send(notice) ? 1 : 0;
		}
		demands.forEach(this::completeIfDone);
		return sent;
	}

	private boolean send(Due notice) {
		if (!mark(notice, "queued", "sending", null)) {
			return false;
		}
		String email;
		try {
			email = vault.emailOnFile(notice.customer(), "legal demand " + notice.reference() + ": notice to the customer");
		}
		catch (ErrorResponseException e) {
			mark(notice, "sending", "skipped", "no email on file: " + e.getBody().getDetail());
			return false;
		}
		try {
			mail.notice(email, notice.authority(), notice.reference(), List.of(notice.fields().split(",")),
					notice.disclosedAt());
		}
		catch (Exception e) {
			log.warn("Legal demand notice not sent: {}", e.getClass().getSimpleName());
			mark(notice, "sending", "failed", clip(e.getClass().getSimpleName() + ": " + e.getMessage()));
			return false;
		}
		jdbc.sql("""
				UPDATE disclosure_demand_notices SET status = 'sent', sent_at = :now, updated_at = :now
				WHERE demand_id = :d AND customer_id = :c AND status = 'sending'""")
			.param("now", RecipientRows.utc(Instant.now())).param("d", notice.demand()).param("c", notice.customer())
			.update();
		audit.record(AuditEvent.of("legal-demand.notice-sent", notice.customer()).detail("legal demand "
				+ notice.demand() + " (" + notice.reference() + ")"));
		return true;
	}

	private boolean mark(Due notice, String from, String to, String reason) {
		return jdbc.sql("""
				UPDATE disclosure_demand_notices SET status = :to, reason = :reason, updated_at = :now
				WHERE demand_id = :d AND customer_id = :c AND status = :from""")
			.param("to", to).param("reason", reason).param("now", RecipientRows.utc(Instant.now()))
			.param("d", notice.demand()).param("c", notice.customer()).param("from", from).update() == 1;
	}

	private void completeIfDone(UUID demand) {
		jdbc.sql("""
				UPDATE disclosure_demands SET status = 'notice-sent'
				WHERE id = :d AND status IN ('packaged', 'notice-deferred') AND NOT EXISTS (
				    SELECT 1 FROM disclosure_demand_notices WHERE demand_id = :d AND status IN ('queued', 'sending'))""")
			.param("d", demand).update();
	}

	private static String clip(String text) {
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

	private record Due(UUID demand, UUID customer, String reference, String fields, Instant disclosedAt,
			String authority) {
	}
}
