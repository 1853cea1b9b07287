package io.custodian.system;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The hostile values a client can put anywhere: raw JSON values, text for forms and queries, header values. */
final class FuzzValues {

	static final List<String> RAW_JSON = List.of("1e308", "-1e308", "1e309", "NaN", "Infinity", "-0", "-1", "0",
			"2147483648", "9223372036854775808", "123456789012345678901234567890", "0.0000000000000000000001", "null",
			"true", "\"\"", "[]", "{}", "[[[[[[[1]]]]]]]", "{\"a\":{\"b\":{\"c\":[null,{}]}}}", "\"1e308\"", "\"NaN\"",
			"\"-0\"", "\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"",
			"\"\\u0000\\u001f\\u202e\\ud83d\\ude00 \\ud800 \\\\ \\\"\"", "\"" + "x".repeat(70_000) + "\"",
			"\"" + "\u00e9\u4e2d\ud83d\ude00".repeat(2_000) + "\"", "[" + "\"a\",".repeat(5_000) + "\"a\"]",
			"[" + "[".repeat(2_000) + "]".repeat(2_000) + "]", "{" + "\"k\":{".repeat(1_500) + "}".repeat(1_501),
			"[null]", "[1e308]", "[\"" + "y".repeat(1_000) + "\"]");

	static final List<String> TEXT = List.of("", " ", "1e308", "-1e308", "NaN", "Infinity", "-0", "-1",
			"2147483648", "99999999999999999999999", "null", "true", "[]", "{}", "not-a-uuid",
			"00000000-0000-0000-0000-000000000000", "x".repeat(10_000), "\u00e9\u4e2d\ud83d\ude00\u202e".repeat(500),
			"\u0000\u0001\u001f\u007f", "<script>alert(1)</script>", "../../etc/passwd", "a@b", "@", "de-" + "x".repeat(40),
			"https://" + "a".repeat(3_000) + ".example/", "javascript:alert(1)", "%zz", "%", "=&=&");

	static final List<String> QUERIES = List.of("", "a=%25", "%25%25", "=", "&&&", "a=%00", "x=%C3%28", "x=%FF%FE",
			"lang=" + "x".repeat(3_000), "lang=xx-%E2%98%83", "lang=de", "site=not-a-uuid", "site=" + UUID.randomUUID(),
			"site=", "idsite=1e308", "idsite=-0", "idsite=NaN&rec=1", "idsite=1&idsite=2&rec=1",
			"url=" + "a".repeat(5_000), "h=1e308&m=-1&s=NaN", "cdt=99999999999999999999", "resent=1&confirmed=1",
			"send_image=0", "bots=1&rec=1", "ua=%FF", "_id=zzzz&_idvc=-1&_idts=1e308", "res=99999x99999",
			"action_name=%E2%98%83&e_v=NaN", "ping=1&pv_id=" + "p".repeat(200), "code=1e308", "a[]=1&a[0][1]=2");

	static final List<String> PATH_VALUES = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "-1",
			"1e308", "x".repeat(3_000), "%E2%98%83", "%C3%28", "null", "%20", "a.b", UUID.randomUUID().toString());

	private FuzzValues() {
	}

	static String header(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> "";
			case 1 -> "x".repeat(4_000);
			case 2 -> "1e308";
			case 3 -> "=;,\"\\";
			case 4 -> "%FF%00";
			case 5 -> "\"Chromium\";v=\"1e308\", \"Not_A Brand\";v=\"-0\"";
			case 6 -> "999.999.999.999, ::ffff:1.2.3.4, fe80::1%eth0, unknown";
			default -> "*;q=NaN, de-DE;q=2, " + "xx-".repeat(200);
		};
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
