package io.custodian.system.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.custodian.system.SqlDialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the {@link SqlDialect} once from the database the data source connects to. */
@Configuration
class SqlDialectConfiguration {

	@Bean
	SqlDialect sqlDialect(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			return SqlDialect.ofProductName(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell the database product", e);
		}
	}
}
