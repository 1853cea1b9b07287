package io.custodian.customer.web;

import java.util.List;

import io.custodian.purpose.Purpose;
import io.custodian.purpose.Purposes;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the customer console may show: the purposes staff can read a customer through. */
@ControllerAdvice(assignableTypes = { CustomerConsoleController.class, CustomerDetailController.class,
		StaleDataController.class })
class CustomerConsoleModel {

	private final Purposes purposes;

	CustomerConsoleModel(Purposes purposes) {
		this.purposes = purposes;
	}

	@ModelAttribute("purposes")
	List<Purpose> purposes() {
		return purposes.all();
	}
}
