package io.custodian.opinion.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which groups of a partition to withhold: every group under k, and then the smallest shown groups while the withheld
 * ones together hold fewer than k (otherwise the total minus the shown groups would give the figure of a small group).
 */
final class Suppression {

	private Suppression() {
	}

	static Set<Integer> withheld(List<Long> sizes, int k) {
		return withheld(sizes, k, Set.of());
	}

	/** As {@link #withheld(List, int)}, with some groups withheld already. */
	static Set<Integer> withheld(List<Long> sizes, int k, Set<Integer> already) {
		var hidden = new HashSet<>(already);
		IntStream.range(0, sizes.size()).filter(i -> sizes.get(i) < k).forEach(hidden::add);
		while (true) {
			var hiddenTotal = hidden.stream().mapToLong(sizes::get).sum();
			if (hiddenTotal == 0 || hiddenTotal >= k) {
				return hidden;
			}
			var smallest = IntStream.range(0, sizes.size()).boxed().filter(i -> !hidden.contains(i))
				.min(Comparator.comparing(sizes::get));
			if (smallest.isEmpty()) {
				return hidden;
			}
			hidden.add(smallest.get());
		}
	}
}
