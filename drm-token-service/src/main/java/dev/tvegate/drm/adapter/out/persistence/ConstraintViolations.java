package dev.tvegate.drm.adapter.out.persistence;

/** Recognises PostgreSQL unique / foreign-key violations however Hibernate Reactive wraps them. */
final class ConstraintViolations {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ConstraintViolations() {
    }

    static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, UNIQUE_VIOLATION);
    }

    static boolean isForeignKeyViolation(Throwable failure) {
        return hasSqlState(failure, FOREIGN_KEY_VIOLATION);
    }

    private static boolean hasSqlState(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && sqlState.equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cv
                    && cv.getSQLException() != null && sqlState.equals(cv.getSQLException().getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
