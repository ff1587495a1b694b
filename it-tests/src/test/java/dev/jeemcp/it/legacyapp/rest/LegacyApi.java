package dev.jeemcp.it.legacyapp.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The application's REST API, under {@code /api}. */
@ApplicationPath("api")
public class LegacyApi extends Application {
}
