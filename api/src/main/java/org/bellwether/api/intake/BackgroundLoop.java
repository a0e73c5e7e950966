package org.bellwether.api.intake;

import io.dropwizard.lifecycle.Managed;

/**
 * Runs a loop (e.g. {@link org.bellwether.ingest.watchlist.WatchlistSync}) on its own daemon thread for the lifecycle
 * of the application: started with it, closed and joined (up to ten seconds) when it stops.
 */
public final class BackgroundLoop implements Managed {
    private final String name;
    private final Runnable loop;
    private final AutoCloseable stopper;
    private Thread thread;

    /** @param loop runs until closed */
    public <T extends Runnable & AutoCloseable> BackgroundLoop(String name, T loop) {
        this.name = name;
        this.loop = loop;
        this.stopper = loop;
    }

    @Override
    public void start() {
        thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() throws Exception {
        stopper.close();
        if (thread != null) {
            thread.join(10_000);
        }
    }
}
