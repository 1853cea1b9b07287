package io.custodian.audit.internal;

import io.custodian.audit.AuditEntry;
import io.custodian.audit.HashChain;

/** The hash of an audit entry over all its content and its predecessor's hash. */
final class ChainHash {

	static final String GENESIS = HashChain.GENESIS;

	private ChainHash() {
	}

	static String of(AuditEntry e) {
		return HashChain.hash(e.prevHash(), e.seq(), e.recordedAt().toEpochMilli(), e.actor(), e.action(), e.subject(),
				e.purpose(), String.join(",", e.fields()), e.outcome().name(), e.detail());
	}
}
