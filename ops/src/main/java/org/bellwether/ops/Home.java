package org.bellwether.ops;

import java.nio.file.Path;

/** Where the distribution lives: {@code -Dbellwether.home} (set by ops/bin/bellwether), else the working folder. */
final class Home {
    private Home() {
    }

    static Path path() {
        return Path.of(System.getProperty("bellwether.home", ".")).toAbsolutePath().normalize();
    }
}
