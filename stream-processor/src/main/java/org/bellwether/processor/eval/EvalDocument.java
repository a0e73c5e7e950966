package org.bellwether.processor.eval;

import java.time.Instant;

/**
 * One labelled document of an evaluation file.
 *
 * @param id    the document id (the id field, else the line number)
 * @param text  the text
 * @param label the gold label, read only to score
 * @param time  the event time (the time field, else synthetic)
 */
public record EvalDocument(String id, String text, String label, Instant time) {
}
