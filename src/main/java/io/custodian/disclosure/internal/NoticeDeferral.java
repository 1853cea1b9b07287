package io.custodian.disclosure.internal;

import java.time.LocalDate;

/** A prohibition to tell the customers about a demand: the reason (e.g. the court order) and the day it ends. */
public record NoticeDeferral(String reason, LocalDate until) {
}
