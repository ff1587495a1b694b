package dev.jeemcp.it.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.auth.LoginConfig;

/** Switches MicroProfile JWT bearer authentication on, on Payara (no JAX-RS needed there; WildFly uses web.xml). */
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
public class JwtLogin {
}
