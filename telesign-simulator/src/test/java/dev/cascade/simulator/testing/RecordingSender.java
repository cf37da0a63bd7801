package dev.cascade.simulator.testing;

import dev.cascade.simulator.delivery.CallbackSender;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A callback receiver in memory: records every post and answers as scripted (then 200). */
public final class RecordingSender implements CallbackSender {

    /** One post as it arrived. */
    public record Post(Instant at, URI url, byte[] body, Map<String, String> headers) {
    }

    private final Supplier<Instant> clock;
    private final List<Post> posts = new ArrayList<>();
    private final Deque<Object> script = new ArrayDeque<>();

    public RecordingSender(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** The next answers: an Integer status, or an IOException to throw. */
    public RecordingSender thenAnswer(Object... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    @Override
    public synchronized int post(URI url, byte[] body, Map<String, String> headers) throws IOException {
        posts.add(new Post(clock.get(), url, body, Map.copyOf(headers)));
        Object answer = script.isEmpty() ? Integer.valueOf(200) : script.poll();
        if (answer instanceof IOException e) {
            throw e;
        }
        return (Integer) answer;
    }

    public synchronized List<Post> posts() {
        return List.copyOf(posts);
    }
}
