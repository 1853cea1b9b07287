package io.custodian.disclosure.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.disclosure.DisclosureRequest;
import io.custodian.security.CurrentActor;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved selections of customers (a name and up to {@value #MAX_CUSTOMERS} ids, the most one disclosure takes); a
 * disclosure request may name one instead of listing customers. Unknown selections are 404 problems.
 */
@Service
public class SavedSelections {

	public static final int MAX_CUSTOMERS = DisclosureChecks.MAX_CUSTOMERS;

	static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	SavedSelections(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public Selection create(String name, List<UUID> customers) {
		var errors = new ArrayList<FieldError>();
		var stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
			errors.add(new FieldError("name", "must be between 1 and " + MAX_NAME + " characters"));
		}
		else if (isId(stripped)) {
			errors.add(new FieldError("name", "must not be an id (selections are found by id or name)"));
		}
		var ids = customers == null ? List.<UUID>of() : customers;
		if (ids.isEmpty() || ids.size() > MAX_CUSTOMERS || ids.stream().anyMatch(Objects::isNull)) {
			errors.add(new FieldError("customers", "must list between 1 and " + MAX_CUSTOMERS + " customer ids"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (byName(stripped).isPresent()) {
			throw Problems.conflict("A selection named " + stripped + " exists already");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO disclosure_selections (id, name, created_at, created_by) VALUES (:id, :name, :at, :by)""")
			.param("id", id).param("name", stripped).param("at", RecipientRows.utc(Instant.now()))
			.param("by", CurrentActor.name()).update();
		new LinkedHashSet<>(ids).forEach(c -> jdbc.sql("""
				INSERT INTO disclosure_selection_members (selection_id, customer_id) VALUES (:s, :c)""")
			.param("s", id).param("c", c).update());
		audit.record(AuditEvent.of("disclosure.selection-saved", id).detail(stripped + ": "
				+ new LinkedHashSet<>(ids).size() + " customers"));
		return get(id.toString());
	}

	@Transactional(readOnly = true)
	public List<Selection> all() {
		return jdbc.sql("SELECT id FROM disclosure_selections ORDER BY name").query(UUID.class).list().stream()
			.map(id -> find(id).orElseThrow()).toList();
	}

	/** The selection with this id or name. */
	@Transactional(readOnly = true)
	public Selection get(String idOrName) {
		return lookup(idOrName).orElseThrow(() -> Problems.notFound("Selection " + idOrName));
	}

	/** The request with its selection replaced by the selection's customers; naming both is a 400. */
	DisclosureRequest resolve(DisclosureRequest request) {
		if (request.selection() == null) {
			return request;
		}
		if (!request.customers().isEmpty()) {
			throw new InvalidInput("selection", "name either customers or a selection, not both");
		}
		var selection = lookup(request.selection()).orElseThrow(() -> new InvalidInput("selection",
				"no saved selection " + request.selection()));
		return request.withCustomers(selection.customers());
	}

	private Optional<Selection> lookup(String idOrName) {
		if (idOrName == null || idOrName.isBlank()) {
			return Optional.empty();
		}
		var key = idOrName.strip();
		return isId(key) ? find(UUID.fromString(key)) : byName(key);
	}

	private static boolean isId(String text) {
		try {
			UUID.fromString(text);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private Optional<Selection> byName(String name) {
		return jdbc.sql("SELECT id FROM disclosure_selections WHERE name = :n").param("n", name).query(UUID.class)
			.optional().flatMap(this::find);
	}

	private Optional<Selection> find(UUID id) {
		var members = jdbc.sql("""
				SELECT customer_id FROM disclosure_selection_members WHERE selection_id = :id ORDER BY customer_id""")
			.param("id", id).query(UUID.class).list();
		return jdbc.sql("SELECT * FROM disclosure_selections WHERE id = :id").param("id", id)
			.query((rs, n) -> new Selection(id, rs.getString("name"), members, RecipientRows.instant(rs, "created_at"),
					rs.getString("created_by")))
			.optional();
	}
}
