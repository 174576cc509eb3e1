package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.kernel.code.CodeGenerator;

/**
 * @param serviceProvider the SP in the path
 * @param code the authentication code in the path, normalised (spaces and dashes removed, upper case)
 */
public record StartMvpdLoginCommand(String serviceProvider, String code) {

    public StartMvpdLoginCommand {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        code = CodeGenerator.normalize(Objects.requireNonNull(code, "code"));
    }
}
