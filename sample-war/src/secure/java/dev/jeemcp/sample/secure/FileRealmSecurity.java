package dev.jeemcp.sample.secure;

import fish.payara.security.annotations.FileIdentityStoreDefinition;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * The secure sample's container security (profile {@code secure}): HTTP BASIC through Jakarta Security against
 * Payara's file realm. It authenticates whenever credentials come, so {@code /mcp} needs no security constraint and
 * the library answers anonymous callers with the OAuth challenge. With MicroProfile JWT instead, replace this class
 * by one carrying {@code @LoginConfig(authMethod = "MP-JWT")}.
 */
@BasicAuthenticationMechanismDefinition(realmName = "quotes")
@FileIdentityStoreDefinition("file")
@DeclareRoles({"quoter", "underwriter", "tenant-a", "tenant-b"})
@ApplicationScoped
public class FileRealmSecurity {
}
