package io.custodian.disclosure;

import java.time.LocalDate;

/** A credential to issue: a label naming its use, and the day it expires (a year from today when empty). */
public record NewCredential(String label, LocalDate expires) {
}
