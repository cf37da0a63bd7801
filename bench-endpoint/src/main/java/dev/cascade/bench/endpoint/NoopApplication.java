package dev.cascade.bench.endpoint;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at the root of {@code /bench-noop}, as the callback endpoint is at the root of {@code /callbacks}. */
@ApplicationPath("/")
public class NoopApplication extends Application {
}
