/** The staff console: the overview page and what every console page shares (signed-in user, navigation, formats). */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package io.custodian.console;
