package org.bellwether.processor.flag;

import org.bellwether.processor.cluster.HourlyVolume;

/**
 * The whole stream's hourly volume, for the global baseline ("how fast does a typical narrative grow right now")
 * and for a narrative's share of the stream. Not thread-safe: the narrative task owns it.
 */
public final class StreamActivity {
    private final HourlyVolume volume;

    public StreamActivity() {
        this(new HourlyVolume());
    }

    public StreamActivity(HourlyVolume volume) {
        this.volume = volume;
    }

    public void add(long time) {
        volume.add(time, 1);
    }

    /** Posts of the whole stream in the 24 hours up to {@code now}. */
    public long lastDay(long now) {
        long hour = HourlyVolume.hourOf(now);
        return volume.between(hour - 23, hour);
    }

    /** Posts per hour of a typical open narrative over the last 24 hours. */
    public double globalBaseline(long now, int openNarratives) {
        return lastDay(now) / 24.0 / Math.max(1, openNarratives);
    }

    public HourlyVolume volume() {
        return volume;
    }
}
