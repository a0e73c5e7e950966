package org.bellwether.api.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reply words of each language, with and without a code and a decline's reason; anything else is no reply. */
class OfferRepliesParseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "ACCEPT K7M2QX            | true  | K7M2QX | -",
        "accept k7m2qx            | true  | k7m2qx | -",
        "Accept: K7M2QX!          | true  | K7M2QX | -",
        "ACEPTAR K7M2QX           | true  | K7M2QX | -",
        "accepter K7M2QX          | true  | K7M2QX | -",
        "قبول K7M2QX              | true  | K7M2QX | -",
        "DECLINE K7M2QX busy week | false | K7M2QX | busy week",
        "rechazar K7M2QX          | false | K7M2QX | -",
        "REFUSER K7M2QX           | false | K7M2QX | -",
        "رفض K7M2QX               | false | K7M2QX | -",
        "ACCEPT                   | true  | -      | -",
    })
    void readsAcceptAndDeclineInEachLanguage(String text, boolean accept, String code, String rest) {
        assertThat(OfferReplies.parse(text)).contains(new OfferReplies.Parsed(accept, code, rest));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "YES",
        "the water in Eastgate is poisoned",
        "I accept that the bridge is closed",
        "STOP",
    })
    void otherMessagesAreNoReply(String text) {
        assertThat(OfferReplies.parse(text)).isEmpty();
    }
}
