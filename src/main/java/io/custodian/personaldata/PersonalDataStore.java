package io.custodian.personaldata;

import java.util.Map;

/** A capability that stores personal data; the request desk fulfils every request through this interface alone. */
public interface PersonalDataStore {

	/** Everything held about the subject, as JSON-ready maps and lists. */
	Map<String, Object> export(DataSubject subject);

	/** Keeps the data but leaves the subject out of every processing until {@link #lift} is called. */
	void restrict(DataSubject subject);

	/** Ends a restriction. */
	void lift(DataSubject subject);

	/** Removes everything about the subject except what a legal obligation requires to keep. */
	ErasureOutcome erase(DataSubject subject);

	/** What this store holds. */
	StoreDescription describe();
}
