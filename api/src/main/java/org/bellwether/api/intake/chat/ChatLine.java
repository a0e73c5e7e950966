package org.bellwether.api.intake.chat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.bellwether.ingest.CollectorCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both tip line resources do with the messages of a verified request: hand each to the conversation and count
 * it in the line's counters (collected: a message handled; duplicate: a platform's retry; invalid: a refused
 * signature or an unreadable body; failed: a tip that could not be published, answered 503 so the platform
 * retries). The answer is 200 once everything is recorded. Thread-safe.
 */
final class ChatLine {
    private static final Logger LOG = LoggerFactory.getLogger(ChatLine.class);

    private final ChatConversation conversation;
    private final CollectorCounters counters;
    private final Clock clock;

    ChatLine(ChatConversation conversation, CollectorCounters counters, Clock clock) {
        this.conversation = conversation;
        this.counters = counters;
        this.clock = clock;
    }

    Response refuse(String why) {
        counters.invalid();
        LOG.warn("{} webhook refused: {}", conversation.platform().channel(), why);
        return Response.status(401).type(MediaType.TEXT_PLAIN).entity(why).build();
    }

    Response unreadable() {
        counters.invalid();
        counters.error("unreadable update");
        return Response.status(400).type(MediaType.TEXT_PLAIN).entity("unreadable update").build();
    }

    Response handle(List<ChatMessage> messages) {
        for (ChatMessage message : messages) {
            try {
                ChatConversation.Outcome outcome = conversation.handle(message);
                if (outcome == ChatConversation.Outcome.DUPLICATE) {
                    counters.duplicate();
                } else {
                    counters.collected(message.sentAt(), clock.instant());
                }
                LOG.info("{} update: {}", conversation.platform().channel(), outcome);
            } catch (ChatConversation.Unavailable e) {
                counters.failed("tip not published");
                return Response.status(503).type(MediaType.TEXT_PLAIN).entity("try again later").build();
            }
        }
        return Response.ok("ok", MediaType.TEXT_PLAIN).build();
    }
}
