package dev.tvegate.kernel.crypto;

/** A stored secret that cannot be opened: a configuration error (wrong key) or altered data, never a client mistake. */
public class SealedSecretException extends RuntimeException {

    public SealedSecretException(String message) {
        super(message);
    }
}
