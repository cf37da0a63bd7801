package dev.cascade.callback.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at the root of the {@code /callbacks} context: {@code POST /callbacks/telesign}. */
@ApplicationPath("/")
public class CallbackApplication extends Application {
}
