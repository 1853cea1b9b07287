package io.custodian.disclosure;

import java.util.List;
import java.util.UUID;

/**
 * The credentials of recipients: issued by staff (the secret shown once), listed with their last use, revoked; every
 * issue and revocation is audited. An unknown recipient or credential is a 404, a second revocation a 409, a bad
 * label or expiry a 400 problem naming the field.
 */
public interface RecipientCredentials {

	IssuedCredential issue(UUID recipientId, NewCredential credential);

	List<RecipientCredential> of(UUID recipientId);

	void revoke(UUID recipientId, UUID credentialId);
}
