package io.custodian.collect.internal.enrich;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReferrerClassifierTests {

	private static final String PAGE = "https://www.example.com/pricing";

	private static final List<String> SITE = List.of("example.com");

	private final ReferrerClassifier classifier = new ReferrerClassifier();

	@Test
	void callsAVisitWithoutReferrerDirect() {
		assertThat(classifier.classify(PAGE, null, SITE)).isEqualTo(new TrafficSource("Direct", "direct", null, null, null, null, null));
		assertThat(classifier.classify(PAGE, "", SITE).channel()).isEqualTo("direct");
	}

	@Test
	void callsAReferrerFromTheSiteItselfDirect() {
		assertThat(classifier.classify(PAGE, "https://example.com/", SITE).channel()).isEqualTo("direct");
		assertThat(classifier.classify(PAGE, "https://shop.example.com/cart", SITE).channel()).isEqualTo("direct");
		assertThat(classifier.classify("https://docs.example.org/a", "https://docs.example.org/b", List.of()).channel()).isEqualTo("direct");
	}

	@Test
	void doesNotMistakeALookalikeDomainForTheSite() {
		TrafficSource source = classifier.classify(PAGE, "https://notexample.com/", SITE);

		assertThat(source.channel()).isEqualTo("referral");
		assertThat(source.source()).isEqualTo("notexample.com");
	}

	@ParameterizedTest
	@CsvSource({
			"https://www.google.com/, Google, search",
			"https://www.google.co.uk/, Google, search",
			"https://google.com.br/search?q=x, Google, search",
			"android-app://com.google.android.googlequicksearchbox/, Google, search",
			"https://www.bing.com/, Bing, search",
			"https://duckduckgo.com/, DuckDuckGo, search",
			"https://search.yahoo.com/, Yahoo!, search",
			"https://www.baidu.com/link?url=1, Baidu, search",
			"https://yandex.ru/, Yandex, search",
			"https://www.ecosia.org/, Ecosia, search",
			"https://www.qwant.com/, Qwant, search",
			"https://www.startpage.com/, Startpage, search",
			"https://search.brave.com/, Brave Search, search",
			"https://l.facebook.com/, Facebook, social",
			"https://m.facebook.com/, Facebook, social",
			"https://www.instagram.com/, Instagram, social",
			"https://t.co/abc, X (Twitter), social",
			"https://x.com/, X (Twitter), social",
			"https://www.linkedin.com/, LinkedIn, social",
			"https://lnkd.in/xyz, LinkedIn, social",
			"https://old.reddit.com/, Reddit, social",
			"https://www.youtube.com/, YouTube, social",
			"https://www.tiktok.com/, TikTok, social",
			"https://de.pinterest.com/, Pinterest, social",
			"https://mastodon.social/, Mastodon, social",
			"https://mastodon.example.net/, Mastodon, social",
			"https://www.threads.net/, Threads, social",
			"https://bsky.app/, Bluesky, social",
			"https://news.ycombinator.com/, Hacker News, social",
			"https://mail.google.com/, Gmail, email",
			"https://outlook.live.com/, Outlook, email",
			"https://webmail.provider.de/, webmail.provider.de, email",
			"https://chatgpt.com/, ChatGPT, referral",
			"https://news.google.com/, news.google.com, referral",
			"https://www.someblog.org/post/1, someblog.org, referral",
			"https://user:pw@Blog.Example.NET.:8443/x, blog.example.net, referral" })
	void namesAndGroupsReferrers(String referrer, String source, String channel) {
		TrafficSource traffic = classifier.classify(PAGE, referrer, SITE);

		assertThat(traffic.source()).as(referrer).isEqualTo(source);
		assertThat(traffic.channel()).as(referrer).isEqualTo(channel);
	}

	@Test
	void readsUtmTagsAsCampaign() {
		TrafficSource source = classifier.classify(
				PAGE + "?utm_source=spring-fair&utm_medium=flyer&utm_campaign=launch%202025&utm_term=privacy&utm_content=qr", null, SITE);

		assertThat(source).isEqualTo(new TrafficSource("spring-fair", "campaign", "spring-fair", "flyer", "launch 2025", "privacy", "qr"));
	}

	@Test
	void prefersTheTaggedSourceOverTheReferrerAndNamesKnownOnes() {
		TrafficSource source = classifier.classify(PAGE + "?utm_source=facebook&utm_campaign=spring", "https://l.facebook.com/", SITE);

		assertThat(source.source()).isEqualTo("Facebook");
		assertThat(source.channel()).isEqualTo("campaign");
	}

	@Test
	void callsPaidMediaAndAdClicksPaid() {
		assertThat(classifier.classify(PAGE + "?utm_source=google&utm_medium=cpc", "https://www.google.com/", SITE))
			.extracting(TrafficSource::source, TrafficSource::channel).containsExactly("Google", "paid");
		assertThat(classifier.classify(PAGE + "?utm_medium=PPC", null, SITE).channel()).isEqualTo("paid");
		assertThat(classifier.classify(PAGE + "?gclid=abc123", "https://www.google.com/", SITE).channel()).isEqualTo("paid");
		assertThat(classifier.classify(PAGE + "?msclkid=abc123", "https://www.bing.com/", SITE).channel()).isEqualTo("paid");
	}

	@Test
	void callsNewsletterLinksEmail() {
		TrafficSource source = classifier.classify(PAGE + "?utm_source=newsletter&utm_medium=email&utm_campaign=may", null, SITE);

		assertThat(source.channel()).isEqualTo("email");
		assertThat(source.source()).isEqualTo("newsletter");
		assertThat(classifier.classify(PAGE + "?utm_medium=Newsletter", null, SITE).channel()).isEqualTo("email");
	}

	@Test
	void readsMatomoCampaignParameters() {
		TrafficSource mtm = classifier.classify(PAGE + "?mtm_campaign=autumn&mtm_source=partner&mtm_medium=banner&mtm_kwd=vault", null, SITE);
		TrafficSource pk = classifier.classify(PAGE + "?pk_campaign=winter&pk_kwd=consent", null, SITE);

		assertThat(mtm).isEqualTo(new TrafficSource("partner", "paid", "partner", "banner", "autumn", "vault", null));
		assertThat(pk).isEqualTo(new TrafficSource("Direct", "campaign", null, null, "winter", "consent", null));
	}

	@Test
	void takesRefAsSource() {
		TrafficSource source = classifier.classify(PAGE + "?ref=Newsletter", null, SITE);

		assertThat(source.source()).isEqualTo("Newsletter");
		assertThat(source.channel()).isEqualTo("campaign");
	}

	@Test
	void treatsParameterNamesCaseInsensitivelyAndIgnoresTheFragment() {
		TrafficSource source = classifier.classify(PAGE + "?UTM_Source=ads%2Bpartner#utm_campaign=ignored", null, SITE);

		assertThat(source.utmSource()).isEqualTo("ads+partner");
		assertThat(source.utmCampaign()).isNull();
	}

	@Test
	void survivesMalformedInput() {
		String garbage = "%%%?&&==%zz&utm_source=%E0%A4%A&" + "x".repeat(5000);

		assertThat(classifier.classify(garbage, "ht!tp://???", SITE).channel()).isEqualTo("campaign");
		assertThat(classifier.classify(null, "not a url", List.of()).channel()).isEqualTo("direct");
		assertThat(classifier.classify("https://example.com/?utm_source=" + "a".repeat(5000), "about:blank", SITE).utmSource()).hasSize(200);
		assertThat(classifier.classify(PAGE, "https://[::1]:8080/", SITE).source()).isEqualTo("[::1]");
	}
}
