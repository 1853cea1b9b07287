package io.custodian.consent.web;

import java.util.Map;

/** One day of the statistics table: decisions and opt-in percentage per category. */
record StatisticsRow(String day, long decisions, Map<String, Double> rates) {
}
