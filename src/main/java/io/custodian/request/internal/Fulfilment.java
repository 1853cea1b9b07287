package io.custodian.request.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerVault;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
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

	/** The result: an export, an erasure report, or what was changed. */
	RequestResult carryOut(RequestType type, String reference, UUID customer, RequesterDetails details) {
		return as("privacy-request:" + reference, () -> switch (type) {
			case ACCESS -> export(customer);
			case ELIMINATION -> eliminate(customer);
			case SUSPENSION -> new RequestResult.Restriction(each(store -> store.restrict(DataSubject.customer(customer))));
			case LIFT_SUSPENSION -> new RequestResult.Lift(each(store -> store.lift(DataSubject.customer(customer))));
			case CORRECTION, ADDITION -> change(customer, details);
			case DELETION -> delete(customer, details);
		});
	}

	private RequestResult export(UUID customer) {
		var export = new LinkedHashMap<String, RequestResult.StoreExport>();
		for (var store : stores) {
			export.put(store.describe().store(),
					new RequestResult.StoreExport(store.describe(), store.export(DataSubject.customer(customer))));
		}
		return new RequestResult.Export(export);
	}

	private RequestResult eliminate(UUID customer) {
		var report = new ArrayList<ErasureOutcome>();
		var ordered = new ArrayList<>(stores);
		ordered.sort((a, b) -> Boolean.compare("customer".equals(a.describe().store()), "customer".equals(b.describe().store())));
		for (var store : ordered) {
			report.add(store.erase(DataSubject.customer(customer)));
		}
		return new RequestResult.Erasure(report);
	}

	private List<String> each(Consumer<PersonalDataStore> action) {
		var names = new ArrayList<String>();
		for (var store : stores) {
			action.accept(store);
			names.add(store.describe().store());
		}
		return names;
	}

	private RequestResult change(UUID customer, RequesterDetails details) {
		var changes = details.changesOrNone();
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
		return new RequestResult.Correction(List.copyOf(changes.keySet()), List.copyOf(summary.fields().keySet()));
	}

	private RequestResult delete(UUID customer, RequesterDetails details) {
		var fields = details.fieldsOrNone();
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
		return new RequestResult.Deletion(List.copyOf(fields));
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
