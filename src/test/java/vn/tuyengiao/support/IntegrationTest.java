package vn.tuyengiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the test database (H2, or PostgreSQL under the "postgres"
 * Maven profile), with the shared Vietnamese fixture. All such tests share one context,
 * so they run against one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The upload cap is lowered from production's 200 MB so its test needs a 50 MB file, not
// a 200 MB one.
@SpringBootTest(
		properties = { "tuyengiao.demo-data=false", "spring.main.banner-mode=off", "tuyengiao.import.max-file-mb=40" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixture.class)
@Tag("db")
public @interface IntegrationTest {

}
