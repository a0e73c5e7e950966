package org.bellwether.processor.harm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlSignalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://bit.ly/3abc            | shortener",
            "https://cdc.gov.health-news.ru/x | sub-domain",
            "http://cdc-gov.info/vaccines     | hyphenated",
            "https://reuters.co/article       | another tld",
            "https://www.nytimez.com/2020     | typo",
            "https://paypa1.com/login         | typo",
            "https://who.int@evil.example/    | credentials",
            "https://xn--80ak6aa92e.com/      | punycode",
            "https://аpple.com/               | mixed-script",
            "http://203.0.113.9/payload       | ip-address",
            "https://free-cures.tk/           | throw-away"})
    void flagsManipulatedLinks(String url, String reason) {
        UrlSignals.Signal signal = UrlSignals.assess(url.trim());
        assertThat(signal).isNotNull();
        assertThat(signal.reason()).contains(reason.trim());
    }

    @ParameterizedTest
    @CsvSource({"https://www.cdc.gov/coronavirus", "https://bbc.co.uk/news", "https://t.co/abc123",
            "https://example.org/page", "https://en.wikipedia.org/wiki/Bellwether"})
    void leavesOrdinaryLinksAlone(String url) {
        assertThat(UrlSignals.assess(url)).isNull();
    }
}
