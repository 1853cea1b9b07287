package io.custodian.collect.internal;

import java.util.ArrayList;
import java.util.List;

import io.custodian.collect.WireFormat;

/**
 * The optional fields of one request that were odd and so dropped or normalised instead of refusing the hit, noted by
 * the wire format's reader and by {@link OptionalFields}; {@link HitPipeline} counts them in
 * {@code custodian.collect.fields.dropped{format,field,action}}. Field names are the code's own, never client input.
 */
public final class FieldNotes {

	/** The tag of a field left out. */
	public static final String DROPPED = "dropped";

	/** The tag of a field kept in a corrected form (cut, case, clamped). */
	public static final String NORMALISED = "normalised";

	private final WireFormat format;

	private final List<Note> notes = new ArrayList<>();

	public FieldNotes(WireFormat format) {
		this.format = format;
	}

	public WireFormat format() {
		return format;
	}

	public void dropped(String field) {
		notes.add(new Note(field, DROPPED));
	}

	public void normalised(String field) {
		notes.add(new Note(field, NORMALISED));
	}

	/** The notes so far, forgetting them, so that a retried collection does not count them twice. */
	List<Note> drain() {
		var drained = List.copyOf(notes);
		notes.clear();
		return drained;
	}

	public List<Note> notes() {
		return List.copyOf(notes);
	}

	/** One odd field and what became of it. */
	public record Note(String field, String action) {
	}
}
