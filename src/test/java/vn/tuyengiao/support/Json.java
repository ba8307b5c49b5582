package vn.tuyengiao.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for request bodies in tests: strings, numbers, booleans, null,
 * lists and maps.
 */
public final class Json {

	private Json() {
	}

	public static Map<String, Object> obj(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

	public static String write(Object v) {
		if (v == null) {
			return "null";
		}
		if (v instanceof String s) {
			return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
		}
		if (v instanceof Number || v instanceof Boolean) {
			return v.toString();
		}
		if (v instanceof Enum<?> e) {
			return write(e.name());
		}
		if (v instanceof List<?> l) {
			StringBuilder sb = new StringBuilder("[");
			for (Object x : l) {
				sb.append(sb.length() > 1 ? "," : "").append(write(x));
			}
			return sb.append(']').toString();
		}
		if (v instanceof Map<?, ?> m) {
			StringBuilder sb = new StringBuilder("{");
			m.forEach((k, x) -> sb.append(sb.length() > 1 ? "," : "")
				.append(write(String.valueOf(k)))
				.append(':')
				.append(write(x)));
			return sb.append('}').toString();
		}
		return write(v.toString());
	}

}
