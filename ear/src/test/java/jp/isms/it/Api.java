package jp.isms.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client as an integrator would write one: HTTP Basic, JSON in and out. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String user;
    private final String password;
    private final Duration timeout;

    private Api(String user, String password) {
        this(user, password, Duration.ofSeconds(60));
    }

    private Api(String user, String password, Duration timeout) {
        this.user = user;
        this.password = password;
        this.timeout = timeout;
    }

    /** The same caller with more patience, for a measured bulk call. */
    Api patient(Duration longer) {
        return new Api(user, password, longer);
    }

    static Api as(String user, String password) {
        return new Api(user, password);
    }

    static Api anonymous() {
        return new Api(null, null);
    }

    static String baseUrl() {
        return System.getProperty("it.base.url", "http://localhost:8180");
    }

    /** A response: status, body parsed as JSON (or null), and one header. */
    record Reply(int status, JsonNode body, HttpResponse<String> raw) {

        String error() {
            return body == null || body.get("error") == null ? null : body.get("error").asText();
        }

        String message() {
            return body == null || body.get("message") == null ? null : body.get("message").asText();
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(publisher(body)));
    }

    Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(publisher(body)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A file as the raw request body, e.g. an import. */
    Reply postFile(String path, String contentType, byte[] content) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A download: the raw bytes and the headers. */
    HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + "/api" + path))
                .timeout(timeout).header("Accept", "application/json").header("Accept-Language", "ja");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            String text = response.body();
            if (text != null && !text.isBlank() && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
                body = JSON.readTree(text);
            }
            return new Reply(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
