package dev.tvegate.registration.domain.error;

/** A referenced entity does not exist. */
public final class NotFoundException extends RuntimeException {
    private final String entity;
    private final String id;

    public NotFoundException(String entity, String id) {
        super(entity + " '" + id + "' not found", null, false, false);
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
