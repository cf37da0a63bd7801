package dev.cascade.telesign.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.cascade.telesign.testing.Fixtures.SDK_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.cascade.telesign.auth.AuthScheme;
import dev.cascade.telesign.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {

    @RegisterExtension
    static WireMockExtension telesign = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(40).templatingEnabled(true)).build();

    @Test
    void oneClientServesManyThreadsWithoutMixingUpAnswers() throws Exception {
        // The answer's reference id is the request's external id: a mixed-up answer shows at once.
        telesign.stubFor(post("/v1/omnichannel").willReturn(aResponse().withStatus(200).withTransformers("response-template")
                .withBody("{\"reference_id\": \"{{jsonPath request.body '$.external_id'}}\", \"status\": {\"code\": 3001}}")));
        TelesignClient client = TelesignClient.builder(SDK_ACCOUNT).baseUrl(telesign.baseUrl()).authScheme(AuthScheme.TSA).build();
        int threads = 16;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<List<String>> work = () -> {
                List<String> mismatches = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    String id = "T" + thread + "M" + i;
                    SendResult result = client.send(Fixtures.guideRequest().toBuilder().externalId(id).build());
                    if (!result.referenceId().value().equals(id)) {
                        mismatches.add(id + " -> " + result.referenceId());
                    }
                }
                return mismatches;
            };
            futures.add(pool.submit(work));
        }
        List<String> mismatches = new ArrayList<>();
        for (Future<List<String>> future : futures) {
            mismatches.addAll(future.get());
        }
        pool.shutdown();

        assertThat(mismatches).isEmpty();
        assertThat(telesign.findAll(postRequestedFor(urlEqualTo("/v1/omnichannel")))).hasSize(threads * perThread);
        assertThat(telesign.findAll(postRequestedFor(urlEqualTo("/v1/omnichannel")))
                .stream().map(r -> r.getHeader("x-ts-nonce")).distinct()).hasSize(threads * perThread);
    }
}
