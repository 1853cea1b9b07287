package io.custodian.disclosure;

import java.util.ArrayList;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The record of processing lists the purposes, every recipient with its transfers, and every store. */
@CustodianTest
class RecordOfProcessingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void listsEveryRecipientWithItsPurposesCountryAndSafeguardAndEveryStore() throws Exception {
		var admin = Api.asAdmin(mvc);
		var shipper = create(admin, """
				{"name":"Parcel Express","kind":"processor","legalEntity":"Parcel Express GmbH","country":"DE",
				 "contractReference":"DPA-1","purposes":{"gifts":["name","postalAddress","phone"]}}""");
		var surveys = create(admin, """
				{"name":"Survey Co","kind":"processor","legalEntity":"Survey Co Inc.","country":"US",
				 "safeguard":"SCC 2021/914","contractReference":"DPA-2","purposes":{"feedback":["preferredLanguage"]}}""");
		var court = create(admin, """
				{"name":"District Court","kind":"authority","legalEntity":"District Court Berlin","country":"DE"}""");

		var record = json.readTree(admin.get("/api/v1/record-of-processing").exchange().getResponse()
			.getContentAsByteArray());
		var ids = new ArrayList<String>();
		record.get("recipients").forEach(r -> ids.add(r.get("id").asString()));
		assertThat(ids).contains(shipper, surveys, court);
		assertThat(record.get("purposes").size()).isGreaterThanOrEqualTo(6);
		var stores = new ArrayList<String>();
		record.get("stores").forEach(s -> stores.add(s.get("store").asString()));
		assertThat(stores).contains("customer", "disclosure");

		var csv = admin.get("/api/v1/record-of-processing?format=csv").exchange();
		assertThat(csv).hasStatusOk();
		var text = csv.getResponse().getContentAsString();
		assertThat(text).startsWith("section,name,description,purposes,fields,country,safeguard,details\r\n")
			.contains("recipient,Parcel Express", "name phone postalAddress", "SCC 2021/914", "recipient,District Court",
					"store,disclosure");
	}

	@Test
	void refusesAnUnknownFormat() {
		assertThat(Api.asAdmin(mvc).get("/api/v1/record-of-processing?format=xml").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	private String create(Api admin, String body) throws Exception {
		var result = admin.post("/api/v1/recipients", body).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString();
	}
}
