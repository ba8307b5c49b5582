package vn.tuyengiao.similarity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Just enough JSON for the JSON Lines of flat objects the {@code similarity} command
 * reads ({"id": "…" or 12, "text": "…"}) and writes, and that
 * {@code generate --commitments} writes for it. The one JSON string writer of the code
 * base.
 */
public final class JsonLines {

	private JsonLines() {
	}

	/** {@code s} as a JSON string literal, quotes included. */
	public static String quote(String s) {
		StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '\t' -> sb.append("\\t");
				default -> {
					if (c < 0x20) {
						sb.append(String.format("\\u%04x", (int) c));
					}
					else {
						sb.append(c);
					}
				}
			}
		}
		return sb.append('"').toString();
	}

	/**
	 * Parses one flat object; values are strings, numbers, true/false/null (kept as their
	 * text).
	 */
	public static Map<String, String> parseObject(String line) {
		Map<String, String> out = new LinkedHashMap<>();
		int[] p = { skip(line, 0) };
		expect(line, p, '{');
		p[0] = skip(line, p[0]);
		if (p[0] < line.length() && line.charAt(p[0]) == '}') {
			return out;
		}
		while (true) {
			p[0] = skip(line, p[0]);
			String key = string(line, p);
			p[0] = skip(line, p[0]);
			expect(line, p, ':');
			p[0] = skip(line, p[0]);
			String value;
			if (p[0] < line.length() && line.charAt(p[0]) == '"') {
				value = string(line, p);
			}
			else {
				int s = p[0];
				while (p[0] < line.length() && ",} \t".indexOf(line.charAt(p[0])) < 0) {
					p[0]++;
				}
				value = line.substring(s, p[0]);
				if (value.isEmpty() || value.startsWith("{") || value.startsWith("[")) {
					throw new IllegalArgumentException("giá trị không hợp lệ ở vị trí " + (s + 1));
				}
			}
			out.put(key, value);
			p[0] = skip(line, p[0]);
			if (p[0] < line.length() && line.charAt(p[0]) == ',') {
				p[0]++;
				continue;
			}
			expect(line, p, '}');
			return out;
		}
	}

	private static int skip(String s, int i) {
		while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
			i++;
		}
		return i;
	}

	private static void expect(String s, int[] p, char c) {
		if (p[0] >= s.length() || s.charAt(p[0]) != c) {
			throw new IllegalArgumentException("thiếu '" + c + "' ở vị trí " + (p[0] + 1));
		}
		p[0]++;
	}

	private static String string(String s, int[] p) {
		expect(s, p, '"');
		StringBuilder sb = new StringBuilder();
		while (p[0] < s.length()) {
			char c = s.charAt(p[0]++);
			if (c == '"') {
				return sb.toString();
			}
			if (c == '\\') {
				if (p[0] >= s.length()) {
					break;
				}
				char e = s.charAt(p[0]++);
				switch (e) {
					case 'n' -> sb.append('\n');
					case 'r' -> sb.append('\r');
					case 't' -> sb.append('\t');
					case 'b' -> sb.append('\b');
					case 'f' -> sb.append('\f');
					case 'u' -> {
						if (p[0] + 4 > s.length()) {
							throw new IllegalArgumentException("chuỗi \\u không đủ 4 chữ số");
						}
						sb.append((char) Integer.parseInt(s.substring(p[0], p[0] + 4), 16));
						p[0] += 4;
					}
					default -> sb.append(e);
				}
			}
			else {
				sb.append(c);
			}
		}
		throw new IllegalArgumentException("chuỗi không đóng dấu \"");
	}

}
