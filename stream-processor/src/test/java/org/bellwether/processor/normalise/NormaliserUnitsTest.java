package org.bellwether.processor.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bellwether.model.Geo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliserUnitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "full-width letters fold       | Ｂｒｉｄｇｅ ｃｌｏｓｅｄ          | Bridge closed",
        "ligature folds                | ﬁre at the oﬃce                    | fire at the office",
        "white space collapses         | '  a \t\n  b  '                     | a b",
        "bidi override removed         | 'abc\u202Edef\u202C ghi'            | abcdef ghi",
        "zero-width space removed      | 'ze\u200Bro'                        | zero",
        "controls removed              | 'a\u0007b\u0000c'                   | abc",
    })
    void normalisesText(String name, String input, String expected) {
        assertThat(TextNormaliser.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "host lower-cased, tracking removed | HTTPS://News.Example.ORG/a/B?utm_source=x&id=7&fbclid=z#top | https://news.example.org/a/B?id=7",
        "default port dropped               | http://example.org:80/path                                  | http://example.org/path",
        "other port kept                    | https://example.org:8443/                                   | https://example.org:8443/",
        "empty path becomes slash           | https://example.org                                         | https://example.org/",
        "all parameters tracking            | https://x.org/p?gclid=1&utm_medium=m                        | https://x.org/p",
    })
    void canonicalisesUrls(String name, String input, String expected) {
        assertThat(UrlCanonicaliser.canonical(input)).isEqualTo(expected);
    }

    @Test
    void findsLinksInTextAndIgnoresNonHttp() {
        assertThat(UrlCanonicaliser.inText("see https://A.org/x?utm_campaign=c, and (http://b.org/y). mailto:x@y"))
                .containsExactly("https://a.org/x", "http://b.org/y");
        assertThat(UrlCanonicaliser.canonical("ftp://x.org/file")).isNull();
        assertThat(UrlCanonicaliser.canonical("not a url")).isNull();
    }

    @Test
    void extractsHashtags() {
        assertThat(Hashtags.of("#Fire near #ElmStreet, again #fire! no#tag #123 #São_Paulo"))
                .containsExactly("fire", "elmstreet", "são_paulo");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "the bridge is closed and the traffic is slow   |       | en",
        "el puente está cerrado y no hay paso           |       | es",
        "a ponte está fechada e não há trânsito         |       | pt",
        "il ponte è chiuso per la frana                 |       | it",
        "le pont est fermé pour la journée              |       | fr",
        "die Brücke ist nicht offen                     |       | de",
        "мост закрыт на ремонт                          |       | ru",
        "الجسر مغلق اليوم                                |       | ar",
        "#terremoto #modena                             | it    | it",
        "the bridge is closed and it is raining         | es    | en",
        "el puente                                      | es-MX | es",
        "мост закрыт                                    | en    | ru",
        "12345 !!!                                      |       | und",
        "I hate my job                                  |       | en",
        "lol he said it http://t.co/x1 @co_do           |       | en",
        "tu es un gros menteur                          |       | fr",
        "Was willst du eigentlich                       |       | de",
        "Was willst du eigentlich mit dem Auto          | en    | de",
        "I said what I said and that is it              | es    | en",
        "the bridge is closed a la una                  | en    | en",
    })
    void identifiesLanguages(String text, String hint, String expected) {
        assertThat(LanguageIdentifier.identify(text, hint)).isEqualTo(expected);
    }

    @Test
    void pseudonymisesHandlesWithAKeyedHash() {
        AuthorPseudonymiser one = new AuthorPseudonymiser("first-key-16-bytes".getBytes(StandardCharsets.UTF_8));
        AuthorPseudonymiser two = new AuthorPseudonymiser("other-key-16-bytes".getBytes(StandardCharsets.UTF_8));
        String alice = one.pseudonym("mastodon:social", "@Alice");
        assertThat(alice).startsWith("p_").hasSize(18).doesNotContain("alice");
        assertThat(one.pseudonym("mastodon:other", "alice")).isEqualTo(alice);
        assertThat(one.pseudonym("bluesky", "alice")).isNotEqualTo(alice);
        assertThat(two.pseudonym("mastodon:social", "alice")).isNotEqualTo(alice);
        assertThat(one.pseudonym("x", null)).isNull();
        assertThatThrownBy(() -> new AuthorPseudonymiser(new byte[4])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void placesPostsInNeighbourhoods() {
        NeighbourhoodGazetteer gazetteer = new NeighbourhoodGazetteer(List.of(
                new Neighbourhood("East Side", List.of("Eastside", "Barrio Este"),
                        new Neighbourhood.Bounds(40.0, -74.0, 40.1, -73.9), null, null),
                new Neighbourhood("Old Town", List.of("Ciudad Vieja"), null, 40.2, -73.8)));
        assertThat(gazetteer.place(null, new Geo(40.05, -73.95, null), "")).isEqualTo("East Side");
        assertThat(gazetteer.place(null, new Geo(40.201, -73.801, null), "")).isEqualTo("Old Town");
        assertThat(gazetteer.place(null, new Geo(null, null, "barrio este"), "")).isEqualTo("East Side");
        assertThat(gazetteer.place(null, null, "Fire in CIUDAD VIEJA tonight")).isEqualTo("Old Town");
        assertThat(gazetteer.place(null, null, "Fire in Vieja tonight")).isNull();
        assertThat(gazetteer.place("eastside", null, "")).isEqualTo("East Side");
        assertThat(gazetteer.place("Harbour", null, "")).isEqualTo("Harbour");
    }
}
