package io.custodian.account.social;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerOwnValues;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.FieldSource;
import org.springframework.stereotype.Component;

/**
 * Moves customer fields in and out of a connection: adopting an offered value keeps the value it replaces (with its
 * source and purposes); reverting restores that value or removes the field, but only while the field's source is
 * still the connection (a value the customer changed since is theirs and stays).
 */
@Component
class FieldReversal {

	private final ConnectionStore store;

	private final CustomerVault vault;

	private final CustomerOwnValues own;

	FieldReversal(ConnectionStore store, CustomerVault vault, CustomerOwnValues own) {
		this.store = store;
		this.vault = vault;
		this.own = own;
	}

	void adopt(SnsConnection connection, String field, String value) {
		var id = connection.id();
		var current = own.values(connection.customerId(), Set.of(field), "keeping the value " + connection.providerName()
				+ "'s replaces, to restore it if the connection is revoked");
		var previous = current.values().get(field);
		var info = current.fields().get(field);
		store.putField(id, field, SnsConnections.FILLED, null,
				previous == null ? null : store.encryptValue(id, "previous_value/" + field, previous),
				info == null ? null : info.source(), info == null ? null : String.join(",", info.purposes()),
				Instant.now().truncatedTo(ChronoUnit.MILLIS));
		vault.update(connection.customerId(),
				new CustomerPatch(Map.of(field, value), null, null, null, FieldSource.sns(connection.provider()), null, null));
	}

	Outcome revert(SnsConnection connection, List<ConnectionStore.StoredField> rows) {
		var source = FieldSource.sns(connection.provider());
		var fields = vault.summary(connection.customerId()).fields();
		var removed = new TreeSet<String>();
		var restored = new TreeSet<String>();
		var kept = new TreeSet<String>();
		for (var row : rows) {
			var info = fields.get(row.field());
			if (!SnsConnections.FILLED.equals(row.state()) || info == null || !source.equals(info.source())) {
				continue;
			}
			if (row.previousValue() != null) {
				var value = store.decryptValue(connection.id(), "previous_value/" + row.field(), row.previousValue());
				vault.withdraw(connection.customerId(), new CustomerPatch(Map.of(row.field(), value), null, null, null,
						row.previousSource(), purposes(row.previousPurposes()), null));
				restored.add(row.field());
			}
			else if (CustomerField.EMAIL.key().equals(row.field())) {
				kept.add(row.field());
			}
			else {
				removed.add(row.field());
			}
		}
		if (!removed.isEmpty()) {
			vault.withdraw(connection.customerId(), new CustomerPatch(null, removed, null, null, source, null, null));
		}
		return new Outcome(removed, restored, kept);
	}

	private static List<String> purposes(String purposes) {
		if (purposes == null || purposes.isBlank()) {
			return null;
		}
		return new ArrayList<>(Arrays.asList(purposes.split(",")));
	}

	/** What reverting did: fields removed, fields given back their previous value, fields that had to stay. */
	record Outcome(Set<String> removed, Set<String> restored, Set<String> kept) {
	}
}
