package io.custodian.disclosure;

/** A credential just issued, with its secret: shown this once and never again. */
public record IssuedCredential(RecipientCredential credential, String secret) {
}
