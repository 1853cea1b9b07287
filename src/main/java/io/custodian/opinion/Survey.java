package io.custodian.opinion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A survey and its state: draft (questions editable), open (answers taken) or closed; how many answers it holds. */
public record Survey(UUID id, String slug, String title, String intro, String status, String createdBy,
		Instant createdAt, Instant openedAt, Instant closedAt, List<Question> questions, long answers) {

	public Survey {
		questions = List.copyOf(questions);
	}

	public boolean draft() {
		return "draft".equals(status);
	}

	public boolean open() {
		return "open".equals(status);
	}
}
