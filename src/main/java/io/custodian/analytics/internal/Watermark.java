package io.custodian.analytics.internal;

import java.time.Instant;

/**
 * The rollup job's progress: every event up to {@code lastSeq} committed before {@code prevCutoff} is counted; a run
 * in progress ({@code run != null}) resumes after its cursor.
 */
record Watermark(long lastSeq, Instant prevCutoff, Run run) {

	/** Starts a run over events ingested before {@code cutoff}, never moving the cutoff back. */
	Watermark start(Instant cutoff) {
		return new Watermark(lastSeq, prevCutoff, new Run(cutoff.isAfter(prevCutoff) ? cutoff : prevCutoff, lastSeq, 0));
	}

	/** Records that every event up to {@code seq} of the run is counted. */
	Watermark advance(long seq) {
		return new Watermark(Math.max(lastSeq, seq), prevCutoff, new Run(run.cutoff(), run.baseSeq(), seq));
	}

	Watermark finish() {
		return new Watermark(lastSeq, run.cutoff(), null);
	}

	/**
	 * One pass: stragglers (seq at most {@code baseSeq}, ingested since the previous cutoff) and then new events (seq
	 * above {@code baseSeq}), both ingested before {@code cutoff} and read in seq order after {@code cursor}.
	 */
	record Run(Instant cutoff, long baseSeq, long cursor) {

		long newEventsAfter() {
			return Math.max(cursor, baseSeq);
		}
	}
}
