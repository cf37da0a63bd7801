package dev.cascade.telesign.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.cascade.telesign.testing.Fixtures.OTHER_ACCOUNT;
import static dev.cascade.telesign.testing.Fixtures.SDK_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.cascade.telesign.callback.CallbackSignatures;
import dev.cascade.telesign.testing.ClosedPort;
import dev.cascade.telesign.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TelesignCliTest {

    private static final String REF = "35C8B5D509BC10689196FED2AD551B8A";

    @RegisterExtension
    static WireMockExtension telesign = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static Map<String, String> env() {
        return Map.of("TELESIGN_CUSTOMER_ID", SDK_ACCOUNT.customerId(), "TELESIGN_API_KEY", SDK_ACCOUNT.apiKey(),
                "TELESIGN_BASE_URL", telesign.baseUrl());
    }

    private static String[] guideSend(String... extra) {
        List<String> args = new ArrayList<>(List.of("send", "--to", "+1 555 867-5309", "--message-type", "mkt",
                "--rcs-text", Fixtures.GUIDE_TEXT, "--url", "https://example.com/track-order",
                "--url-text", "Track Order", "--url-id", "urlid1", "--fallback-time", "600",
                "--sms-text", Fixtures.GUIDE_TEXT));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void sendPostsTheGuidesRequestAndPrintsTheResultAsJson() {
        telesign.stubFor(post("/v1/omnichannel").willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.bytes("guide-response.json"))));

        CliRun run = CliRun.run(env(), guideSend("--auth", "tsa"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode printed = Fixtures.json(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(printed.get("reference_id").asText()).isEqualTo(REF);
        assertThat(printed.at("/status/code").asInt()).isEqualTo(3001);
        assertThat(printed.get("external_id").isNull()).isTrue();
        telesign.verify(1, postRequestedFor(urlEqualTo("/v1/omnichannel"))
                .withHeader("Authorization", matching("TSA FFFFFFFF-EEEE-DDDD-1234-AB1234567890:.+"))
                .withRequestBody(equalToJson(new String(Fixtures.bytes("guide-request.json"), StandardCharsets.UTF_8))));
    }

    @Test
    void dryRunPrintsTheBodyWithoutCredentialsOrNetwork() {
        CliRun run = CliRun.run(Map.of(), guideSend("--dry-run", "--link-id-field", "url_payload"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode body = Fixtures.json(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(body.at("/message/rcs/parameters/url_payload").asText()).isEqualTo("urlid1");
        assertThat(body.get("phone_number").asText()).isEqualTo("15558675309");
        assertThat(telesign.getAllServeEvents()).isEmpty();
    }

    @Test
    void invalidRequestListsEveryProblemAndExitsTwo() {
        CliRun run = CliRun.run(env(), "send", "--to", "12", "--rcs-text", "hi", "--url", "example.com",
                "--url-text", "Go", "--url-id", "x", "--fallback-time", "5");

        assertThat(run.exitCode()).isEqualTo(TelesignCli.USAGE);
        assertThat(run.err()).contains("phone_number:").contains("message_type:")
                .contains("channels[0].fallback_time:").contains("message.rcs.parameters.url:");
        assertThat(telesign.getAllServeEvents()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run(env(), "send", "--to", "15558675309", "--colour", "blue");

        assertThat(run.exitCode()).isEqualTo(TelesignCli.USAGE);
        assertThat(run.err()).contains("Unknown options: '--colour'");
    }

    @Test
    void missingCredentialsAreAUsageErrorNamingTheVariables() {
        CliRun run = CliRun.run(Map.of("TELESIGN_BASE_URL", telesign.baseUrl()), guideSend());

        assertThat(run.exitCode()).isEqualTo(TelesignCli.USAGE);
        assertThat(run.err()).contains("TELESIGN_CUSTOMER_ID").contains("TELESIGN_API_KEY");
    }

    @Test
    void telesignErrorExitsThreeWithItsCode() {
        telesign.stubFor(post("/v1/omnichannel").willReturn(aResponse().withStatus(401)
                .withBody("{\"status\": {\"code\": 3400, \"description\": \"Not authorized\"}}")));

        CliRun run = CliRun.run(env(), guideSend());

        assertThat(run.exitCode()).isEqualTo(TelesignCli.TELESIGN_ERROR);
        assertThat(run.err()).contains("HTTP 401 with code 3400: Not authorized").doesNotContain(SDK_ACCOUNT.apiKey());
    }

    @Test
    void connectionProblemExitsFour() {
        CliRun run = CliRun.run(env(), guideSend("--base-url", "http://127.0.0.1:" + ClosedPort.find(), "--max-attempts", "1"));

        assertThat(run.exitCode()).isEqualTo(TelesignCli.CONNECTION);
        assertThat(run.err()).contains("could not connect");
    }

    @Test
    void statusPrintsTheReportAsTelesignWritesIt() {
        telesign.stubFor(get("/v1/omnichannel/" + REF).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.bytes("guide-callback.json"))));

        CliRun run = CliRun.run(env(), "status", REF.toLowerCase());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode printed = Fixtures.json(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(printed.at("/status/code").asInt()).isEqualTo(3000);
        assertThat(printed.at("/channel_status/0/rcs/code").asInt()).isEqualTo(3056);
    }

    @Test
    void statusOfAnExpiredMessageExitsThree() {
        telesign.stubFor(get("/v1/omnichannel/" + REF).willReturn(aResponse().withStatus(404).withBody("{}")));

        assertThat(CliRun.run(env(), "status", REF).exitCode()).isEqualTo(TelesignCli.TELESIGN_ERROR);
    }

    @Test
    void verifyCallbackAcceptsAGenuineSignature() throws Exception {
        byte[] body = Fixtures.bytes("guide-callback.json");
        Path file = Files.write(dir.resolve("callback.json"), body);
        String header = new CallbackSignatures(SDK_ACCOUNT).headersFor(body).get("Authorization");

        CliRun run = CliRun.run(env(), "verify-callback", "--body", file.toString(), "--authorization", header);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("valid:").contains("delivery report for " + REF).contains("status 3000 Delivered");
    }

    @Test
    void verifyCallbackRejectsAnotherAccountsSignatureWithExitOne() throws Exception {
        byte[] body = Fixtures.bytes("guide-callback.json");
        Path file = Files.write(dir.resolve("callback.json"), body);
        String forged = "TSA " + SDK_ACCOUNT.customerId() + ":" + new CallbackSignatures(OTHER_ACCOUNT).sign(body);

        CliRun run = CliRun.run(env(), "verify-callback", "--body", file.toString(), "--x-ts-authorization", forged);

        assertThat(run.exitCode()).isEqualTo(TelesignCli.INVALID_SIGNATURE);
        assertThat(run.out()).startsWith("invalid (MISMATCH)");
    }

    @Test
    void verifyCallbackSpotsANewlineAddedByTheCapture() throws Exception {
        byte[] body = Fixtures.bytes("guide-callback.json");
        String header = new CallbackSignatures(SDK_ACCOUNT).headersFor(body).get("Authorization");
        Path file = Files.writeString(dir.resolve("callback.json"), new String(body, StandardCharsets.UTF_8) + "\n");

        CliRun run = CliRun.run(env(), "verify-callback", "--body", file.toString(), "--authorization", header);

        assertThat(run.exitCode()).isEqualTo(TelesignCli.INVALID_SIGNATURE);
        assertThat(run.out()).contains("hint: the signature is valid without the file's final newline");
    }

    @Test
    void verifyCallbackWithoutHeadersOrFileIsAUsageError() {
        assertThat(CliRun.run(env(), "verify-callback", "--body", "x.json").exitCode()).isEqualTo(TelesignCli.USAGE);
        assertThat(CliRun.run(env(), "verify-callback", "--body", dir.resolve("missing.json").toString(),
                "--authorization", "TSA a:b").exitCode()).isEqualTo(TelesignCli.USAGE);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.run(Map.of(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("send").contains("status").contains("verify-callback").contains("Exit codes");
    }
}
