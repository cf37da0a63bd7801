package dev.cascade.dashboard.web;

import java.io.IOException;

/** A page controller: load, put in the model, render (or redirect). About twenty lines each. */
@FunctionalInterface
public interface Page {

    void handle(Exchange exchange) throws IOException;
}
