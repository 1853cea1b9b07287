package io.custodian.shipment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.custodian.shipment.NewShipment;
import io.custodian.shipment.ShipmentItem;
import io.custodian.shipment.StatusChange;
import io.custodian.shipment.internal.ShipmentHandOver;
import io.custodian.shipment.internal.Shipments;
import io.custodian.system.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's shipment pages: the list with a form for a new shipment, and a page per shipment with the steps it
 * may take next; the label data of a hand-over is shown once, right after it.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_shipments:manage')")
class ShipmentConsoleController {

	private static final int FORM_ITEMS = 5;

	private final Shipments shipments;

	private final ShipmentHandOver handOver;

	ShipmentConsoleController(Shipments shipments, ShipmentHandOver handOver) {
		this.shipments = shipments;
		this.handOver = handOver;
	}

	@GetMapping("/shipments")
	String list(@RequestParam(required = false) String status, Model model) {
		model.addAttribute("shipments", shipments.list(status, null, 200));
		model.addAttribute("processors", shipments.processors());
		model.addAttribute("formItems", FORM_ITEMS);
		return "shipments/list";
	}

	@PostMapping("/shipments")
	String create(@RequestParam(defaultValue = "") String customer, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String processor, @RequestParam(required = false) List<String> sku,
			@RequestParam(required = false) List<String> name, @RequestParam(required = false) List<String> quantity,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			var created = shipments.create(new NewShipment(uuid("customer", customer), kind, uuid("processor", processor),
					items(sku, name, quantity), note));
			redirect.addFlashAttribute("notice", "Shipment created");
			return "redirect:/shipments/" + created.id();
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
			return "redirect:/shipments";
		}
	}

	@GetMapping("/shipments/{id}")
	String shipment(@PathVariable UUID id, Model model) {
		var shipment = shipments.get(id);
		model.addAttribute("shipment", shipment);
		model.addAttribute("processor", shipments.processors().stream()
			.filter(p -> p.id().equals(shipment.processorId())).findFirst().orElse(null));
		return "shipments/shipment";
	}

	@PostMapping("/shipments/{id}/hand-over")
	String handOver(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			var handed = handOver.handOver(id);
			redirect.addFlashAttribute("label", handed.label());
			redirect.addFlashAttribute("notice", "Handed over on the basis of " + handed.legalBasis()
					+ "; the label data below is shown this once");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/shipments/" + id;
	}

	@PostMapping("/shipments/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(defaultValue = "") String status,
			@RequestParam(required = false) String carrier, @RequestParam(required = false) String trackingNumber,
			RedirectAttributes redirect) {
		try {
			shipments.changeStatus(id, new StatusChange(status, carrier, trackingNumber));
			redirect.addFlashAttribute("notice", "Shipment is now " + status);
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/shipments/" + id;
	}

	/** The filled-in item rows of the form; empty rows are left out. */
	private static List<ShipmentItem> items(List<String> skus, List<String> names, List<String> quantities) {
		var items = new ArrayList<ShipmentItem>();
		var rows = skus == null ? 0 : Math.min(skus.size(), FORM_ITEMS);
		for (int i = 0; i < rows; i++) {
			var sku = skus.get(i);
			var name = names != null && i < names.size() ? names.get(i) : "";
			var quantity = quantities != null && i < quantities.size() ? quantities.get(i) : "";
			if (sku.isBlank() && name.isBlank()) {
				continue;
			}
			items.add(new ShipmentItem(sku, name, quantity.isBlank() ? null : number(quantity, i)));
		}
		return items;
	}

	private static Integer number(String quantity, int row) {
		try {
			return Integer.valueOf(quantity.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("items[" + row + "].quantity", "must be a whole number");
		}
	}

	private static UUID uuid(String field, String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, "is not a valid id");
		}
	}
}
