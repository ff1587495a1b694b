package dev.jeemcp.sample;

import java.util.List;

/** The catalogue, as one result object. */
public record Products(List<Product> products) {
}
