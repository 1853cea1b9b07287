/** The one map of personal data: every capability that stores personal data registers a store here. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.custodian.personaldata;
