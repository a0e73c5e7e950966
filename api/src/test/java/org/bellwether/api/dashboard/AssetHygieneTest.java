package org.bellwether.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's sources never build HTML from strings, never evaluate strings, carry no inline script or style,
 * and load nothing from another origin. The browser enforces the same through the Content-Security-Policy and
 * Trusted Types; this catches it before a browser runs.
 */
class AssetHygieneTest {
    static final Path ASSETS = Path.of("src/main/resources/assets");
    static final List<Pattern> FORBIDDEN_IN_SCRIPT = List.of(
            Pattern.compile("\\.innerHTML\\b"), Pattern.compile("\\.outerHTML\\b"),
            Pattern.compile("insertAdjacentHTML"), Pattern.compile("document\\.write"),
            Pattern.compile("\\beval\\s*\\("), Pattern.compile("new\\s+Function\\s*\\("),
            Pattern.compile("setTimeout\\(\\s*['\"`]"), Pattern.compile("createContextualFragment"),
            Pattern.compile("DOMParser"), Pattern.compile("\\.srcdoc\\b"),
            Pattern.compile("setAttribute\\(\\s*['\"]style['\"]"), Pattern.compile("setAttribute\\(\\s*['\"]on"));
    static final Pattern OTHER_ORIGIN = Pattern.compile("(?<![\\w/])(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}",
            Pattern.CASE_INSENSITIVE);

    @Test
    void scriptsBuildTheDomFromTextNodesOnly() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(".js")) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            for (Pattern pattern : FORBIDDEN_IN_SCRIPT) {
                Matcher matcher = pattern.matcher(source);
                if (matcher.find()) {
                    problems.add(ASSETS.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void pagesCarryNoInlineScriptStyleOrHandler() throws IOException {
        for (Path file : files(".html")) {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(html).as(file.toString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("(?i)\\sstyle\\s*=").doesNotContainPattern("(?i)<style")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainPattern("(?i)javascript:");
        }
    }

    @Test
    void nothingIsLoadedFromAnotherOrigin() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files("")) {
            if (file.toString().endsWith(".svg")) {
                continue; // the SVG namespace URI names a namespace, it is not a request
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String code = line.replace("http://www.w3.org/2000/svg", "");
                Matcher matcher = OTHER_ORIGIN.matcher(code);
                if (matcher.find() && !code.contains("placeholder: 'https://'")) {
                    problems.add(ASSETS.relativize(file) + ": " + line.trim());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(files(".css").stream().map(this::read)).noneMatch(css -> css.contains("@import")
                || css.contains("url("));
    }

    private String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(ASSETS)) {
            List<Path> found = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).toList();
            // a check over no files proves nothing: a moved asset directory must fail here, not pass quietly
            assertThat(found).as("assets ending in '" + suffix + "' under " + ASSETS.toAbsolutePath()).isNotEmpty();
            return found;
        }
    }
}
