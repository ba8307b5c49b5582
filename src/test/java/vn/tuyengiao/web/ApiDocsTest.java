package vn.tuyengiao.web;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18, probe: the OpenAPI document showed the server-side scope as a required query
 * parameter and as the body of upload endpoints, and two request records of the same name
 * overwrote each other's schema ({@code POST /api/v1/commitments/campaigns} showed the
 * study campaign's).
 */
@IntegrationTest
class ApiDocsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theScopeIsNoParameterAndUploadsShowTheirFilePart() throws Exception {
		String doc = this.mvc.perform(get("/v3/api-docs").with(user("admin.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((java.util.List<?>) JsonPath.read(doc, "$.paths..parameters[?(@.name == 'scope')]")).isEmpty();
		Object upload = JsonPath.read(doc,
				"$.paths['/api/v1/models/{id}/attachments'].post.requestBody.content['multipart/form-data'].schema");
		assertThat(String.valueOf(upload)).contains("files").doesNotContain("Scope");
		assertThat(doc).doesNotContain("\"Scope\"");
	}

	/**
	 * Every type the API reads or writes has a schema name of its own: the class's simple
	 * name, or its {@code @Schema(name)}.
	 */
	@Test
	void noTwoApiTypesShareASchemaName() {
		Map<String, Set<String>> byName = new TreeMap<>();
		Set<Class<?>> seen = new HashSet<>();
		Deque<ResolvableType> todo = new ArrayDeque<>();
		for (Map.Entry<?, HandlerMethod> e : this.mappings.getHandlerMethods().entrySet()) {
			if (!e.getKey().toString().contains("/api/")) {
				continue;
			}
			Method m = e.getValue().getMethod();
			todo.add(ResolvableType.forMethodReturnType(m));
			for (int i = 0; i < m.getParameterCount(); i++) {
				Parameter p = m.getParameters()[i];
				if (p.isAnnotationPresent(RequestBody.class)) {
					todo.add(ResolvableType.forMethodParameter(new MethodParameter(m, i)));
				}
			}
		}
		while (!todo.isEmpty()) {
			ResolvableType t = todo.pop();
			for (ResolvableType g : t.getGenerics()) {
				todo.add(g);
			}
			if (t.isArray()) {
				todo.add(t.getComponentType());
			}
			Class<?> c = t.resolve();
			if (c == null || !c.getName().startsWith("vn.tuyengiao.") || c.isEnum() || !seen.add(c)) {
				continue;
			}
			Schema schema = c.getAnnotation(Schema.class);
			String name = schema != null && !schema.name().isEmpty() ? schema.name() : c.getSimpleName();
			byName.computeIfAbsent(name, k -> new TreeSet<>()).add(c.getName());
			if (c.isRecord()) {
				for (RecordComponent rc : c.getRecordComponents()) {
					todo.add(ResolvableType.forType(rc.getGenericType()));
				}
			}
		}
		Map<String, Set<String>> clashes = new TreeMap<>();
		byName.forEach((name, classes) -> {
			if (classes.size() > 1) {
				clashes.put(name, classes);
			}
		});
		assertThat(clashes).isEmpty();
	}

}
