package io.custodian.collect.web.scripts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import io.custodian.TestDatabase;
import io.custodian.site.Sites;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static io.custodian.collect.web.scripts.SnippetBrowserTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The anchors' own published trackers, unchanged but for the host, against Custodian, and Custodian's script for the
 * same snippet on the same page: both are counted alike (pageviews per page, events with their properties, outbound
 * links). Matomo's piwik.js is published on no registry this build reaches, so it is not among them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class AnchorTrackerBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Test
	void umamisOwnTrackerAndOursCountTheSame() {
		var tracker = AnchorTrackers.umami();
		var body = """
				<button id="signup" data-umami-event="Signup" data-umami-event-plan="pro">Sign up</button>
				<button id="purchase" onclick="umami.track('Purchase', {amount: 9})">Buy</button>
				<button id="spa" onclick="history.pushState({}, '', '/spa/step2'); document.title = 'Step 2'">Next</button>""";
		Function<String, String> snippet = src -> "<script defer src=\"%s\" data-website-id=\"%%s\" data-host-url=\"%%s\"></script>"
			.formatted(src);
		var theirs = visit("umami-theirs.test", hosts -> Map.of("/vendor/umami.js", tracker, "/", page("Home",
				snippet.apply("/vendor/umami.js").formatted(hosts.site().id(), hosts.stats()), body)), this::clickThrough);
		var ours = visit("umami-ours.test", hosts -> Map.of("/", page("Home",
				snippet.apply(hosts.stats() + "/script.js").formatted(hosts.site().id(), hosts.stats()), body)),
				this::clickThrough);
		assertThat(theirs).contains("pageview /", "pageview /spa/step2", "action / Signup {\"plan\":\"pro\"}",
				"action / Purchase {\"amount\":9}");
		assertThat(ours).isEqualTo(theirs);
	}

	@Test
	void plausiblesOwnTrackerAndOursCountTheSame() {
		var tracker = AnchorTrackers.plausible();
		var body = """
				<button id="signup" onclick="plausible('Signup', {props: {plan: 'pro'}})">Sign up</button>
				<a id="outbound" href="http://other.test/offer" onclick="return false">Offer</a>
				<button id="spa" onclick="history.pushState({}, '', '/spa/step2'); document.title = 'Step 2'">Next</button>""";
		var theirs = visit("plausible-theirs.test", hosts -> Map.of("/vendor/plausible.js", tracker, "/", page("Home", """
				<script type="module">
				  import { init, track } from '/vendor/plausible.js';
				  init({ domain: '%s', endpoint: '%s/api/event', outboundLinks: true });
				  window.plausible = track;
				</script>""".formatted(hosts.site().primaryDomain(), hosts.stats()), body)), this::clickThrough);
		var ours = visit("plausible-ours.test", hosts -> Map.of("/", page("Home",
				"<script defer data-domain=\"%s\" src=\"%s/js/script.outbound-links.js\"></script>"
					.formatted(hosts.site().primaryDomain(), hosts.stats()), body)), this::clickThrough);
		assertThat(theirs).contains("pageview /", "pageview /spa/step2", "action / Signup {\"plan\":\"pro\"}",
				"action / Outbound Link null");
		assertThat(ours).isEqualTo(theirs);
	}

	@Test
	void theOlderPlausibleTrackerPackageAndOursCountTheSame() {
		var files = AnchorTrackers.legacyPlausible();
		var body = """
				<button id="signup" onclick="plausible('Signup', {props: {plan: 'pro'}})">Sign up</button>
				<button id="spa" onclick="history.pushState({}, '', '/spa/step2'); document.title = 'Step 2'">Next</button>""";
		var theirs = visit("plausible-legacy.test", hosts -> {
			var pages = new java.util.HashMap<String, String>();
			files.forEach((name, text) -> pages.put("/vendor/pt/" + name, text));
			// its build imports './lib/tracker' without an extension: an import map names the files, the code stays as published
			pages.put("/", page("Home", """
					<script type="importmap">{"imports": {"/vendor/pt/lib/tracker": "/vendor/pt/lib/tracker.js",
					  "/vendor/pt/lib/request": "/vendor/pt/lib/request.js"}}</script>
					<script type="module">
					  import Plausible from '/vendor/pt/index.js';
					  const { trackEvent, enableAutoPageviews } = Plausible({ domain: '%s', apiHost: '%s' });
					  enableAutoPageviews();
					  window.plausible = trackEvent;
					</script>""".formatted(hosts.site().primaryDomain(), hosts.stats()), body));
			return pages;
		}, this::clickThrough);
		var ours = visit("plausible-ours-too.test", hosts -> Map.of("/", page("Home",
				"<script defer data-domain=\"%s\" src=\"%s/js/script.js\"></script>"
					.formatted(hosts.site().primaryDomain(), hosts.stats()), body)), this::clickThrough);
		assertThat(theirs).contains("pageview /", "pageview /spa/step2", "action / Signup {\"plan\":\"pro\"}");
		assertThat(ours).isEqualTo(theirs);
	}

	private void clickThrough(ShopOnItsOwnHost shop) {
		shop.open("/");
		shop.awaitTitle("Home");
		await().atMost(Duration.ofSeconds(15)).until(() -> !shop.rows("pageview", "/").isEmpty());
		for (var id : List.of("signup", "purchase", "outbound")) {
			shop.browser.findElements(By.id(id)).forEach(e -> e.click());
		}
		shop.browser.findElement(By.id("spa")).click();
		shop.awaitTitle("Step 2");
	}

	/** Runs the visit on a fresh shop and returns what was stored, engagement left out, in a stable order. */
	private List<String> visit(String host, Function<ShopOnItsOwnHost.Hosts, Map<String, String>> pages,
			Consumer<ShopOnItsOwnHost> visit) {
		try (var shop = ShopOnItsOwnHost.start(port, sites, jdbc, host, pages)) {
			visit.accept(shop);
			var expected = shop.browser.findElements(By.id("signup")).size()
					+ shop.browser.findElements(By.id("purchase")).size()
					+ shop.browser.findElements(By.id("outbound")).size() + 2;
			return await().atMost(Duration.ofSeconds(15)).until(() -> summary(shop), s -> s.size() >= expected);
		}
	}

	private static List<String> summary(ShopOnItsOwnHost shop) {
		return shop.all().stream().filter(r -> !"engagement".equals(r.get("type")))
			.map(r -> r.get("type") + " " + r.get("path") + (r.get("action_name") == null ? ""
					: " " + r.get("action_name") + " " + r.get("props")))
			.sorted().toList();
	}
}
