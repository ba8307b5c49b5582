package vn.tuyengiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real HTTP server (random port) for browser tests, with the
 * Vietnamese fixture. The context has its own database ({@code tuyengiao.test.db-name},
 * see {@link TestDatabase}): it cannot share the one of {@link IntegrationTest}, whose
 * context is a different one (mock servlet environment), and the fixture is built once
 * per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tuyengiao.demo-data=false", "spring.main.banner-mode=off",
				TestDatabase.DB_NAME_PROPERTY + "=browser" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixture.class)
@Tag("browser")
public @interface BrowserIntegrationTest {

}
