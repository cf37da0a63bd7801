package dev.cascade.dashboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Paths of the third-party assets the pages load, versioned by the build (assets.properties). */
public final class Assets {

    /** Chart.js's UMD bundle inside its webjar, served from WEB-INF/lib by the container. */
    public static final String CHART_JS = "/webjars/chart.js/" + property("chartjs.version") + "/dist/chart.umd.js";

    private Assets() {
    }

    private static String property(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/dev/cascade/dashboard/assets.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
