package io.custodian.request.internal.mail;

/** What became of a message, as recorded in {@code processed_messages.outcome} and logged. */
public enum Outcome {

	/** A request ticket was created. */
	TICKET("ticket", false),
	/** A reply to an open request from its own address: on its timeline, a quoted code checked; no new ticket. */
	REPLY("reply", false),
	/** An out-of-office or other automatic answer: no ticket. */
	AUTO_REPLY("auto-reply", false),
	/** A delivery report or other bounce: no ticket. */
	BOUNCE("bounce", false),
	/** No usable From address: no ticket; flagged for staff. */
	NO_SENDER("no-sender", true),
	/** The message could not be read or has no text: no ticket; flagged for staff. */
	UNREADABLE("unreadable", true),
	/** Larger than the limit: not read, no ticket; flagged for staff. */
	TOO_LARGE("too-large", true);

	private final String id;

	private final boolean needsStaff;

	Outcome(String id, boolean needsStaff) {
		this.id = id;
		this.needsStaff = needsStaff;
	}

	public String id() {
		return id;
	}

	/** Whether a person should look at the message in the mailbox (it is marked {@code \Flagged}). */
	public boolean needsStaff() {
		return needsStaff;
	}
}
