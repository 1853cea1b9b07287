/**
 * Aggregated opinions: staff write surveys (rating, single and multiple choice, free text), customers answer them
 * anonymously or linked to their account, and results are shown only in aggregate, only for groups of at least
 * {@code custodian.opinion.min-group-size} answers, with free text only after staff redaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opinions")
package io.custodian.opinion;
