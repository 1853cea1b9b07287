package io.custodian.audit;

/**
 * The secret that authenticates chain entries, heads and checkpoints; kept outside the database (the security
 * module provides it from a keyset that the master key wraps), so database access alone cannot forge a link.
 */
public interface ChainKey {

	/** The MAC of the text as 64 hexadecimal digits. */
	String mac(String text);

	/** Whether the MAC was made by this key (or by an earlier key of its keyset) over exactly this text. */
	boolean verifies(String text, String mac);
}
