package org.bellwether.processor.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes e-mail addresses and phone numbers from a tip's text before it is scored, clustered or indexed: a tipster
 * who types their contact into the report keeps it only in the sealed contact. Thread-safe.
 */
public final class ContactRedactor {
    public static final String EMAIL_MARK = "[e-mail removed]";
    public static final String PHONE_MARK = "[phone removed]";

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern PHONE_LIKE = Pattern.compile("(?<![\\p{L}\\p{N}+])\\+?\\(?\\d[\\d \\t().-]{5,}\\d(?![\\p{L}\\p{N}])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final int MIN_PHONE_DIGITS = 7;
    private static final int MAX_PHONE_DIGITS = 15;

    private ContactRedactor() {
    }

    /** The text with every e-mail address and phone number replaced by a mark; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String withoutEmail = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL_MARK));
        Matcher phones = PHONE_LIKE.matcher(withoutEmail);
        StringBuilder out = new StringBuilder(withoutEmail.length());
        while (phones.find()) {
            String candidate = phones.group();
            long digits = candidate.chars().filter(Character::isDigit).count();
            boolean phone = digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS
                    && !DATE.matcher(candidate.trim()).matches();
            phones.appendReplacement(out, Matcher.quoteReplacement(phone ? PHONE_MARK : candidate));
        }
        phones.appendTail(out);
        return out.toString();
    }
}
