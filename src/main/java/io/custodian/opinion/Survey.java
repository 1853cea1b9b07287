package io.custodian.opinion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A survey and its state: draft (questions editable), open (answers taken) or closed; how many answers it holds,
 * {@code null} while they are fewer than the minimum group size (no figure is shown for a group under it).
 */
public record Survey(UUID id, String slug, String title, String intro, String status, String createdBy,
		Instant createdAt, Instant openedAt, Instant closedAt, List<Question> questions, Long answers) {

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
