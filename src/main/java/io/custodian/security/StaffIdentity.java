package io.custodian.security;

/**
 * Work done on a staff member's behalf (background jobs, credentials they issued): runs it as that member with their
 * current role, re-read from the staff table each time, so that every purpose-guard decision inside sees who started
 * the work and nothing outlives a demotion or a disabled account.
 */
public interface StaffIdentity {

	/**
	 * Runs the work as the member when their account is enabled and their current role holds the scope; returns
	 * false, without running it, otherwise.
	 */
	boolean runAs(String username, Scope required, Runnable work);

	/** The member's role now, when their account is enabled and that role holds the scope; empty otherwise. */
	java.util.Optional<StaffRole> currentRole(String username, Scope required);
}
