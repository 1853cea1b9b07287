package io.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.IntStream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the README's module map current: Spring Modulith documents the modules, PlantUML renders the map. */
class ModuleMapDocumentationTests {

	private static final Path DOCS = Path.of("docs", "architecture");

	@Test
	void rendersTheModuleMapIntoTheDocs() throws IOException {
		var modules = ApplicationModules.of(Custodian.class);
		var generated = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, generated.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

		var source = inStableOrder(Files.readString(generated.resolve("components.puml")))
			.replace("@startuml", "@startuml\n!pragma layout smetana");
		var svg = render(source);

		Files.createDirectories(DOCS);
		writeIfChanged(DOCS.resolve("modules.puml"), source);
		writeIfChanged(DOCS.resolve("modules.svg"), svg);
		assertThat(svg).contains("<svg").contains("Analytics").contains("Privacy");
	}

	/** The documenter lists relations in no fixed order; sorted, the same modules always give the same file. */
	private static String inStableOrder(String plantUml) {
		var lines = plantUml.lines().toList();
		int first = IntStream.range(0, lines.size()).filter(i -> isRelation(lines.get(i))).findFirst()
			.orElse(lines.size());
		var ordered = new ArrayList<>(lines.stream().filter(line -> !isRelation(line)).toList());
		ordered.addAll(first, lines.stream().filter(ModuleMapDocumentationTests::isRelation).sorted().toList());
		return String.join("\n", ordered) + "\n";
	}

	private static boolean isRelation(String line) {
		return line.startsWith("Rel(");
	}

	private static String render(String source) throws IOException {
		var out = new ByteArrayOutputStream();
		new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static void writeIfChanged(Path file, String content) throws IOException {
		if (!Files.exists(file) || !Files.readString(file).equals(content)) {
			Files.writeString(file, content);
		}
	}
}
