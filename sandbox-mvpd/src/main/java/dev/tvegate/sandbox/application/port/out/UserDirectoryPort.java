package dev.tvegate.sandbox.application.port.out;

import dev.tvegate.sandbox.domain.model.UserDirectory;

/** Where the subscribers and the package catalogue come from (the users file). */
public interface UserDirectoryPort {

    /** @return the current directory */
    UserDirectory directory();
}
