package io.custodian.history.internal;

/** One value of a row that cannot be read: the row is skipped and reported, the import goes on. */
final class BadValue extends RuntimeException {

	private final String column;

	BadValue(String column, String reason) {
		super(reason, null, false, false);
		this.column = column;
	}

	String column() {
		return column;
	}
}
