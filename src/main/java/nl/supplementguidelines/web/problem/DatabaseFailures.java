package nl.supplementguidelines.web.problem;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, unreachable, too slow) from other failures. Those are
 * temporary and not the client's fault: the API answers them with a 503 and Retry-After instead of a 500.
 */
public final class DatabaseFailures {

    /** Retry-After for a 503: about the time the readiness probe and the pool need to notice the database is back. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** The detail of that 503, wherever it is answered (the exception handler, the cache filter). */
    public static final String UNAVAILABLE_DETAIL = "The guideline database cannot be reached right now. Retry in a few seconds.";

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException) {
                return true;
            }
            // SQLState class 08 is "connection exception"; 57P01-57P03 are PostgreSQL shutting down or starting up.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
