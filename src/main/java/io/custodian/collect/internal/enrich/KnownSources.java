package io.custodian.collect.internal.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Referring hosts with a readable name and a channel: webmail, search engines, social networks, AI assistants. */
final class KnownSources {

	/** A recognised referrer; a null name means "use the host". */
	record KnownSource(String name, String channel) {
	}

	private record Rule(KnownSource source, Pattern hosts) {
	}

	private static final String TLD = "[a-z]{2,3}(\\.[a-z]{2})?";

	// channel | name | host patterns: "a.b" is a.b and its subdomains, "=a.b" is a.b or www.a.b, ".*" is any country TLD, "~" a regex
	private static final List<Rule> RULES = """
			email|Gmail|=mail.google.com com.google.android.gm
			email|Outlook|outlook.live.com outlook.office.com outlook.office365.com com.microsoft.office.outlook
			email|Yahoo! Mail|mail.yahoo.*
			email|Proton Mail|mail.proton.me mail.protonmail.com
			email|Yandex Mail|mail.yandex.*
			email|iCloud Mail|icloud.com
			email|GMX|gmx.* navigator.web.de
			email|Zoho Mail|mail.zoho.*
			email|Fastmail|fastmail.com
			email|AOL Mail|mail.aol.com
			email|Tuta|app.tuta.com mail.tutanota.com
			email|Seznam Email|email.seznam.cz
			email||~^(.+\\.)?webmail\\..+$ ~^mail\\.[^.]+\\.[^.]+.*$
			search|Google|=google.* com.google.android.googlequicksearchbox
			search|Bing|bing.com
			search|DuckDuckGo|duckduckgo.com
			search|Yahoo!|search.yahoo.*
			search|Baidu|baidu.com
			search|Yandex|yandex.* ya.ru
			search|Ecosia|ecosia.org
			search|Qwant|qwant.com
			search|Startpage|startpage.*
			search|Brave Search|search.brave.com
			search|Kagi|kagi.com
			search|Naver|search.naver.com
			search|Seznam|seznam.cz
			search|Sogou|sogou.com
			search|360 Search|so.com
			search|AOL Search|search.aol.com
			search|Ask|ask.com
			search|Mojeek|mojeek.com
			search|Swisscows|swisscows.com
			search|MetaGer|metager.org metager.de
			search|Presearch|presearch.com
			social|Facebook|facebook.com fb.com fb.me com.facebook.katana
			social|Instagram|instagram.com
			social|X (Twitter)|=t.co twitter.com x.com com.twitter.android
			social|LinkedIn|linkedin.com lnkd.in com.linkedin.android
			social|Reddit|reddit.com redd.it
			social|YouTube|youtube.com youtu.be
			social|TikTok|tiktok.com
			social|Pinterest|pinterest.* pin.it
			social|Threads|threads.net threads.com
			social|Bluesky|bsky.app bsky.social
			social|Mastodon|mastodon.social mastodon.online mas.to mstdn.social fosstodon.org hachyderm.io infosec.exchange ~^(.+\\.)?(mastodon|mstdn)\\..+$
			social|Hacker News|news.ycombinator.com
			social|VK|vk.com
			social|Weibo|weibo.com weibo.cn
			social|Telegram|=t.me telegram.org
			social|WhatsApp|whatsapp.com wa.me
			social|Discord|discord.com discordapp.com
			social|Quora|quora.com
			social|Tumblr|tumblr.com
			social|Snapchat|snapchat.com
			social|XING|xing.com
			social|Twitch|twitch.tv
			social|Messenger|messenger.com
			referral|ChatGPT|chatgpt.com chat.openai.com
			referral|Perplexity|perplexity.ai
			referral|Claude|claude.ai
			referral|Gemini|gemini.google.com
			referral|Copilot|copilot.microsoft.com
			""".lines().map(KnownSources::rule).toList();

	private static final int MAX_CACHED_HOSTS = 10_000;

	private static final Cache<String, Optional<KnownSource>> HOSTS = Caffeine.newBuilder().maximumSize(MAX_CACHED_HOSTS)
		.build();

	private KnownSources() {
	}

	/** The known source of a lower-case host, if any. */
	static Optional<KnownSource> byHost(String host) {
		return HOSTS.get(host, KnownSources::match);
	}

	private static Optional<KnownSource> match(String host) {
		return RULES.stream().filter(rule -> rule.hosts().matcher(host).matches()).map(Rule::source).findFirst();
	}

	/** The known source whose name, or one of whose hosts, a campaign tag such as "google" or "facebook.com" names. */
	static Optional<KnownSource> byTag(String tag) {
		String lower = tag.strip().toLowerCase(Locale.ROOT);
		if (lower.contains(".")) {
			return byHost(lower);
		}
		return RULES.stream().map(Rule::source).filter(source -> source.name() != null
				&& source.name().toLowerCase(Locale.ROOT).replace(" ", "").equals(lower)).findFirst();
	}

	private static Rule rule(String line) {
		String[] parts = line.strip().split("\\|", 3);
		String hosts = Arrays.stream(parts[2].split(" ")).map(KnownSources::regex).collect(Collectors.joining("|"));
		return new Rule(new KnownSource(parts[1].isEmpty() ? null : parts[1], parts[0]), Pattern.compile(hosts));
	}

	private static String regex(String pattern) {
		if (pattern.startsWith("~")) {
			return "(?:" + pattern.substring(1) + ")";
		}
		boolean exact = pattern.startsWith("=");
		String name = exact ? pattern.substring(1) : pattern;
		boolean anyTld = name.endsWith(".*");
		String base = Pattern.quote(anyTld ? name.substring(0, name.length() - 2) : name);
		return "(?:" + (exact ? "(www\\.)?" : "(.+\\.)?") + base + (anyTld ? "\\." + TLD : "") + ")";
	}
}
