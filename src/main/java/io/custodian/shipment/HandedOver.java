package io.custodian.shipment;

import java.util.Map;

/**
 * A shipment just handed over, with the label data the processor needs (name, postal address, phone), returned this
 * once and never stored with the shipment.
 */
public record HandedOver(Shipment shipment, String legalBasis, Map<String, String> label) {
}
