package io.custodian.opinion;

import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.TestDatabase;
import io.custodian.account.internal.CustomerSessions;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Surveys end to end: staff write and open them, people answer anonymously or signed in, and results show only
 * aggregates of groups of at least five answers, with free text only as staff redacted it.
 */
@CustodianTest
class SurveysIntegrationTests {

	static final String QUESTIONS = """
			[{"kind":"rating","text":"How happy are you?","required":true,"scale":5,"lowLabel":"not","highLabel":"very"},
			 {"kind":"single","text":"Which plan?","required":false,"options":["Free","Pro","Team"]},
			 {"kind":"multiple","text":"What do you use?","required":false,"options":["Mail","Chat","Calls"]},
			 {"kind":"text","text":"Anything else?","required":false}]""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	List<PersonalDataStore> stores;

	@Autowired
	CustomerSessions sessions;

	@Test
	void refusesToOpenASurveyWithoutQuestionsAndToEditQuestionsOnceOpen() {
		var empty = create("[]");
		assertThat(Api.asAdmin(mvc).post("/api/v1/surveys/{id}/open", "", empty.get("id").asString()))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("questions");

		var survey = open(create(QUESTIONS));
		assertThat(Api.asAdmin(mvc).put("/api/v1/surveys/{id}", """
				{"slug":"%s","title":"Changed","questions":[]}""".formatted(survey.get("slug").asString()),
				survey.get("id").asString())).hasStatus(HttpStatus.CONFLICT);
		assertThat(Api.asAdmin(mvc).post("/api/v1/surveys", """
				{"slug":"x","title":"T","questions":[{"kind":"single","text":"Q","options":["only one"]},
				 {"kind":"rating","text":"R","scale":40}]}""")).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("questions[1].options", "questions[2].scale");
	}

	@Test
	void refusesAnswersToADraftOrClosedSurveyAndStoresNothing() {
		var survey = create(QUESTIONS);
		var slug = survey.get("slug").asString();
		assertThat(answer(slug, "{\"1\":4}")).hasStatus(HttpStatus.CONFLICT);
		open(survey);
		assertThat(Api.asAdmin(mvc).post("/api/v1/surveys/{id}/close", "", survey.get("id").asString())).hasStatusOk();

		assertThat(answer(slug, "{\"1\":4}")).hasStatus(HttpStatus.GONE);
		assertThat(mvc.post().uri("/surveys/{slug}?lang=en", slug).param("q1", "4")).hasStatus(HttpStatus.GONE)
			.bodyText().contains("closed");
		assertThat(responses(survey)).isZero();
	}

	@Test
	void refusesInvalidAnswersNamingTheQuestion() {
		var survey = open(create(QUESTIONS));
		var slug = survey.get("slug").asString();

		assertThat(answer(slug, "{\"1\":6}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("answers.1");
		assertThat(answer(slug, "{\"1\":3,\"2\":4}")).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("answers.2", "choose an option from 1 to 3");
		assertThat(answer(slug, "{\"2\":1}")).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("answers.1", "answer this question");
		assertThat(answer(slug, "{\"1\":3,\"4\":\"%s\"}".formatted("x".repeat(5001)))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText().contains("answers.4");
		assertThat(mvc.post().uri("/surveys/{slug}?lang=en", slug).param("q1", "9")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText().contains("rate from 1 to 5");
		assertThat(responses(survey)).isZero();
	}

	@Test
	void withholdsResultsUnderFiveAnswersAndShowsCountsFromFive() {
		var survey = open(create(QUESTIONS));
		var slug = survey.get("slug").asString();
		for (int i = 0; i < 4; i++) {
			assertThat(answer(slug, "{\"1\":%d,\"2\":1,\"3\":[1,3]}".formatted(i + 2))).hasStatus(HttpStatus.CREATED);
		}
		var withheld = results(survey, "");
		assertThat(withheld.at("/overall/withheld").asBoolean()).isTrue();
		assertThat(absent(withheld.at("/overall/answers"))).isTrue();
		assertThat(withheld.at("/overall/questions").size()).isZero();
		assertThat(Api.asAdmin(mvc).get("/api/v1/surveys/{id}", survey.get("id").asString())).hasStatusOk().bodyText()
			.doesNotContain("\"answers\":4");

		assertThat(mvc.post().uri("/surveys/{slug}?lang=en", slug).param("q1", "5").param("q2", "2")
			.param("q3", "1", "2")).hasStatusOk().bodyText().contains("Thank you");
		var shown = results(survey, "");
		assertThat(Api.asAdmin(mvc).get("/api/v1/surveys/{id}", survey.get("id").asString())).bodyJson()
			.extractingPath("$.answers").isEqualTo(5);
		assertThat(shown.at("/overall/answers").asLong()).isEqualTo(5);
		assertThat(shown.at("/overall/questions/0/mean").asDouble()).isEqualTo(3.8);
		assertThat(shown.at("/overall/questions/0/counts/4/count").asLong()).isEqualTo(2);
		assertThat(shown.at("/overall/questions/1/counts/0/count").asLong()).isEqualTo(4);
		assertThat(shown.at("/overall/questions/2/counts/0/count").asLong()).isEqualTo(5);
		assertThat(shown.at("/overall/questions/2/counts/2/count").asLong()).isEqualTo(4);
	}

	@Test
	void withholdsABreakdownGroupUnderFiveAndTheNextSmallestSoNoFigureFollowsBySubtraction() {
		var survey = open(create(QUESTIONS));
		var slug = survey.get("slug").asString();
		for (var plan : List.of(1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3)) {
			assertThat(answer(slug, "{\"1\":3,\"2\":%d}".formatted(plan))).hasStatus(HttpStatus.CREATED);
		}
		var byPlan = results(survey, "2");
		assertThat(byPlan.at("/groups/0/label").asString()).isEqualTo("Free");
		assertThat(byPlan.at("/groups/0/answers").asLong()).isEqualTo(6);
		assertThat(byPlan.at("/groups/1/withheld").asBoolean()).isTrue();
		assertThat(byPlan.at("/groups/2/withheld").asBoolean()).isTrue();
		assertThat(absent(byPlan.at("/groups/2/answers"))).isTrue();
		assertThat(byPlan.at("/groups/3/label").asString()).isEqualTo("no answer");
		assertThat(byPlan.at("/groups/3/withheld").asBoolean()).isTrue();
		assertThat(byPlan.at("/overall/answers").asLong()).isEqualTo(13);

		assertThat(Api.asAdmin(mvc).get("/api/v1/surveys/{id}/results?by=3", survey.get("id").asString()))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("by");
	}

	@Test
	void showsFreeTextOnlyAfterRedactionAndOnlyTheRedactedText() {
		var survey = open(create(QUESTIONS));
		var slug = survey.get("slug").asString();
		var id = survey.get("id").asString();
		for (int i = 0; i < 5; i++) {
			answer(slug, "{\"1\":3,\"4\":\"I am Jane Roe from Berlin, answer %d\"}".formatted(i));
		}
		assertThat(results(survey, "").at("/texts/0/answers").size()).isZero();

		var queue = json.readTree(Api.asAdmin(mvc).get("/api/v1/surveys/{id}/texts", id).exchange().getResponse()
			.getContentAsByteArray());
		assertThat(queue.size()).isEqualTo(5);
		assertThat(queue.get(0).get("original").asString()).startsWith("I am Jane Roe from Berlin");
		assertThat(Api.asAdmin(mvc).post("/api/v1/surveys/{id}/texts/{t}/approve", """
				{"text":"I am [name] from [city]"}""", id, queue.get(0).get("id").asString())).hasStatusOk();
		assertThat(Api.asAdmin(mvc).post("/api/v1/surveys/{id}/texts/{t}/reject", "", id,
				queue.get(1).get("id").asString())).hasStatusOk();

		var results = Api.asAdmin(mvc).get("/api/v1/surveys/{id}/results", id).exchange();
		assertThat(results).bodyJson().extractingPath("$.texts[0].answers").isEqualTo(List.of("I am [name] from [city]"));
		assertThat(results).bodyText().doesNotContain("Jane", "Berlin");
		assertThat(mvc.get().uri("/api/v1/surveys/{id}/texts", id)).hasStatus(HttpStatus.UNAUTHORIZED);
		var stored = jdbc.sql("SELECT answer FROM opinion_texts WHERE survey_id = :s").param("s", UUID.fromString(id))
			.query(byte[].class).list();
		assertThat(stored).hasSize(5).noneMatch(bytes -> new String(bytes).contains("Jane"));
	}

	@Test
	void aSignedInCustomersAnswerIsLinkedOnceExportedAndErasedSoTheCountDrops() throws Exception {
		var survey = open(create(QUESTIONS));
		var slug = survey.get("slug").asString();
		for (int i = 0; i < 4; i++) {
			answer(slug, "{\"1\":2}");
		}
		var customer = customer();
		var session = session(customer);

		assertThat(mvc.get().uri("/account/surveys/{slug}?lang=en", slug).cookie(session)).hasStatusOk().bodyText()
			.contains("How happy are you?", "name=\"consent\"");
		assertThat(mvc.post().uri("/account/surveys/{slug}?lang=en", slug).with(csrf()).cookie(session).param("q1", "5"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("linked to your account");
		assertThat(mvc.post().uri("/account/surveys/{slug}?lang=en", slug).with(csrf()).cookie(session).param("q1", "5")
			.param("q2", "3").param("q4", "Call me maybe").param("consent", "true")).hasStatusOk();
		assertThat(mvc.post().uri("/account/surveys/{slug}?lang=en", slug).with(csrf()).cookie(session).param("q1", "1"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(results(survey, "").at("/overall/answers").asLong()).isEqualTo(5);

		var export = store().export(DataSubject.customer(customer));
		assertThat(export.toString()).contains(survey.get("title").asString(), "How happy are you?", "Team",
				"Call me maybe");
		assertThat(mvc.get().uri("/account?lang=en").cookie(session)).hasStatusOk().bodyText()
			.contains(survey.get("title").asString(), "Call me maybe");

		store().erase(DataSubject.customer(customer));
		assertThat(responses(survey)).isEqualTo(4);
		assertThat(results(survey, "").at("/overall/withheld").asBoolean()).isTrue();
		assertThat(store().export(DataSubject.customer(customer))).isEmpty();
	}

	@Test
	void aSuspendedCustomersAnswerIsRefusedAndTheirAnswersLeaveTheResults() throws Exception {
		var survey = open(create(QUESTIONS));
		var slug = survey.get("slug").asString();
		var customer = customer();
		var session = session(customer);
		assertThat(mvc.post().uri("/account/surveys/{slug}?lang=en", slug).with(csrf()).cookie(session).param("q1", "5")
			.param("q4", "A secret note").param("consent", "true")).hasStatusOk();
		stores.forEach(s -> s.restrict(DataSubject.customer(customer)));
		for (int i = 0; i < 4; i++) {
			answer(slug, "{\"1\":2}");
		}
		assertThat(results(survey, "").at("/overall/withheld").asBoolean()).isTrue();
		assertThat(Api.asAdmin(mvc).get("/api/v1/surveys/{id}/texts", survey.get("id").asString())).hasStatusOk()
			.bodyText().doesNotContain("A secret note");

		var suspended = customer();
		stores.forEach(s -> s.restrict(DataSubject.customer(suspended)));
		assertThat(mvc.post().uri("/account/surveys/{slug}?lang=en", slug).with(csrf()).cookie(session(suspended))
			.param("q1", "5").param("consent", "true")).hasStatus(HttpStatus.CONFLICT).bodyText().contains("suspended");
		assertThat(responses(survey)).isEqualTo(5);
		stores.forEach(s -> s.lift(DataSubject.customer(customer)));
		assertThat(results(survey, "").at("/overall/answers").asLong()).isEqualTo(5);
	}

	@Test
	void aCustomerDeletesTheirOwnAnswerEvenAfterTheSurveyClosed() throws Exception {
		var survey = open(create(QUESTIONS));
		var slug = survey.get("slug").asString();
		var customer = customer();
		var session = session(customer);
		assertThat(mvc.post().uri("/account/surveys/{slug}?lang=en", slug).with(csrf()).cookie(session).param("q1", "4")
			.param("consent", "true")).hasStatusOk();
		assertThat(Api.asAdmin(mvc).post("/api/v1/surveys/{id}/close", "", survey.get("id").asString())).hasStatusOk();

		assertThat(mvc.get().uri("/account/surveys/{slug}?lang=en", slug).cookie(session)).hasStatusOk().bodyText()
			.contains("You already answered", "Delete my answer");
		assertThat(mvc.post().uri("/account/surveys/{slug}/erase?lang=en", slug).with(csrf()).cookie(session))
			.hasStatusOk().bodyText().contains("Answer deleted");
		assertThat(responses(survey)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'opinions.answer-erased' AND subject = :c")
			.param("c", customer.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void staffWithoutOpinionsReadAreForbiddenAndAnalystsOnlyRead() {
		var survey = create(QUESTIONS);
		var support = Api.asAdmin(mvc).createStaff("support-" + UUID.randomUUID().toString().substring(0, 8), "support");
		assertThat(support.get("/api/v1/surveys")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(support.get("/api/v1/surveys/{id}/results", survey.get("id").asString()))
			.hasStatus(HttpStatus.FORBIDDEN);

		var analyst = Api.asAdmin(mvc).createStaff("analyst-" + UUID.randomUUID().toString().substring(0, 8), "analyst");
		assertThat(analyst.get("/api/v1/surveys/{id}/results", survey.get("id").asString())).hasStatusOk();
		assertThat(analyst.post("/api/v1/surveys/{id}/open", "", survey.get("id").asString()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void staffWriteOpenAndReadASurveyInTheConsole() {
		var login = mvc.post().uri("/login").param("username", "admin").param("password", TestDatabase.ADMIN_PASSWORD)
			.with(csrf()).exchange();
		var console = (MockHttpSession) login.getRequest().getSession(false);
		var slug = "c-" + UUID.randomUUID().toString().substring(0, 8);
		var created = mvc.post().uri("/opinions").session(console).with(csrf()).param("slug", slug)
			.param("title", "Console survey").param("intro", "Hi").exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		var page = created.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri(page).session(console)).hasStatusOk().bodyText().contains("Question 3", "Rating 1..N");

		assertThat(mvc.post().uri(page).session(console).with(csrf()).param("slug", slug).param("title", "Console survey")
			.param("intro", "Hi").param("kind", "single", "text", "").param("text", "Best plan, really?", "Why?", "")
			.param("required", "yes", "no", "no").param("scale", "", "", "").param("low", "", "", "")
			.param("high", "", "", "").param("options", "Free, with ads\nPro", "", "")).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri(page + "/open").session(console).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri(page).session(console)).hasStatusOk().bodyText()
			.contains("open", "Best plan, really?", "Free, with ads · Pro");
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.post().uri("/surveys/{slug}?lang=de", slug).param("q1", "1").param("q2", "Weil " + i))
				.hasStatusOk().bodyText().contains("Vielen Dank");
		}
		assertThat(mvc.get().uri(page + "/results?by=language").session(console)).hasStatusOk().bodyText()
			.contains("Free, with ads", "<meter", "5 answers", "No approved text yet");
		assertThat(mvc.get().uri(page + "/texts").session(console)).hasStatusOk().bodyText().contains("Weil 0", "Weil 4");
		assertThat(mvc.get().uri("/opinions").session(console)).hasStatusOk().bodyText().contains("Console survey", slug);
	}

	private JsonNode create(String questions) {
		var slug = "s-" + UUID.randomUUID().toString().substring(0, 8);
		var created = Api.asAdmin(mvc).post("/api/v1/surveys", """
				{"slug":"%s","title":"Survey %s","intro":"Tell us","questions":%s}""".formatted(slug, slug, questions))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return read(created);
	}

	private JsonNode open(JsonNode survey) {
		var opened = Api.asAdmin(mvc).post("/api/v1/surveys/{id}/open", "", survey.get("id").asString()).exchange();
		assertThat(opened).hasStatusOk();
		return read(opened);
	}

	private MvcTestResult answer(String slug, String answers) {
		return mvc.post().uri("/api/v1/surveys/by-slug/{slug}/answers", slug).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\":" + answers + "}").exchange();
	}

	private JsonNode results(JsonNode survey, String by) {
		var result = Api.asAdmin(mvc).get("/api/v1/surveys/{id}/results?by={by}", survey.get("id").asString(), by)
			.exchange();
		assertThat(result).hasStatusOk();
		return read(result);
	}

	private long responses(JsonNode survey) {
		return jdbc.sql("SELECT COUNT(*) FROM opinion_responses WHERE survey_id = :s")
			.param("s", UUID.fromString(survey.get("id").asString())).query(Long.class).single();
	}

	private UUID customer() {
		var created = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"ann-%s@example.com","name":"Ann","source":"customer-form","purposes":["support"]}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))).exchange();
		return UUID.fromString(read(created).get("id").asString());
	}

	private Cookie session(UUID customer) {
		var response = new MockHttpServletResponse();
		sessions.open(customer, "email-code", new MockHttpServletRequest(), response);
		var header = response.getHeader("Set-Cookie");
		var value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
		return new Cookie(CustomerSessions.COOKIE, value);
	}

	private PersonalDataStore store() {
		return stores.stream().filter(s -> s.describe().store().equals("opinions")).findFirst().orElseThrow();
	}

	private static boolean absent(JsonNode node) {
		return node.isMissingNode() || node.isNull();
	}

	private JsonNode read(MvcTestResult result) {
		return json.readTree(result.getResponse().getContentAsByteArray());
	}
}
