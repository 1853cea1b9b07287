package io.custodian.security;

/**
 * Background work done on a staff member's behalf: runs it as that member with their current role, re-read from the
 * staff table each time, so that every purpose-guard decision inside sees who started the work.
 */
public interface StaffIdentity {

	/**
	 * Runs the work as the member when their account is enabled and their current role holds the scope; returns
	 * false, without running it, otherwise.
	 */
	boolean runAs(String username, Scope required, Runnable work);
}
