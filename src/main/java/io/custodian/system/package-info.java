/** Shared infrastructure every capability may use: settings of the installation, problem details, data directory, the SQL dialect of the database. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.custodian.system;
