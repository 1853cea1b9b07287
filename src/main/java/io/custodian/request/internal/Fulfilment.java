package io.custodian.request.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerVault;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.request.RequestType;
import io.custodian.system.InvalidInput;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Carries out a verified request through the personal-data stores alone (and the vault for corrections), acting as
 * the request itself so the audit chain names it.
 */
@Component
class Fulfilment {

	private final List<PersonalDataStore> stores;

	private final CustomerVault vault;

	Fulfilment(List<PersonalDataStore> stores, CustomerVault vault) {
		this.stores = stores;
		this.vault = vault;
	}

	/** The result as JSON-ready data: an export, an erasure report, or what was changed. */
	Map<String, Object> carryOut(RequestType type, String reference, UUID customer, Map<String, Object> details) {
		return as("privacy-request:" + reference, () -> switch (type) {
			case ACCESS -> export(customer);
			case ELIMINATION -> eliminate(customer);
			case SUSPENSION -> each(customer, store -> store.restrict(DataSubject.customer(customer)), "restricted");
			case LIFT_SUSPENSION -> each(customer, store -> store.lift(DataSubject.customer(customer)), "lifted");
			case CORRECTION, ADDITION -> change(customer, details);
			case DELETION -> delete(customer, details);
		});
	}

	private Map<String, Object> export(UUID customer) {
		var export = new LinkedHashMap<String, Object>();
		for (var store : stores) {
			var data = new LinkedHashMap<String, Object>();
			data.put("description", store.describe());
			data.put("data", store.export(DataSubject.customer(customer)));
			export.put(store.describe().store(), data);
		}
		return Map.of("export", export);
	}

	private Map<String, Object> eliminate(UUID customer) {
		var report = new ArrayList<Map<String, Object>>();
		var ordered = new ArrayList<>(stores);
		ordered.sort((a, b) -> Boolean.compare("customer".equals(a.describe().store()), "customer".equals(b.describe().store())));
		for (var store : ordered) {
			var outcome = store.erase(DataSubject.customer(customer));
			var entry = new LinkedHashMap<String, Object>();
			entry.put("store", outcome.store());
			entry.put("rowsRemoved", outcome.rowsRemoved());
			entry.put("kept", outcome.kept());
			entry.put("reason", outcome.reason());
			report.add(entry);
		}
		return Map.of("erasureReport", report);
	}

	private Map<String, Object> each(UUID customer, java.util.function.Consumer<PersonalDataStore> action, String done) {
		var names = new ArrayList<String>();
		for (var store : stores) {
			action.accept(store);
			names.add(store.describe().store());
		}
		return Map.of(done, names);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> change(UUID customer, Map<String, Object> details) {
		var changes = (Map<String, String>) details.getOrDefault("changes", Map.of());
		if (changes.isEmpty()) {
			throw new InvalidInput("changes", "name the fields to correct or add and their values");
		}
		var set = new HashMap<String, String>();
		var attributes = new HashMap<String, String>();
		changes.forEach((k, v) -> {
			if (k.startsWith(CustomerField.ATTRIBUTE_PREFIX)) {
				attributes.put(k.substring(CustomerField.ATTRIBUTE_PREFIX.length()), v);
			}
			else {
				set.put(k, v);
			}
		});
		var summary = vault.update(customer, new CustomerPatch(set, null, attributes, null, "request", null, null));
		return Map.of("changed", changes.keySet(), "fields", summary.fields().keySet());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> delete(UUID customer, Map<String, Object> details) {
		var fields = (List<String>) details.getOrDefault("fields", List.of());
		if (fields.isEmpty()) {
			throw new InvalidInput("fields", "name the fields to delete, or ask for elimination of everything");
		}
		var remove = new HashSet<String>();
		var removeAttributes = new HashSet<String>();
		fields.forEach(f -> {
			if (f.startsWith(CustomerField.ATTRIBUTE_PREFIX)) {
				removeAttributes.add(f.substring(CustomerField.ATTRIBUTE_PREFIX.length()));
			}
			else {
				remove.add(f);
			}
		});
		vault.update(customer, new CustomerPatch(null, remove, null, removeAttributes, "request", null, null));
		return Map.of("deleted", fields);
	}

	private static <T> T as(String actor, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
				List.of(new SimpleGrantedAuthority("ROLE_PRIVACY_OFFICER"))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		catch (ErrorResponseException e) {
			throw e;
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
