package dev.jeemcp.it.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.auth.LoginConfig;

/** Switches MicroProfile JWT bearer authentication on (no JAX-RS needed on Payara). */
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
public class JwtLogin {
}
