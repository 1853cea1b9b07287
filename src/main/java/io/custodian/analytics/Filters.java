package io.custodian.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.custodian.system.InvalidInput;

/**
 * Filters that must all hold (AND), written as repeated {@code filter=dimension:value} parameters, for example
 * {@code filter=country:DE&filter=browser:Chrome}. A dimension appears at most once.
 */
public record Filters(List<Filter> all) {

	/** More filters than any dashboard needs: one per dimension, and a few properties. */
	public static final int MAX = Dimension.breakdowns().size() + 5;

	private static final Filters NONE = new Filters(List.of());

	public Filters {
		all = List.copyOf(all);
	}

	public static Filters none() {
		return NONE;
	}

	public static Filters of(Filter... filters) {
		return new Filters(List.of(filters));
	}

	/** Parses every {@code filter} parameter; blank ones are ignored, a dimension given twice is refused. */
	public static Filters parse(List<String> parameters) {
		if (parameters == null) {
			return NONE;
		}
		if (parameters.size() > MAX) {
			throw new InvalidInput("filter", "at most " + MAX + " filters, one per dimension or property");
		}
		var filters = new ArrayList<Filter>();
		for (var parameter : parameters) {
			var filter = Filter.parse(parameter);
			if (filter == null) {
				continue;
			}
			if (filters.stream().anyMatch(f -> f.sameTarget(filter))) {
				throw new InvalidInput("filter", "'" + filter.target() + "' is filtered twice");
			}
			filters.add(filter);
		}
		return new Filters(filters);
	}

	public boolean isEmpty() {
		return all.isEmpty();
	}

	public int size() {
		return all.size();
	}

	/** The only filter, when there is exactly one. */
	public Optional<Filter> single() {
		return all.size() == 1 ? Optional.of(all.getFirst()) : Optional.empty();
	}

	public Optional<Filter> on(Dimension dimension) {
		return all.stream().filter(f -> f.dimension() == dimension).findFirst();
	}

	/** These filters with {@code filter} added, replacing any filter on the same dimension (or property). */
	public Filters with(Filter filter) {
		return new Filters(Stream.concat(all.stream().filter(f -> !f.sameTarget(filter)), Stream.of(filter)).toList());
	}

	/** Whether a filter is on an action property. */
	public boolean hasProperty() {
		return all.stream().anyMatch(f -> f.dimension() == Dimension.PROPERTY);
	}

	public Filters without(Dimension dimension) {
		return new Filters(all.stream().filter(f -> f.dimension() != dimension).toList());
	}

	public List<String> asParameters() {
		return all.stream().map(Filter::asParameter).toList();
	}
}
