package vn.tuyengiao.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Evaluation (embedded H2) or production (PostgreSQL), read from the live connection so
 * the banner in the UI and the log never lie about where data are kept.
 */
@Component
@Order(0)
public class DeploymentMode implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DeploymentMode.class);

	private final boolean evaluation;

	private final String databaseProduct;

	private final String url;

	DeploymentMode(DataSource dataSource) throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			this.databaseProduct = c.getMetaData().getDatabaseProductName() + " "
					+ c.getMetaData().getDatabaseProductVersion();
			this.url = c.getMetaData().getURL().replaceAll(";.*", "");
			this.evaluation = this.url.startsWith("jdbc:h2:");
		}
	}

	public boolean isEvaluation() {
		return this.evaluation;
	}

	public String databaseProduct() {
		return this.databaseProduct;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.evaluation) {
			log.warn(
					"EVALUATION MODE: data are kept in an embedded H2 database ({}, {}). "
							+ "Not for production: use the 'prod' profile with PostgreSQL.",
					this.url, this.databaseProduct);
		}
		else {
			log.info("Production database: {}", this.databaseProduct);
		}
	}

}
