package org.bellwether.api.intake.chat;

/** A messaging platform with a tip line; its name is the outbox channel its replies go through. */
public enum ChatPlatform {
    WHATSAPP("whatsapp"),
    TELEGRAM("telegram");

    private final String channel;

    ChatPlatform(String channel) {
        this.channel = channel;
    }

    /** The outbox channel and the name of the line's counters. */
    public String channel() {
        return channel;
    }
}
