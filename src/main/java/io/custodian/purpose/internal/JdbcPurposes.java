package io.custodian.purpose.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.custodian.purpose.Purpose;
import io.custodian.purpose.Purposes;
import io.custodian.system.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The purpose registry in the database, read on every decision (a handful of rows). */
@Repository
class JdbcPurposes implements Purposes {

	private final JdbcClient jdbc;

	JdbcPurposes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Purpose> all() {
		var compatibility = jdbc.sql("SELECT purpose, compatible_with FROM purpose_compatibility")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		return jdbc.sql("SELECT * FROM purposes ORDER BY name").query((rs, n) -> {
			var name = rs.getString("name");
			return new Purpose(name, rs.getString("description"), split(rs.getString("categories")),
					split(rs.getString("roles")), compatibility.stream().filter(c -> c[0].equals(name))
						.map(c -> c[1]).collect(Collectors.toSet()));
		}).list();
	}

	@Override
	public Optional<Purpose> find(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return all().stream().filter(p -> p.name().equals(name)).findFirst();
	}

	@Override
	public Purpose require(String name, String field) {
		if (name == null || name.isBlank()) {
			throw new InvalidInput(field, "is required: name the purpose of this use of personal data");
		}
		return find(name).orElseThrow(() -> new InvalidInput(field, "'" + clip(name) + "' is not a registered purpose ("
				+ all().stream().map(Purpose::name).collect(Collectors.joining(", ")) + ")"));
	}

	@Override
	public void requireAll(Collection<String> names, String field) {
		var known = all().stream().map(Purpose::name).collect(Collectors.toSet());
		var unknown = new HashSet<>(names);
		unknown.removeAll(known);
		if (!unknown.isEmpty()) {
			throw new InvalidInput(field, "not registered purposes: " + unknown.stream().map(JdbcPurposes::clip)
				.sorted().collect(Collectors.joining(", ")));
		}
	}

	private static Set<String> split(String csv) {
		return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}

	private static String clip(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
	}
}
