package io.custodian.bench;

import java.nio.file.Path;

/**
 * Small database chores for {@code bench/run}:
 * {@code createdb <postgres base url> <name>} creates a fresh PostgreSQL database;
 * {@code count <jdbc url> <user> <site id>} prints the number of stored events of a site (H2: app stopped first).
 */
public final class BenchSql {

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "createdb" -> System.out.println(BenchDatabases.create("postgres", args[1], args[2]).url());
			case "count" -> {
				var db = new BenchDatabases(args[1].startsWith("jdbc:postgresql") ? "postgres" : "h2", args[1], args[2]);
				System.out.println(db.count("site_id = '" + java.util.UUID.fromString(args[3]) + "'"));
			}
			case "durability" -> {
				var db = new BenchDatabases(args[1].startsWith("jdbc:postgresql") ? "postgres" : "h2", args[1], args[2]);
				BenchDatabases.figure(args.length > 3 ? Path.of(args[3]) : null, args[4], db.durability());
			}
			default -> throw new IllegalArgumentException(args[0]);
		}
	}
}
