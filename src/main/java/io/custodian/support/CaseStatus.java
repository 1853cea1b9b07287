package io.custodian.support;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Where a case stands; each status names the statuses it may move to. */
public enum CaseStatus {

	OPEN("open"), WAITING("waiting"), RESOLVED("resolved"), CLOSED("closed");

	private final String id;

	CaseStatus(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	/** Open moves to waiting (on the customer) or resolved; a resolved case closes or reopens; closed is final. */
	public Set<CaseStatus> next() {
		return switch (this) {
			case OPEN -> Set.of(WAITING, RESOLVED);
			case WAITING -> Set.of(OPEN, RESOLVED);
			case RESOLVED -> Set.of(OPEN, CLOSED);
			case CLOSED -> Set.of();
		};
	}

	public static Optional<CaseStatus> fromId(String id) {
		return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
	}
}
