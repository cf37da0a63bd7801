package dev.cascade.simulator.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * JAX-RS at the root of the {@code /telesign-simulator} context, so the API sits where a client with
 * base URL {@code http://host:8080/telesign-simulator} expects Telesign's: {@code /v1/omnichannel}.
 */
@ApplicationPath("/")
public class SimulatorApplication extends Application {
}
