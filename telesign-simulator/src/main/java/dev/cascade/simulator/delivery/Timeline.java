package dev.cascade.simulator.delivery;

import java.util.List;

/**
 * Every delivery report a message will produce, in order; each one lists all channels tried so far
 * (the growing {@code channel_status}), and the first is always the 3001 of the first channel at
 * offset 0.
 */
public record Timeline(List<Step> steps) {

    public Timeline {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a timeline has at least its first step");
        }
    }

    public int size() {
        return steps.size();
    }

    public Step step(int index) {
        return steps.get(index);
    }

    public Step last() {
        return steps.get(steps.size() - 1);
    }
}
