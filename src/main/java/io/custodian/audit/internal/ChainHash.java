package io.custodian.audit.internal;

import io.custodian.audit.AuditEntry;
import io.custodian.audit.HashChain;

/** The encoding of an audit entry that its hash covers: all its content, then its predecessor's hash. */
final class ChainHash {

	static final String CHAIN = "audit";

	private ChainHash() {
	}

	static String content(AuditEntry e) {
		return HashChain.encode(e.prevHash(), e.seq(), e.recordedAt().toEpochMilli(), e.actor(), e.action(),
				e.subject(), e.purpose(), String.join(",", e.fields()), e.outcome().name(), e.detail());
	}
}
