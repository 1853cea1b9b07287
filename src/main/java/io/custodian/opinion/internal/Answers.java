package io.custodian.opinion.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerVault;
import io.custodian.opinion.Survey;
import io.custodian.security.FieldEncryption;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes answers to open surveys: anonymous ones (no customer link), and a signed-in customer's, linked to them so
 * they can see, download and erase it, on their feedback consent (given with the answer if not yet on file), once
 * per survey and never while their processing is suspended. Free text is stored encrypted and waits for redaction.
 */
@Service
public class Answers {

	static final String PURPOSE = "feedback";

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final CustomerVault vault;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	Answers(JdbcClient jdbc, Surveys surveys, CustomerVault vault, FieldEncryption encryption, AuditTrail audit) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.vault = vault;
		this.encryption = encryption;
		this.audit = audit;
	}

	/** The open survey with this slug: 404 when there is none, 409 for a draft, 410 for a closed one. */
	@Transactional(readOnly = true)
	public Survey answerable(String slug) {
		var survey = surveys.bySlug(slug == null ? "" : slug)
			.orElseThrow(() -> Problems.notFound("Survey " + clip(slug)));
		if (survey.draft()) {
			throw Problems.conflict("The survey is not open yet");
		}
		if (!survey.open()) {
			throw Problems.of(HttpStatus.GONE, "Survey closed", "The survey is closed and takes no more answers");
		}
		return survey;
	}

	/** Stores an anonymous answer. */
	@Transactional
	public UUID anonymous(String slug, Map<String, List<String>> answers, String language) {
		var survey = answerable(slug);
		var checked = AnswerRules.checked(survey.questions(), answers);
		var id = store(survey, null, checked, language);
		audit.record(AuditEvent.of("opinions.answered", "survey:" + survey.id()).detail("anonymous"));
		return id;
	}

	/** Stores a signed-in customer's answer, recording their feedback consent when {@code consenting}. */
	@Transactional
	public UUID ofCustomer(String slug, UUID customer, Map<String, List<String>> answers, boolean consenting,
			String language) {
		var survey = answerable(slug);
		var summary = vault.summary(customer);
		if ("restricted".equals(summary.status())) {
			throw Problems.conflict("Processing of your data is suspended at your request; no answer is stored");
		}
		if (answered(survey.id(), customer)) {
			throw Problems.conflict("You already answered this survey");
		}
		var checked = AnswerRules.checked(survey.questions(), answers);
		if (!summary.consentedPurposes().contains(PURPOSE)) {
			if (!consenting) {
				throw new InvalidInput("consent", "agree that your answer is linked to your account, or answer anonymously");
			}
			var consents = new TreeSet<>(summary.consentedPurposes());
			consents.add(PURPOSE);
			vault.update(customer, new CustomerPatch(null, null, null, null, null, null, List.copyOf(consents)));
		}
		UUID id;
		try {
			id = store(survey, customer, checked, language);
		}
		catch (DuplicateKeyException e) {
			throw Problems.conflict("You already answered this survey");
		}
		audit.record(AuditEvent.of("opinions.answered", customer).purpose(PURPOSE).detail("survey:" + survey.id()));
		return id;
	}

	/** Deletes the customer's own answer to the survey (allowed while suspended: it ends processing). */
	@Transactional
	public boolean eraseOwn(String slug, UUID customer) {
		var survey = surveys.bySlug(slug == null ? "" : slug).orElseThrow(() -> Problems.notFound("Survey " + clip(slug)));
		var erased = jdbc.sql("DELETE FROM opinion_responses WHERE survey_id = :s AND customer_id = :c")
			.param("s", survey.id()).param("c", customer).update() > 0;
		if (erased) {
			audit.record(AuditEvent.of("opinions.answer-erased", customer).detail("survey:" + survey.id() + " by the customer"));
		}
		return erased;
	}

	/** Whether the customer answered the survey with this slug, whatever its state now. */
	@Transactional(readOnly = true)
	public boolean answered(String slug, UUID customer) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM opinion_responses r JOIN opinion_surveys s ON s.id = r.survey_id
				WHERE s.slug = :slug AND r.customer_id = :c""")
			.param("slug", slug).param("c", customer).query(Long.class).single() > 0;
	}

	private boolean answered(UUID survey, UUID customer) {
		return jdbc.sql("SELECT COUNT(*) FROM opinion_responses WHERE survey_id = :s AND customer_id = :c")
			.param("s", survey).param("c", customer).query(Long.class).single() > 0;
	}

	private UUID store(Survey survey, UUID customer, AnswerRules.Checked checked, String language) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO opinion_responses (id, survey_id, customer_id, language, restricted, created_at)
				VALUES (:id, :s, :c, :lang, FALSE, :now)""")
			.param("id", id).param("s", survey.id()).param("c", customer).param("lang", language)
			.param("now", Surveys.now()).update();
		checked.choices().forEach((question, numbers) -> numbers.forEach(number -> jdbc.sql("""
				INSERT INTO opinion_choices (response_id, position, choice) VALUES (:r, :q, :n)""")
			.param("r", id).param("q", question).param("n", number).update()));
		checked.texts().forEach((question, text) -> {
			var textId = UUID.randomUUID();
			jdbc.sql("""
					INSERT INTO opinion_texts (id, response_id, survey_id, position, answer, status)
					VALUES (:id, :r, :s, :q, :answer, 'pending')""")
				.param("id", textId).param("r", id).param("s", survey.id()).param("q", question)
				.param("answer", encryption.encrypt(text, associatedData(textId, "answer"))).update();
		});
		return id;
	}

	static byte[] associatedData(UUID text, String column) {
		return ("opinion_texts/" + text + "/" + column).getBytes(StandardCharsets.UTF_8);
	}

	private static String clip(String slug) {
		return slug == null ? "" : slug.length() > 60 ? slug.substring(0, 60) + "…" : slug;
	}
}
