package org.bellwether.tools.harm;

/**
 * One labelled document read for training or evaluation.
 *
 * @param id    the document id (or its line number)
 * @param text  the text, untrusted
 * @param lang  its language, {@code und} when absent
 * @param label true for the positive class
 */
public record LabelledText(String id, String text, String lang, boolean label) {
}
