package dev.cascade.simulator.api;

import dev.cascade.simulator.auth.IncomingRequest;
import dev.cascade.telesign.message.RequestValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Telesign's omnichannel API over HTTP: {@code POST /v1/omnichannel} sends a message,
 * {@code GET /v1/omnichannel/{reference_id}} looks one up. Reads the raw body (TSA signs its exact
 * bytes), hands everything to {@link OmnichannelApi}, writes its answer.
 */
@Path(OmnichannelResource.API_PATH)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OmnichannelResource {

    /** What Telesign's clients sign: the API path, without the simulator's context root. */
    static final String API_PATH = "/v1/omnichannel";
    private static final List<String> AUTH_HEADERS = List.of(IncomingRequest.AUTHORIZATION, IncomingRequest.DATE,
            IncomingRequest.AUTH_METHOD, IncomingRequest.NONCE, IncomingRequest.CONTENT_TYPE);

    @Inject
    OmnichannelApi api;

    @POST
    public Response send(@Context HttpHeaders headers, @Context UriInfo uri, InputStream in) throws IOException {
        Optional<byte[]> body = BodyReader.read(in, headers.getLength() < 0 ? null : (long) headers.getLength(),
                RequestValidator.MAX_BODY_BYTES);
        return http(body.isEmpty() ? api.tooLarge() : api.send(incoming("POST", headers, uri, body.get())));
    }

    @GET
    @Path("{reference_id}")
    public Response status(@PathParam("reference_id") String referenceId, @Context HttpHeaders headers,
                           @Context UriInfo uri) {
        return http(api.status(referenceId, incoming("GET", headers, uri, new byte[0])));
    }

    static Response http(TelesignAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body());
        answer.headers().forEach(response::header);
        return response.build();
    }

    /**
     * Clients sign the API path ({@code /v1/omnichannel}) even behind the simulator's context root, as
     * Telesign's SDKs do; a client that signs the full path is accepted too.
     */
    private static IncomingRequest incoming(String method, HttpHeaders headers, UriInfo uri, byte[] body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : AUTH_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        String fullPath = uri.getRequestUri().getRawPath();
        int api = fullPath.indexOf(API_PATH);
        String apiPath = api < 0 ? fullPath : fullPath.substring(api);
        List<String> paths = apiPath.equals(fullPath) ? List.of(apiPath) : List.of(apiPath, fullPath);
        return new IncomingRequest(method, paths, values, body);
    }
}
