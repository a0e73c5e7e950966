package org.bellwether.processor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PostTokenizerTest {

    /** Input and the expected folded tokens, in the style of Anserini's TweetTokenizationTest. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("Hello World", List.of("hello", "world")),
                Arguments.of("@user Don't stop!!", List.of("@user", "don't", "stop")),
                Arguments.of("#BuildTheWall now", List.of("#buildthewall", "build", "the", "wall", "now")),
                Arguments.of("#refugeeswelcome", List.of("#refugeeswelcome")),
                Arguments.of("l'immigration et d'autres", List.of("immigration", "et", "autres")),
                Arguments.of("Trump's wall", List.of("trump", "wall")),
                Arguments.of("Scheiße, Flüchtlinge!", List.of("scheisse", "fluchtlinge")),
                Arguments.of("¿Qué pasó, señor?", List.of("que", "paso", "senor")),
                Arguments.of("fuuuuck yesss", List.of("fuck", "yes")),
                Arguments.of("see https://bit.ly/3xYz now", List.of("see", "https://bit.ly/3xyz", "now")),
                Arguments.of("visit cdc-gov.info/truth.", List.of("visit", "cdc-gov.info/truth")),
                Arguments.of("U.S. and e.g. 3.5", List.of("u", "s", "and", "e", "g", "3", "5")),
                Arguments.of("n\u200Bi\u200Dgger", List.of("nigger")),
                Arguments.of("\u202Eevil\u202C text", List.of("evil", "text")),
                Arguments.of("<b>bold</b> &amp; co", List.of("b", "bold", "b", "amp", "co")),
                Arguments.of("اللاجئين", List.of("لاجئ")),
                Arguments.of("I ❤️ NYC 🇺🇸", List.of("i", "❤", "nyc", "🇺", "🇸")),
                Arguments.of("covid19 2020", List.of("covid19", "2020")));
    }

    @ParameterizedTest
    @MethodSource("table")
    void foldsTokens(String input, List<String> expected) {
        assertThat(PostTokenizer.tokenize(input)).extracting(Token::norm).isEqualTo(expected);
    }

    @Test
    void typesTokens() {
        List<Token> tokens = PostTokenizer.tokenize("@a #b c 12 https://x.org 😀");
        assertThat(tokens).extracting(Token::type).containsExactly(TokenType.MENTION, TokenType.HASHTAG,
                TokenType.WORD, TokenType.NUMBER, TokenType.URL, TokenType.EMOJI);
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Visit New York #NYC";
        for (Token token : PostTokenizer.tokenize(text)) {
            assertThat(text.substring(token.start(), token.end())).isIn(token.text(), "#NYC");
        }
    }

    @Test
    void boundsHostileInput() {
        String huge = "a,".repeat(200_000) + "x".repeat(100_000);
        List<Token> tokens = PostTokenizer.tokenize(huge);
        assertThat(tokens).hasSizeLessThanOrEqualTo(PostTokenizer.MAX_TOKENS);
        assertThat(PostTokenizer.tokenize(null)).isEmpty();
        assertThat(PostTokenizer.tokenize("\u0000\u0001\u202E\uFEFF")).isEmpty();
        assertThat(PostTokenizer.tokenize("\uD83D")).isEmpty();
    }
}
