package org.bellwether.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and removes e-mail addresses and phone numbers in a tip's text: intake moves them into the sealed contact
 * before the tip is published, and the processor removes any left before a tip is scored, clustered or indexed.
 * Thread-safe.
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

    /** The e-mail addresses and phone numbers in the text, in order. */
    public static List<String> contactsIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher emails = EMAIL.matcher(text);
        while (emails.find()) {
            found.add(emails.group());
        }
        Matcher phones = PHONE_LIKE.matcher(EMAIL.matcher(text).replaceAll(" "));
        while (phones.find()) {
            if (isPhone(phones.group())) {
                found.add(phones.group().strip());
            }
        }
        return found;
    }

    private static boolean isPhone(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS && !DATE.matcher(candidate.trim()).matches();
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
            phones.appendReplacement(out, Matcher.quoteReplacement(isPhone(candidate) ? PHONE_MARK : candidate));
        }
        phones.appendTail(out);
        return out.toString();
    }
}
