package org.bellwether.api.messengers;

/** How a messenger is reached, without the address itself. */
public record ReachView(String channel, boolean hasAddress, String quietStart, String quietEnd, String quietZone) {

    public static ReachView of(Reach reach) {
        QuietHours quiet = reach.quietHours();
        return new ReachView(reach.channel(), reach.addressSealed() != null,
                quiet == null ? null : quiet.start().toString(), quiet == null ? null : quiet.end().toString(),
                quiet == null ? null : quiet.zone().getId());
    }
}
