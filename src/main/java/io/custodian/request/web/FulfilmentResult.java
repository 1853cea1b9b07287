package io.custodian.request.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.custodian.personaldata.ErasureOutcome;
import io.custodian.request.internal.RequestResult;

/** What fulfilling a request produced, in the shape the console's request page shows. */
record FulfilmentResult(List<StoreExport> export, List<Erasure> erasures, List<String> changed, List<String> deleted,
		List<String> restricted, List<String> lifted) {

	private static final FulfilmentResult NONE = new FulfilmentResult(List.of(), List.of(), List.of(), List.of(),
			List.of(), List.of());

	static FulfilmentResult of(RequestResult result) {
		return switch (result) {
			case null -> NONE;
			case RequestResult.Export e -> new FulfilmentResult(e.export().entrySet().stream()
				.map(entry -> StoreExport.of(entry.getKey(), entry.getValue())).toList(), List.of(), List.of(), List.of(),
					List.of(), List.of());
			case RequestResult.Erasure e -> new FulfilmentResult(List.of(), e.erasureReport().stream().map(Erasure::of).toList(),
					List.of(), List.of(), List.of(), List.of());
			case RequestResult.Correction c -> new FulfilmentResult(List.of(), List.of(), c.changed(), List.of(), List.of(),
					List.of());
			case RequestResult.Deletion d -> new FulfilmentResult(List.of(), List.of(), List.of(), d.deleted(), List.of(),
					List.of());
			case RequestResult.Restriction r -> new FulfilmentResult(List.of(), List.of(), List.of(), List.of(),
					r.restricted(), List.of());
			case RequestResult.Lift l -> new FulfilmentResult(List.of(), List.of(), List.of(), List.of(), List.of(),
					l.lifted());
		};
	}

	public int rowsRemoved() {
		return erasures.stream().mapToInt(Erasure::rowsRemoved).sum();
	}

	/** One store of an access export: what it is and what it held. */
	record StoreExport(String store, String description, List<String> contents) {

		static StoreExport of(String store, RequestResult.StoreExport entry) {
			var data = entry.data() == null ? Map.<String, Object>of() : entry.data();
			var contents = data.entrySet().stream().filter(e -> e.getValue() != null).map(e -> switch (e.getValue()) {
				case Collection<?> c -> e.getKey() + " (" + c.size() + ")";
				case Map<?, ?> m -> e.getKey() + " (" + m.size() + ")";
				default -> e.getKey();
			}).toList();
			var description = entry.description() == null ? null : entry.description().description();
			return new StoreExport(store, description == null ? "" : description, contents);
		}
	}

	/** One line of an erasure report. */
	record Erasure(String store, int rowsRemoved, String kept, String reason) {

		static Erasure of(ErasureOutcome outcome) {
			return new Erasure(outcome.store(), outcome.rowsRemoved(), outcome.kept(), outcome.reason());
		}
	}
}
