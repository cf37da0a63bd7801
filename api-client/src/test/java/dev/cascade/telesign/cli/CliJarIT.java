package dev.cascade.telesign.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.cascade.telesign.testing.Fixtures.SDK_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.cascade.telesign.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The packaged CLI, run as an operator runs it: {@code java -jar target/telesign-cli.jar}. */
class CliJarIT {

    @RegisterExtension
    static WireMockExtension telesign = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private record Result(int exitCode, String out, String err) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("cli.jar", "target/telesign-cli.jar"));
        assertThat(jar).as("the shaded CLI jar is built in the package phase").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TELESIGN_CUSTOMER_ID", SDK_ACCOUNT.customerId());
        builder.environment().put("TELESIGN_API_KEY", SDK_ACCOUNT.apiKey());
        builder.environment().put("TELESIGN_BASE_URL", telesign.baseUrl());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void jarSendsTheGuidesMessage() throws Exception {
        telesign.stubFor(post("/v1/omnichannel").willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.bytes("guide-response.json"))));

        Result result = java("send", "--to", "15558675309", "--message-type", "MKT",
                "--rcs-text", Fixtures.GUIDE_TEXT, "--url", "https://example.com/track-order", "--url-text", "Track Order",
                "--url-id", "urlid1", "--fallback-time", "600", "--sms-text", Fixtures.GUIDE_TEXT);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"reference_id\" : \"35C8B5D509BC10689196FED2AD551B8A\"");
        telesign.verify(1, postRequestedFor(urlEqualTo("/v1/omnichannel")));
    }

    @Test
    void jarExitCodesReachTheShell() throws Exception {
        telesign.stubFor(post("/v1/omnichannel").willReturn(aResponse().withStatus(400)
                .withBody("{\"status\": {\"code\": 3102, \"description\": \"Invalid parameter\"}}")));
        Path body = Files.write(Files.createTempFile("callback", ".json"), Fixtures.bytes("guide-callback.json"));

        assertThat(java("send", "--to", "12").exitCode()).isEqualTo(2);
        assertThat(java("send", "--to", "15558675309", "--message-type", "ARN", "--sms-text", "hi").exitCode()).isEqualTo(3);
        assertThat(java("send", "--to", "15558675309", "--message-type", "ARN", "--sms-text", "hi",
                "--base-url", "http://127.0.0.1:9", "--max-attempts", "1").exitCode()).isEqualTo(4);
        assertThat(java("verify-callback", "--body", body.toString(), "--authorization", "TSA "
                + SDK_ACCOUNT.customerId() + ":AAAA").exitCode()).isEqualTo(1);
        assertThat(java("--version").out()).startsWith("telesign-cli 0.1.0");
    }
}
