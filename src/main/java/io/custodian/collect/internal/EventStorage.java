package io.custodian.collect.internal;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.util.List;

import io.custodian.collect.CollectSettings;
import io.custodian.system.SqlDialect;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a group of events as one transaction: on PostgreSQL one {@code COPY} in autocommit mode (a single statement
 * is its own transaction, committed and flushed with {@code synchronous_commit} on before the server reports it
 * complete, which spares the {@code BEGIN} and {@code COMMIT} round trips), elsewhere a batched INSERT and a commit. Tells a failure of the store itself (timeout, lost connection) from a refusal of the
 * rows.
 */
@Component
class EventStorage {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final boolean copy;

	EventStorage(JdbcTemplate jdbc, TransactionTemplate transactions, CollectSettings settings, SqlDialect dialect) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.copy = settings.postgresCopy() && dialect == SqlDialect.POSTGRESQL;
	}

	void store(List<EventRow> rows, Instant now) {
		if (copy) {
			jdbc.execute((ConnectionCallback<Long>) connection -> EventCopy.copyCommitted(connection, rows, now));
		}
		else {
			transactions.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
				EventInsert.store(connection, rows, now);
				return null;
			}));
		}
	}

	/**
	 * Whether the store failed rather than the rows: a timeout, a lost or refused connection, a lock that was not
	 * granted; storing the same rows again later may work.
	 */
	static boolean isStoreFailure(Throwable failure) {
		if (failure instanceof TransientDataAccessException || failure instanceof QueryTimeoutException
				|| failure instanceof CannotGetJdbcConnectionException
				|| failure instanceof TransientDataAccessResourceException || failure instanceof TransactionException) {
			return true;
		}
		var state = sqlState(failure);
		return failure instanceof SQLTransientException || state != null && (state.startsWith("08")
				|| state.startsWith("40") || state.startsWith("53") || state.startsWith("57") || state.startsWith("HY"));
	}

	/** The SQLState of the first SQLException among the causes, or null: safe to log, it holds no value. */
	static String sqlState(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}
}
