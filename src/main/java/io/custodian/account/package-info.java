/**
 * Customer accounts and SNS connections: customers sign in to the privacy center by a one-time link or code or a
 * connected SNS account, see and correct what is held about them, file requests without a code, and connect and
 * revoke SNS accounts, whose fields are removed with the connection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer accounts")
package io.custodian.account;
