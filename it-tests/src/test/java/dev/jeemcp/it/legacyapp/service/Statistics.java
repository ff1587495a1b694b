package dev.jeemcp.it.legacyapp.service;

import jakarta.ejb.Local;

/** The statistics bean's business interface: callers see only this. */
@Local
public interface Statistics {

    ClaimCounts counts();

    String handbook();
}
