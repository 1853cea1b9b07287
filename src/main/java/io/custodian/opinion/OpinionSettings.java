package io.custodian.opinion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of opinions ({@code custodian.opinion.*}): the fewest answers a group needs before any figure is shown. */
@ConfigurationProperties("custodian.opinion")
public record OpinionSettings(@DefaultValue("5") int minGroupSize) {

	public OpinionSettings {
		minGroupSize = Math.max(2, minGroupSize);
	}
}
