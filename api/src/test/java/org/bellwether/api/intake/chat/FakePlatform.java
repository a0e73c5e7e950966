package org.bellwether.api.intake.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bellwether.model.Json;

/**
 * The send endpoints of the WhatsApp Cloud API ({@code POST /{version}/{phone-number-id}/messages}) and the Telegram
 * Bot API ({@code POST /bot{token}/sendMessage}) on 127.0.0.1, answering with the documented response shapes; it
 * records what it was sent and can be taken down (503) and brought back.
 */
public final class FakePlatform implements AutoCloseable {
    /** A request the platform took. */
    public record Sent(String path, String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final java.util.Set<String> windowClosed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private FakePlatform(HttpServer server) {
        this.server = server;
    }

    public static FakePlatform start() {
        try {
            FakePlatform platform = new FakePlatform(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            platform.server.createContext("/", platform::handle);
            platform.server.start();
            return platform;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The texts sent to one chat (a WhatsApp number or a Telegram chat id), in order. */
    public List<String> textsTo(String chatId) {
        return sent.stream().filter(s -> chatId.equals(s.body().path("to").asText(s.body().path("chat_id").asText())))
                .map(s -> s.body().has("text") && s.body().path("text").isTextual() ? s.body().path("text").asText()
                        : s.body().path("text").path("body").asText(
                                s.body().path("interactive").path("body").path("text").asText()))
                .toList();
    }

    /**
     * The number has not written in 24 hours: anything but a template message to it is refused with the Cloud API's
     * error 131047.
     */
    public void windowClosed(String number) {
        windowClosed.add(number);
    }

    public void down(boolean isDown) {
        down.set(isDown);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] request = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String answer;
        int status;
        if (down.get()) {
            status = 503;
            answer = path.contains("/bot") ? "{\"ok\":false,\"error_code\":503,\"description\":\"unavailable\"}"
                    : "{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}";
        } else if (path.matches("/bot[^/]+/sendMessage") && exchange.getRequestMethod().equals("POST")) {
            JsonNode body = Json.mapper().readTree(request);
            sent.add(new Sent(path, null, body));
            status = 200;
            answer = "{\"ok\":true,\"result\":{\"message_id\":" + sent.size() + ",\"chat\":{\"id\":"
                    + body.path("chat_id").asText() + ",\"type\":\"private\"},\"date\":1700000000,\"text\":"
                    + Json.writeString(body.path("text").asText()) + "}}";
        } else if (path.matches("/v[0-9.]+/[^/]+/messages") && exchange.getRequestMethod().equals("POST")
                && windowClosed.contains(Json.mapper().readTree(request).path("to").asText())
                && !Json.mapper().readTree(request).path("type").asText().equals("template")) {
            status = 400;
            answer = "{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"type\":\"OAuthException\","
                    + "\"code\":131047,\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"Message "
                    + "failed to send because more than 24 hours have passed since the customer last replied to this "
                    + "number.\"},\"fbtrace_id\":\"AbCdEf\"}}";
        } else if (path.matches("/v[0-9.]+/[^/]+/messages") && exchange.getRequestMethod().equals("POST")) {
            JsonNode body = Json.mapper().readTree(request);
            sent.add(new Sent(path, exchange.getRequestHeaders().getFirst("Authorization"), body));
            status = 200;
            answer = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + body.path("to").asText()
                    + "\",\"wa_id\":\"" + body.path("to").asText() + "\"}],\"messages\":[{\"id\":\"wamid.out"
                    + sent.size() + "\"}]}";
        } else {
            status = 404;
            answer = "{}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
