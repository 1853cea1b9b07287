/**
 * Support cases: a conversation between a customer and staff under a short reference, opened by staff, by the
 * signed-in customer or by email; staff replies are mailed and the customer's email replies thread into the case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support cases")
package io.custodian.support;
