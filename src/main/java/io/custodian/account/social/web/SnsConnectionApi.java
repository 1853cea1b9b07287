package io.custodian.account.social.web;

import java.util.List;
import java.util.UUID;

import io.custodian.account.social.RemoteRevocations;
import io.custodian.account.social.SnsConnection;
import io.custodian.account.social.SnsConnections;
import io.custodian.customer.CustomerVault;
import io.custodian.security.CurrentActor;
import io.custodian.system.Problems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's SNS connections over the API: list them (never their tokens), and revoke one, answered with the
 * connection as it is after the provider was called (remoteStatus done, pending, failed or none).
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/connections")
class SnsConnectionApi {

	private final SnsConnections connections;

	private final RemoteRevocations remote;

	private final CustomerVault vault;

	SnsConnectionApi(SnsConnections connections, RemoteRevocations remote, CustomerVault vault) {
		this.connections = connections;
		this.remote = remote;
		this.vault = vault;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_customers:read')")
	List<SnsConnection> list(@PathVariable UUID customerId) {
		vault.summary(customerId);
		return connections.of(customerId);
	}

	@DeleteMapping("/{connectionId}")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	SnsConnection revoke(@PathVariable UUID customerId, @PathVariable UUID connectionId) {
		connections.revoke(customerId, connectionId, "api:" + CurrentActor.name());
		remote.attempt(connectionId);
		return connections.find(customerId, connectionId)
			.orElseThrow(() -> Problems.notFound("Connection " + connectionId));
	}
}
