package dev.cascade.dashboard.overview;

/** A number at the top of the overview, with its share of sent messages and what it means (on hover). */
public record Tile(String id, String label, long count, double rate, String definition) {
}
