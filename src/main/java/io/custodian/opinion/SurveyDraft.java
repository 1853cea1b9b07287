package io.custodian.opinion;

import java.util.List;

/** A survey as staff write it: a short slug for its public address, a title, an intro and the questions. */
public record SurveyDraft(String slug, String title, String intro, List<Question> questions) {
}
