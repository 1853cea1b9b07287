package io.custodian.collect.web.scripts;

import java.util.Map;

import io.custodian.TestDatabase;
import io.custodian.site.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each anchor's standard snippet, as its documentation publishes it, with only the host changed to Custodian's: the
 * script Custodian serves counts pageviews, events with their properties, outbound links, downloads, site searches
 * and single-page navigation, and adds a visitor id only with analytics consent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class SnippetBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	private ShopOnItsOwnHost shop;

	@AfterEach
	void stop() {
		if (shop != null) {
			shop.close();
		}
	}

	@Test
	void matomoSnippetCountsPageviewsEventsSearchesLinksAndNavigationWithoutCookies() {
		shop = ShopOnItsOwnHost.start(port, sites, jdbc, "matomo-shop.test", hosts -> Map.of("/", matomoPage(hosts, "Home")));
		shop.open("/");
		shop.browser.findElement(By.id("event")).click();
		shop.browser.findElement(By.id("search")).click();
		shop.browser.findElement(By.id("outbound")).click();
		shop.browser.findElement(By.id("download")).click();
		shop.browser.findElement(By.id("spa")).click();
		shop.awaitTitle("Step 2");

		var home = shop.stored("pageview", "/");
		assertThat(home.get("title")).isEqualTo("Home");
		assertThat(home.get("cookieless")).isEqualTo(true);
		assertThat(home.get("bot")).isEqualTo(false);
		var event = shop.stored("action", "/", r -> "event".equals(r.get("action_kind")));
		assertThat(event.get("action_name")).isEqualTo("Videos/Play");
		assertThat((String) event.get("props")).contains("\"name\":\"Intro\"").contains("\"value\":12.5");
		assertThat(event.get("pageview_id")).isEqualTo(home.get("pageview_id"));
		var search = shop.stored("action", "/", r -> "search".equals(r.get("action_kind")));
		assertThat(search.get("action_name")).isEqualTo("boots");
		assertThat((String) search.get("props")).contains("\"count\":12");
		assertThat(shop.stored("action", "/", r -> "outbound".equals(r.get("action_kind"))).get("action_target"))
			.isEqualTo("http://other.test/offer");
		assertThat(shop.stored("action", "/", r -> "download".equals(r.get("action_kind"))).get("action_target"))
			.isEqualTo(shop.page("/files/guide.pdf"));
		var step = shop.stored("pageview", "/spa/step2");
		assertThat(step.get("referrer")).isEqualTo(shop.page("/"));
		assertThat(step.get("title")).isEqualTo("Step 2");
		assertThat(shop.browser.manage().getCookies()).extracting(Cookie::getName).doesNotContain("_cst_vid");
	}

	@Test
	void matomoSnippetSendsTheVisitorIdOnlyWithAnalyticsConsent() throws Exception {
		shop = ShopOnItsOwnHost.start(port, sites, jdbc, "consent-shop.test", hosts -> Map.of("/", matomoPage(hosts, "Home"),
				"/next.html", matomoPage(hosts, "Next")));
		shop.open("/");
		var consentId = shop.grantAnalytics();
		shop.open("/next.html");
		shop.awaitTitle("Next");
		var visitor = shop.browser.manage().getCookieNamed("_cst_vid");
		assertThat(visitor).isNotNull();
		var next = shop.stored("pageview", "/next.html");
		assertThat(next.get("visitor_id")).isEqualTo(visitor.getValue());
		assertThat(next.get("consent_id")).isEqualTo(consentId);
		assertThat(next.get("cookieless")).isEqualTo(false);
		assertThat(shop.stored("pageview", "/").get("cookieless")).isEqualTo(true);
	}

	@Test
	void plausibleSnippetAndItsVariantCountPageviewsEventsOutboundLinksAndNavigation() {
		shop = ShopOnItsOwnHost.start(port, sites, jdbc, "plausible-shop.test", hosts -> Map.of("/", plausiblePage(hosts, "script.js", "Home"),
				"/tagged.html", plausiblePage(hosts, "script.outbound-links.tagged-events.js", "Tagged")));
		shop.open("/");
		shop.browser.findElement(By.id("signup")).click();
		shop.browser.findElement(By.id("spa")).click();
		shop.awaitTitle("Step 2");
		shop.open("/tagged.html");
		shop.browser.findElement(By.id("tagged")).click();
		shop.browser.findElement(By.id("outbound")).click();

		assertThat(shop.stored("pageview", "/").get("cookieless")).isEqualTo(true);
		var early = shop.stored("action", "/", r -> "Queued".equals(r.get("action_name")));
		assertThat((String) early.get("props")).contains("\"early\":\"yes\"");
		var signup = shop.stored("action", "/", r -> "Signup".equals(r.get("action_name")));
		assertThat((String) signup.get("props")).contains("\"plan\":\"pro\"");
		shop.stored("pageview", "/spa/step2");
		assertThat(shop.stored("engagement", "/").get("engaged_ms")).isNotNull();
		var tagged = shop.stored("action", "/tagged.html", r -> "Download Guide".equals(r.get("action_name")));
		assertThat((String) tagged.get("props")).contains("\"format\":\"pdf\"");
		assertThat(shop.stored("action", "/tagged.html", r -> "outbound".equals(r.get("action_kind")))
			.get("action_target")).isEqualTo("http://other.test/offer");
		assertThat(shop.browser.manage().getCookies()).isEmpty();
	}

	@Test
	void plausiblesNewerSiteSnippetCountsPageviewsEventsAndNavigation() {
		shop = ShopOnItsOwnHost.start(port, sites, jdbc, "plausible-new.test", hosts -> Map.of("/", page("Home", """
				<script async src="%s/js/pa-Xy12AbCdEf.js"></script>
				<script>
				  window.plausible=window.plausible||function(){(plausible.q=plausible.q||[]).push(arguments)},plausible.init=plausible.init||function(i){plausible.o=i||{}};
				  plausible.init()
				</script>""".formatted(hosts.stats()), """
				<button id="signup" onclick="plausible('Signup', {props: {plan: 'pro'}})">Sign up</button>
				<button id="spa" onclick="history.pushState({}, '', '/spa/step2'); document.title = 'Step 2'">Next</button>""")));
		shop.open("/");
		shop.stored("pageview", "/");
		shop.browser.findElement(By.id("signup")).click();
		shop.browser.findElement(By.id("spa")).click();
		shop.awaitTitle("Step 2");

		var signup = shop.stored("action", "/", r -> "Signup".equals(r.get("action_name")));
		assertThat((String) signup.get("props")).contains("\"plan\":\"pro\"");
		shop.stored("pageview", "/spa/step2");
		assertThat(shop.browser.manage().getCookies()).isEmpty();
	}

	@Test
	void umamiSnippetCountsPageviewsEventsWithDataAndNavigation() {
		shop = ShopOnItsOwnHost.start(port, sites, jdbc, "umami-shop.test", hosts -> Map.of("/", umamiPage(hosts, "Home")));
		shop.open("/");
		shop.browser.findElement(By.id("signup")).click();
		shop.browser.findElement(By.id("purchase")).click();
		shop.browser.findElement(By.id("spa")).click();
		shop.awaitTitle("Step 2");

		var home = shop.stored("pageview", "/");
		assertThat(home.get("title")).isEqualTo("Home");
		assertThat(home.get("language")).isEqualTo("en-US");
		var signup = shop.stored("action", "/", r -> "Signup".equals(r.get("action_name")));
		assertThat((String) signup.get("props")).contains("\"plan\":\"pro\"");
		var purchase = shop.stored("action", "/", r -> "Purchase".equals(r.get("action_name")));
		assertThat((String) purchase.get("props")).contains("\"amount\":9");
		var step = shop.stored("pageview", "/spa/step2");
		assertThat(step.get("referrer")).isEqualTo(shop.page("/"));
		assertThat(shop.browser.manage().getCookies()).isEmpty();
	}

	private static String matomoPage(ShopOnItsOwnHost.Hosts hosts, String title) {
		var snippet = """
				<!-- Matomo -->
				<script>
				  var _paq = window._paq = window._paq || [];
				  /* tracker methods like "setCustomDimension" should be called before "trackPageView" */
				  _paq.push(['trackPageView']);
				  _paq.push(['enableLinkTracking']);
				  (function() {
				    var u="//%s/";
				    _paq.push(['setTrackerUrl', u+'matomo.php']);
				    _paq.push(['setSiteId', '%d']);
				    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
				    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
				  })();
				</script>
				<!-- End Matomo Code -->""".formatted(hosts.stats().replace("http://", ""), hosts.site().trackingId());
		return page(title, snippet, """
				<button id="event" onclick="_paq.push(['trackEvent', 'Videos', 'Play', 'Intro', 12.5])">Play</button>
				<button id="search" onclick="_paq.push(['trackSiteSearch', 'boots', 'shoes', 12])">Search</button>
				<a id="outbound" href="http://other.test/offer" onclick="return false">Offer</a>
				<a id="download" href="/files/guide.pdf" onclick="return false">Guide</a>
				<button id="spa" onclick="var from = location.href; history.pushState({}, '', '/spa/step2');
				  document.title = 'Step 2'; _paq.push(['setReferrerUrl', from]); _paq.push(['setCustomUrl', location.href]);
				  _paq.push(['setDocumentTitle', document.title]); _paq.push(['trackPageView'])">Next</button>""");
	}

	private static String plausiblePage(ShopOnItsOwnHost.Hosts hosts, String file, String title) {
		var snippet = """
				<script defer data-domain="%s" src="%s/js/%s"></script>
				<script>window.plausible = window.plausible || function() { (window.plausible.q = window.plausible.q || []).push(arguments) }
				plausible('Queued', {props: {early: 'yes'}})</script>""".formatted(hosts.site().primaryDomain(), hosts.stats(), file);
		return page(title, snippet, """
				<button id="signup" onclick="plausible('Signup', {props: {plan: 'pro'}})">Sign up</button>
				<button id="spa" onclick="history.pushState({}, '', '/spa/step2'); document.title = 'Step 2'">Next</button>
				<a id="tagged" class="plausible-event-name=Download+Guide plausible-event-format=pdf" href="#">Guide</a>
				<a id="outbound" href="http://other.test/offer" onclick="return false">Offer</a>""");
	}

	private static String umamiPage(ShopOnItsOwnHost.Hosts hosts, String title) {
		var snippet = """
				<script defer src="%s/script.js" data-website-id="%s"></script>""".formatted(hosts.stats(), hosts.site().id());
		return page(title, snippet, """
				<button id="signup" data-umami-event="Signup" data-umami-event-plan="pro">Sign up</button>
				<button id="purchase" onclick="umami.track('Purchase', {amount: 9})">Buy</button>
				<button id="spa" onclick="history.pushState({}, '', '/spa/step2'); document.title = 'Step 2'">Next</button>""");
	}

	static String page(String title, String head, String body) {
		return """
				<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
				%s</head><body><h1>%s</h1>%s</body></html>""".formatted(title, head, title, body);
	}
}
