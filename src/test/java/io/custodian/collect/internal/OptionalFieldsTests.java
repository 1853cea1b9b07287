package io.custodian.collect.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.collect.internal.IncomingHit.SiteRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OptionalFieldsTests {

	final FieldNotes notes = new FieldNotes(io.custodian.collect.WireFormat.CUSTODIAN);

	@Test
	void normalisesScreensItCanReadAndDropsTheRest() {
		assertThat(OptionalFields.screen("1920x1080", notes)).isEqualTo("1920x1080");
		assertThat(OptionalFields.screen("1920X1080", notes)).isEqualTo("1920x1080");
		assertThat(OptionalFields.screen(" 1366 \u00d7 768 ", notes)).isEqualTo("1366x768");
		assertThat(OptionalFields.screen("1920.5x1080.25", notes)).isEqualTo("1920x1080");
		for (var odd : List.of("0x0", "50x50", "99999x1", "big", "x", "", "1920x", "-1x-1", "9999999999x1")) {
			assertThat(OptionalFields.screen(odd, notes)).as(odd).isNull();
		}
		assertThat(notes.notes()).extracting(FieldNotes.Note::action).containsExactly("normalised", "normalised",
				"normalised", "dropped", "dropped", "dropped", "dropped", "dropped", "dropped", "dropped", "dropped",
				"dropped");
	}

	@Test
	void takesTheFirstLanguageOfAListAndDropsWhatIsNoLanguage() {
		assertThat(OptionalFields.language("de-DE", notes)).isEqualTo("de-DE");
		assertThat(OptionalFields.language("de-CH,de;q=0.9", notes)).isEqualTo("de-CH");
		assertThat(OptionalFields.language("pt_BR", notes)).isEqualTo("pt-BR");
		for (var odd : List.of(",", ";", "<script>", "x".repeat(40), " ")) {
			assertThat(OptionalFields.language(odd, notes)).as(odd).isNull();
		}
	}

	@Test
	void cutsAndCleansTextsAndKeepsUsableProperties() {
		var props = new LinkedHashMap<String, Object>();
		props.put("plan", "pro\u0000");
		props.put("", "no key");
		props.put("list", List.of(1));
		props.put("long", "v".repeat(600));
		for (int i = 0; i < 40; i++) {
			props.put("p" + i, i);
		}
		var hit = new IncomingHit(SiteRef.byId("s"), IncomingHit.ACTION, "https://a.example/", "t".repeat(600) + "\n",
				"android-app://x", "1920X1080", "<script>", "not valid!", null, null, null, null, -1,
				new IncomingHit.Action("go\tnow", "teleport", "nowhere", props), null, null, null);
		var tidy = OptionalFields.tidy(hit, notes);
		assertThat(tidy.title()).hasSize(512);
		assertThat(tidy.referrer()).isNull();
		assertThat(tidy.screen()).isEqualTo("1920x1080");
		assertThat(tidy.language()).isNull();
		assertThat(tidy.pageviewId()).isNull();
		assertThat(tidy.engagedMs()).isNull();
		assertThat(tidy.action().name()).isEqualTo("go now");
		assertThat(tidy.action().kind()).isNull();
		assertThat(tidy.action().target()).isNull();
		assertThat(tidy.action().props()).hasSize(30).containsEntry("plan", "pro ").doesNotContainKeys("", "list");
		assertThat((String) tidy.action().props().get("long")).hasSize(500);
		assertThat(notes.notes()).extracting(FieldNotes.Note::field).containsExactlyInAnyOrder("title", "referrer",
				"screen", "language", "pageview", "engagedMs", "action.kind", "action.target", "action.name",
				"action.props");
		assertThat(Map.copyOf(tidy.action().props())).doesNotContainKey("p29");
	}
}
