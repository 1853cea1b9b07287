package io.custodian.disclosure.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.custodian.disclosure.ProcessingRecord;
import io.custodian.disclosure.Recipients;
import io.custodian.disclosure.RecordOfProcessing;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.purpose.Purposes;
import org.springframework.stereotype.Service;

/** The record of processing, built anew on each call so it never drifts from what the software does. */
@Service
class ProcessingRecords implements RecordOfProcessing {

	private final Purposes purposes;

	private final Recipients recipients;

	private final List<PersonalDataStore> stores;

	ProcessingRecords(Purposes purposes, Recipients recipients, List<PersonalDataStore> stores) {
		this.purposes = purposes;
		this.recipients = recipients;
		this.stores = stores;
	}

	@Override
	public ProcessingRecord current() {
		var descriptions = stores.stream().map(PersonalDataStore::describe)
			.sorted(Comparator.comparing(d -> d.store())).toList();
		return new ProcessingRecord(Instant.now(), purposes.all(), recipients.all(), descriptions);
	}
}
