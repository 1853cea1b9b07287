package io.custodian.request.internal.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an HTML mail body into plain text: one pass over the characters, no regular expressions and no parser
 * library. Scripts, styles, the head and comments are dropped, block elements become line breaks, every other tag
 * disappears, and character references are decoded. The output is only ever read as text, never rendered.
 */
final class HtmlText {

	private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "template", "noscript");

	private static final Set<String> BLOCKS = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3",
			"h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "address", "dd", "dt");

	private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
			Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
			Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("Auml", "Ä"),
			Map.entry("Ouml", "Ö"), Map.entry("Uuml", "Ü"), Map.entry("szlig", "ß"), Map.entry("eacute", "é"),
			Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("agrave", "à"), Map.entry("aacute", "á"),
			Map.entry("ccedil", "ç"), Map.entry("ntilde", "ñ"), Map.entry("oacute", "ó"), Map.entry("iacute", "í"),
			Map.entry("uacute", "ú"), Map.entry("euro", "€"), Map.entry("copy", "©"), Map.entry("reg", "®"),
			Map.entry("hellip", "…"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"),
			Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("bdquo", "„"),
			Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("bull", "•"), Map.entry("middot", "·"));

	private HtmlText() {
	}

	static String toText(String html) {
		var out = new StringBuilder(Math.min(html.length(), 1 << 16));
		int i = 0;
		int n = html.length();
		while (i < n) {
			char c = html.charAt(i);
			if (c == '<') {
				if (html.startsWith("<!--", i)) {
					int end = html.indexOf("-->", i + 4);
					i = end < 0 ? n : end + 3;
					continue;
				}
				int end = html.indexOf('>', i + 1);
				if (end < 0) {
					break;
				}
				var name = tagName(html, i + 1, end);
				boolean closing = html.charAt(i + 1) == '/';
				i = end + 1;
				if (!closing && DROPPED.contains(name) && html.charAt(end - 1) != '/') {
					int close = indexOfIgnoreCase(html, "</" + name, i);
					if (close < 0) {
						break;
					}
					int closeEnd = html.indexOf('>', close);
					i = closeEnd < 0 ? n : closeEnd + 1;
				}
				else if (BLOCKS.contains(name)) {
					out.append('\n');
					if (!closing && name.equals("li")) {
						out.append("- ");
					}
				}
				else if (name.equals("td") || name.equals("th")) {
					out.append(' ');
				}
				continue;
			}
			if (c == '&') {
				int semi = semicolon(html, i + 1);
				if (semi > i + 1) {
					var decoded = entity(html.substring(i + 1, semi));
					if (decoded != null) {
						out.append(decoded);
						i = semi + 1;
						continue;
					}
				}
			}
			out.append(c == '\r' || c == '\n' || c == '\t' || c == '\f' ? ' ' : c);
			i++;
		}
		return tidy(out);
	}

	private static String tagName(String html, int from, int end) {
		int start = from < end && html.charAt(from) == '/' ? from + 1 : from;
		int stop = start;
		while (stop < end && Character.isLetterOrDigit(html.charAt(stop))) {
			stop++;
		}
		return html.substring(start, stop).toLowerCase(Locale.ROOT);
	}

	/** The ';' ending a character reference within a few characters, or -1: never a scan to the end. */
	private static int semicolon(String html, int from) {
		for (int i = from; i < Math.min(html.length(), from + 12); i++) {
			if (html.charAt(i) == ';') {
				return i;
			}
		}
		return -1;
	}

	private static int indexOfIgnoreCase(String text, String what, int from) {
		for (int i = from; i <= text.length() - what.length(); i++) {
			if (text.regionMatches(true, i, what, 0, what.length())) {
				return i;
			}
		}
		return -1;
	}

	private static String entity(String name) {
		if (name.startsWith("#")) {
			try {
				int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
						? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
				if (code > 0 && code <= Character.MAX_CODE_POINT && (code < 0xD800 || code > 0xDFFF)) {
					return code == 0xA0 ? " " : new String(Character.toChars(code));
				}
			}
			catch (NumberFormatException e) {
				return null;
			}
			return null;
		}
		return ENTITIES.get(name);
	}

	/** Collapses runs of spaces, trims each line and keeps at most one empty line in a row. */
	private static String tidy(CharSequence text) {
		var result = new StringBuilder(text.length());
		int blankLines = 0;
		for (var line : text.toString().split("\n", -1)) {
			var collapsed = line.replaceAll("[ \\u00A0]{2,}", " ").strip();
			if (collapsed.isEmpty()) {
				blankLines++;
				continue;
			}
			if (!result.isEmpty()) {
				result.append(blankLines > 0 ? "\n\n" : "\n");
			}
			result.append(collapsed);
			blankLines = 0;
		}
		return result.toString();
	}
}
