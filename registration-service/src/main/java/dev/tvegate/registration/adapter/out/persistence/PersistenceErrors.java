package dev.tvegate.registration.adapter.out.persistence;

import java.util.function.Function;

import dev.tvegate.registration.domain.error.ConflictException;

/** Turns database constraint violations into domain exceptions. */
final class PersistenceErrors {

    /** PostgreSQL SQLSTATE unique_violation and foreign_key_violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private PersistenceErrors() {
    }

    /** @return whether a unique or foreign-key constraint refused the write (a concurrent change) */
    static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (t instanceof io.vertx.pgclient.PgException pg
                    && (UNIQUE_VIOLATION.equals(pg.getSqlState()) || FOREIGN_KEY_VIOLATION.equals(pg.getSqlState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Function<Throwable, Throwable> conflict(String message) {
        return failure -> new ConflictException(message);
    }
}
