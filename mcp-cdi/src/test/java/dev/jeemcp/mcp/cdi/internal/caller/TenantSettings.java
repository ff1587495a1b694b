package dev.jeemcp.mcp.cdi.internal.caller;

/** Makes a tenant resolver read its settings again, from tests in other packages: the hook stays package-private. */
public final class TenantSettings {

    private TenantSettings() {
    }

    public static void reread(DefaultTenantResolver resolver) {
        resolver.forgetSettings();
    }
}
