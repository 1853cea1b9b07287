package io.custodian.news.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.news.Campaign;
import io.custodian.news.Delivery;
import io.custodian.news.NewCampaign;
import io.custodian.news.NewTopic;
import io.custodian.news.Subscribe;
import io.custodian.news.Topic;
import io.custodian.news.internal.Campaigns;
import io.custodian.news.internal.NewsMail;
import io.custodian.news.internal.Subscriptions;
import io.custodian.news.internal.Topics;
import io.custodian.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The product-news API: public subscription requests; topics and campaigns for staff who may send news. */
@RestController
class NewsApi {

	private final Subscriptions subscriptions;

	private final NewsMail mail;

	private final Topics topics;

	private final Campaigns campaigns;

	NewsApi(Subscriptions subscriptions, NewsMail mail, Topics topics, Campaigns campaigns) {
		this.subscriptions = subscriptions;
		this.mail = mail;
		this.topics = topics;
		this.campaigns = campaigns;
	}

	@PostMapping("/api/v1/news/subscriptions")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Ask for product news; the same answer for known and unknown addresses, confirmed by the mailed link")
	Map<String, String> subscribe(@RequestBody Subscribe subscribe) {
		var token = subscriptions.request(subscribe);
		mail.confirmation(subscribe.email().strip(), token, LocaleContextHolder.getLocale().getLanguage());
		return Map.of("status", "confirmation-mailed");
	}

	@GetMapping("/api/v1/news/topics")
	@Operation(summary = "Every topic, active or retired")
	List<Topic> topics() {
		return topics.all();
	}

	@PostMapping("/api/v1/news/topics")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('SCOPE_news:send')")
	Topic createTopic(@RequestBody NewTopic topic) {
		return topics.create(topic);
	}

	@PostMapping("/api/v1/news/topics/{key}/active")
	@PreAuthorize("hasAuthority('SCOPE_news:send')")
	@Operation(summary = "Retire (false) or reopen (true) a topic for new subscriptions")
	Topic activate(@PathVariable String key, @RequestParam boolean value) {
		return topics.setActive(key, value);
	}

	@GetMapping("/api/v1/news/campaigns")
	@PreAuthorize("hasAuthority('SCOPE_news:send')")
	List<Campaign> campaigns(@RequestParam(defaultValue = "50") int limit) {
		return campaigns.latest(limit);
	}

	@PostMapping("/api/v1/news/campaigns")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('SCOPE_news:send')")
	@Operation(summary = "Start a campaign: it is sent in the background, as the caller, in batches")
	Campaign start(@RequestBody NewCampaign campaign) {
		return campaigns.start(campaign, CurrentActor.name());
	}

	@GetMapping("/api/v1/news/campaigns/{id}")
	@PreAuthorize("hasAuthority('SCOPE_news:send')")
	Campaign campaign(@PathVariable UUID id) {
		return campaigns.get(id);
	}

	@GetMapping("/api/v1/news/campaigns/{id}/recipients")
	@PreAuthorize("hasAuthority('SCOPE_news:send')")
	@Operation(summary = "The status of each recipient: queued, sending, sent, skipped, failed or unknown, with the reason")
	List<Delivery> recipients(@PathVariable UUID id, @RequestParam(defaultValue = "500") int limit) {
		return campaigns.recipients(id, limit);
	}
}
