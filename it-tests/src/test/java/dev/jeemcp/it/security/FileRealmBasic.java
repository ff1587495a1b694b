package dev.jeemcp.it.security;

import fish.payara.security.annotations.FileIdentityStoreDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Container security as an application switches it on: Jakarta Security's BASIC mechanism over Payara's file realm.
 * It authenticates whenever credentials come, so the MCP endpoint needs no security constraint and the library can
 * answer anonymous requests with the OAuth challenge itself.
 */
@BasicAuthenticationMechanismDefinition(realmName = "mcp")
@FileIdentityStoreDefinition("file")
@ApplicationScoped
public class FileRealmBasic {
}
