package dev.cascade.bench.startup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * How the start-up benchmark tells a server is up (a URL answers 200) and gone (no process of it left,
 * its port closed).
 */
final class Readiness {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Readiness() {
    }

    /**
     * Polls {@code url} every 100 ms until it answers 200; returns the time from {@code startedNanos}
     * ({@link System#nanoTime()} at launch) to that answer.
     *
     * @throws IllegalStateException when {@code process} ends first or {@code timeout} passes
     */
    static Duration awaitOk(URI url, Process process, long startedNanos, Duration timeout, String what)
            throws InterruptedException {
        while (true) {
            if (status(url) == 200) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited (status " + process.exitValue() + ") before " + url + " answered 200");
            }
            if (System.nanoTime() - startedNanos > timeout.toNanos()) {
                throw new IllegalStateException(url + " did not answer 200 within " + timeout.toSeconds() + " s of starting " + what);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    static int status(URI url) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Whether something accepts connections on 127.0.0.1:{@code port}. */
    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Processes still running with {@code argument} (a server's base directory option) on their command
     * line, as a whole argument: after a clean stop there must be none.
     */
    static List<ProcessHandle> processesNaming(String argument) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().filter(p -> p.pid() != self && p.isAlive())
                .filter(p -> p.info().commandLine().map(c -> c.contains(argument + " ") || c.endsWith(argument)).orElse(false)).toList();
    }

    static String describe(List<ProcessHandle> processes) {
        return processes.stream().map(p -> p.pid() + " " + p.info().command().orElse("?")).toList().toString();
    }
}
