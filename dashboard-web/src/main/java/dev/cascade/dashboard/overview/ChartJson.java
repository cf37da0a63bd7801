package dev.cascade.dashboard.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The charts' tables as JSON for the page's {@code <script type="application/json">} block, which the
 * dashboard's own script reads (the Content Security Policy allows no inline script). {@code <}, {@code >}
 * and {@code &} are escaped so no text can close the block.
 */
public final class ChartJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartJson() {
    }

    public static String of(List<ChartTable> charts) {
        try {
            return JSON.writeValueAsString(charts)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
