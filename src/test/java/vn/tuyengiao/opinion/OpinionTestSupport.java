package vn.tuyengiao.opinion;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.support.Fixture;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the opinion tests share: API calls as a named user, JSON bodies, topic ids. */
abstract class OpinionTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	static Map<String, Object> obj(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

	ResultActions call(String user, MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		return this.mvc.perform(request.with(httpBasic(user, Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(body)));
	}

	long topic(String startOfName) {
		return this.jdbc.queryForObject("select id from opinion_topic where unit_id is null and name like ?",
				Long.class, startOfName + "%");
	}

	/** Records an item through the API as the user; returns its id. */
	long item(String user, long unit, String date, long topic, String tendency, String intensity, String spread,
			String content) throws Exception {
		String body = call(user, post("/api/v1/opinion/items"),
				obj("unitId", unit, "observedOn", date, "topicId", topic, "tendency", tendency, "intensity", intensity,
						"spread", spread, "content", content, "handling",
						"Đề nghị tăng cường tuyên truyền, giải thích"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	static String json(Object v) {
		if (v == null) {
			return "null";
		}
		if (v instanceof String s) {
			return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
		}
		if (v instanceof Number || v instanceof Boolean) {
			return v.toString();
		}
		if (v instanceof List<?> l) {
			StringBuilder sb = new StringBuilder("[");
			for (Object x : l) {
				sb.append(sb.length() > 1 ? "," : "").append(json(x));
			}
			return sb.append(']').toString();
		}
		if (v instanceof Map<?, ?> m) {
			StringBuilder sb = new StringBuilder("{");
			m.forEach((k, x) -> sb.append(sb.length() > 1 ? "," : "")
				.append(json(String.valueOf(k)))
				.append(':')
				.append(json(x)));
			return sb.append('}').toString();
		}
		return json(v.toString());
	}

}
