package io.custodian.request.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import io.custodian.request.RequestSummary;
import io.custodian.request.internal.RequestQueries;
import io.custodian.request.internal.RequestWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The request queue and a request's page as staff work them. */
@CustodianTest
class RequestConsoleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestWorkflow workflow;

	@Test
	void theQueueListsASubmittedRequestAndTheSidebarLinksToIt() {
		var submitted = desk.submit(request(unique("queue"), "deletion", "Please remove my phone number"));

		assertThat(mvc.get().uri("/requests").with(officer())).hasStatusOk()
			.bodyText()
			.contains("Request queue", submitted.reference(), "Deletion", "Awaiting code", "due in", "href=\"/requests\"",
					"Requests</a>");
		assertThat(mvc.get().uri("/requests").param("type", "deletion").param("state", "verifying").with(officer()))
			.hasStatusOk()
			.bodyText()
			.contains(submitted.reference());
		assertThat(mvc.get().uri("/requests").param("type", "access").with(officer())).hasStatusOk()
			.bodyText()
			.doesNotContain(submitted.reference());
		assertThat(mvc.get().uri("/requests").param("dueBefore", "2000-01-01").with(officer())).hasStatusOk()
			.bodyText()
			.contains("No request matches these filters.")
			.doesNotContain(submitted.reference());
		assertThat(mvc.get().uri("/requests").param("dueBefore", "tomorrow").with(officer())).hasStatusOk()
			.bodyText()
			.contains("Due before: enter a date");
	}

	@Test
	void theDetailShowsTheRequesterTheMessageAndTheTimeline() {
		var email = unique("detail");
		var submitted = desk.submit(new NewRequest(null, "correction", email, "My name is <b>wrong</b>",
				java.util.Map.of("name", "Ada King"), List.of(), List.of(), "en", "web"));

		assertThat(mvc.post().uri("/requests/{id}/notes", submitted.id()).with(officer()).with(csrf())
			.param("text", "Called the requester")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/requests/" + submitted.id());
		assertThat(mvc.get().uri("/requests/{id}", submitted.id()).with(officer())).hasStatusOk()
			.bodyText()
			.contains(submitted.reference(), email, "My name is &lt;b&gt;wrong&lt;/b&gt;", "Requested changes", "Ada King",
					"Timeline", "received", "by requester", "note", "by pat", "Called the requester")
			.doesNotContain("<b>wrong</b>");
	}

	@Test
	void rejectingWithAReasonClosesTheRequest() {
		var submitted = desk.submit(request(unique("reject"), "access", null));

		var missing = mvc.post().uri("/requests/{id}/rejection", submitted.id()).with(officer()).with(csrf())
			.param("reason", " ").exchange();
		assertThat(missing).hasStatus3xxRedirection();
		assertThat(missing).flash().containsKey("errors");
		assertThat(mvc.get().uri("/requests/{id}", submitted.id()).with(officer())
			.flashAttr("errors", missing.getMvcResult().getFlashMap().get("errors"))
			.flashAttr("alert", missing.getMvcResult().getFlashMap().get("alert"))).hasStatusOk()
			.bodyText()
			.contains("tell the requester why", "id=\"reject-reason-error\"", "Not saved");

		var rejected = mvc.post().uri("/requests/{id}/rejection", submitted.id()).with(officer()).with(csrf())
			.param("reason", "We hold no data we could identify you by.").exchange();
		assertThat(rejected).hasStatus3xxRedirection();
		assertThat(rejected).flash().containsEntry("notice", "Request rejected; the requester was told the reason.");
		assertThat(queries.queue("rejected", null, null, 500)).extracting(RequestSummary::id).contains(submitted.id());
		assertThat(mvc.get().uri("/requests/{id}", submitted.id()).with(officer())).hasStatusOk()
			.bodyText()
			.contains("Rejected", "rejected", "We hold no data we could identify you by.")
			.doesNotContain("Reject request");
	}

	@Test
	void anEliminationShowsItsErasureReport() {
		var email = unique("erase");
		var created = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"%s","name":"Erase Me","source":"staff","purposes":["support"]}""".formatted(email)).exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		var submitted = desk.submit(request(email, "elimination", "Forget me"));
		var customer = queries.detail(submitted.id()).request().customerId();
		workflow.markVerified(submitted.id(), customer, "test");

		assertThat(mvc.get().uri("/requests/{id}", submitted.id()).with(officer())).hasStatusOk()
			.bodyText()
			.contains("Fulfil elimination request");
		assertThat(mvc.post().uri("/requests/{id}/approval", submitted.id()).with(officer()).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/requests/{id}", submitted.id()).with(officer())).hasStatusOk()
			.bodyText()
			.contains("Completed", "id=\"erasure-report\"", "Rows removed", "customer", "consent", "completed");
		assertThat(mvc.get().uri("/requests/{id}/result", submitted.id()).with(officer()).accept(MediaType.APPLICATION_JSON))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.erasureReport")
			.asArray()
			.isNotEmpty();
	}

	@Test
	void extendingNeedsAReasonAndHappensOnce() {
		var submitted = desk.submit(request(unique("extend"), "access", null));

		var extended = mvc.post().uri("/requests/{id}/extension", submitted.id()).with(officer()).with(csrf())
			.param("months", "2").param("reason", "Many requests at once").exchange();
		assertThat(extended).flash().containsKey("notice");
		assertThat(mvc.get().uri("/requests/{id}", submitted.id()).with(officer())).hasStatusOk()
			.bodyText()
			.contains("Extended.", "Many requests at once")
			.doesNotContain("Extend the deadline");
		var again = mvc.post().uri("/requests/{id}/extension", submitted.id()).with(officer()).with(csrf())
			.param("months", "1").param("reason", "Again").exchange();
		assertThat(again).flash().containsKey("errors");
	}

	@Test
	void assignAndChangeTypeAreRecorded() {
		var submitted = desk.submit(request(unique("assign"), "access", "Please delete my phone number"));
		assertThat(mvc.post().uri("/requests/{id}/assignment", submitted.id()).with(officer()).with(csrf())
			.param("staff", "sam")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/requests/{id}/type", submitted.id()).with(officer()).with(csrf())
			.param("type", "deletion")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/requests").with(officer())).hasStatusOk().bodyText().contains(">sam<");
		assertThat(mvc.get().uri("/requests/{id}", submitted.id()).with(officer())).hasStatusOk()
			.bodyText()
			.contains("assigned", "type-changed", "access → deletion", "Assigned to sam");
	}

	@Test
	void staffWithoutTheRequestsScopeAreRefused() {
		var submitted = desk.submit(request(unique("denied"), "access", null));
		assertThat(mvc.get().uri("/requests").with(marketing())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/requests/{id}", submitted.id()).with(marketing())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/requests/{id}/rejection", submitted.id()).with(marketing()).with(csrf())
			.param("reason", "no")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/").with(marketing())).hasStatusOk().bodyText().doesNotContain("href=\"/requests\"");
		assertThat(mvc.post().uri("/requests/{id}/rejection", submitted.id()).with(officer()).param("reason", "no"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anUnknownRequestIsNotFound() {
		assertThat(mvc.get().uri("/requests/{id}", UUID.randomUUID()).with(officer())).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Request not found", "Back to the queue");
	}

	private static NewRequest request(String email, String type, String message) {
		return new NewRequest(null, type, email, message, null, "deletion".equals(type) ? List.of("phone") : null, null,
				"en", "web");
	}

	static RequestPostProcessor officer() {
		return user("pat").authorities(authorities("ROLE_PRIVACY_OFFICER", "SCOPE_customers:read", "SCOPE_requests:manage"));
	}

	static RequestPostProcessor marketing() {
		return user("mia").authorities(authorities("ROLE_MARKETING", "SCOPE_customers:read", "SCOPE_analytics:read"));
	}

	private static List<SimpleGrantedAuthority> authorities(String... names) {
		return Arrays.stream(names).map(SimpleGrantedAuthority::new).toList();
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}
}
