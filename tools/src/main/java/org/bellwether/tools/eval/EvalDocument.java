package org.bellwether.tools.eval;

import java.time.Instant;

/**
 * One labelled document of an evaluation file.
 *
 * @param id    the document id (the id field, else the line number)
 * @param text  the text
 * @param label the gold label, read only to score
 * @param time  the event time (the time field, else synthetic)
 * @param tag   the value of an optional field used only to leave documents out of scoring, or null
 */
public record EvalDocument(String id, String text, String label, Instant time, String tag) {

    public EvalDocument(String id, String text, String label, Instant time) {
        this(id, text, label, time, null);
    }
}
