package io.custodian.news.web;

import java.util.UUID;

import io.custodian.news.NewCampaign;
import io.custodian.news.NewTopic;
import io.custodian.news.internal.Campaigns;
import io.custodian.news.internal.Topics;
import io.custodian.security.CurrentActor;
import io.custodian.system.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's news pages: topics, a form to start a campaign, each campaign's progress and recipients. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_news:send')")
class NewsConsoleController {

	private final Topics topics;

	private final Campaigns campaigns;

	NewsConsoleController(Topics topics, Campaigns campaigns) {
		this.topics = topics;
		this.campaigns = campaigns;
	}

	@GetMapping("/news/campaigns")
	String list(Model model) {
		model.addAttribute("topics", topics.all());
		model.addAttribute("campaigns", campaigns.latest(50));
		return "news/console";
	}

	@PostMapping("/news/campaigns")
	String start(@RequestParam String subject, @RequestParam String text, @RequestParam String topic,
			RedirectAttributes redirect) {
		try {
			var started = campaigns.start(new NewCampaign(subject, text, topic), CurrentActor.name());
			return "redirect:/news/campaigns/" + started.id();
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
			return "redirect:/news/campaigns";
		}
	}

	@PostMapping("/news/topics")
	String createTopic(@RequestParam String key, @RequestParam String name,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		try {
			topics.create(new NewTopic(key, name, description));
			redirect.addFlashAttribute("notice", "Topic " + key + " created");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/news/campaigns";
	}

	@GetMapping("/news/campaigns/{id}")
	String campaign(@PathVariable UUID id, Model model) {
		model.addAttribute("campaign", campaigns.get(id));
		model.addAttribute("recipients", campaigns.recipients(id, 500));
		model.addAttribute("bounces", campaigns.bounces(id));
		return "news/campaign";
	}
}
