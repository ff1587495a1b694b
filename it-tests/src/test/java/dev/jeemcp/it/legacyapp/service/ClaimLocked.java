package dev.jeemcp.it.legacyapp.service;

import jakarta.ejb.ApplicationException;

/** The application's own answer to a caller who may not change a claim: its message is meant for them. */
@ApplicationException(rollback = true)
public class ClaimLocked extends Exception {

    private static final long serialVersionUID = 1L;

    public ClaimLocked(String message) {
        super(message);
    }
}
