package io.custodian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Custodian: the machinery behind a website's privacy statement, as one Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Custodian {

	public static void main(String[] args) {
		SpringApplication.run(Custodian.class, args);
	}
}
