package io.custodian.disclosure;

/** Produces the record of processing activities from the purpose registry, the recipients and the data map. */
public interface RecordOfProcessing {

	ProcessingRecord current();
}
