package org.bellwether.processor.harm.judge;

import java.util.Locale;

/** How the author stands to a hostile act in a post. Only an asserted act is hate. */
public enum Stance {
    /** The author says it ("Migrants are vermin", "Why are migrants so filthy?", "I think migrants are vermin"). */
    ASSERTED,
    /** The author denies it ("Migrants are not vermin", "I would never hurt a Muslim"). */
    NEGATED,
    /** The author asks whether it holds ("Is it true that migrants are vermin?"). */
    QUESTIONED,
    /** The author quotes or reports someone else saying it, without taking a side. */
    QUOTED,
    /** The author quotes, reports or denies it in order to reject it: counter-speech. */
    COUNTERED;

    /** The name used in reasons, e.g. {@code asserted}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
