package io.custodian.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's sign-in page. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
