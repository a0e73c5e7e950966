package org.bellwether.processor.harm.judge;

/**
 * One hostile act found in a post, with what it is aimed at and how the author stands to it.
 *
 * @param target  who it is aimed at ({@link Group#INDIVIDUAL}, {@link Group#OTHER} or {@link Group#NONE} when no group)
 * @param act     what it does: {@code dehumanising}, {@code threat}, {@code derogation}, {@code hate-emotion},
 *                {@code exclusion}, {@code slur}, {@code profanity} or {@code insult}
 * @param stance  how the author stands to it
 * @param weight  how strong the act is, in (0, 1], times how surely the target was named
 * @param matched     the act's folded words (never the whole post)
 * @param targetWords the folded words naming the target, or empty when none (a slur names itself)
 */
public record Finding(Group target, String act, Stance stance, double weight, String matched,
                      String targetWords) {

    /** The reason shown to users, e.g. {@code target:women · act:hate-emotion · stance:asserted}. */
    public String reason() {
        return "target:" + target.label() + " · act:" + act + " · stance:" + stance.label();
    }

    /** The words behind it, e.g. {@code words 'women' 'hate'}. */
    public String evidence() {
        return targetWords.isEmpty() || targetWords.equals(matched) ? "words '" + matched + "'"
                : "words '" + targetWords + "' '" + matched + "'";
    }
}
