package org.bellwether.api.intake.tips;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.model.CityMap;
import org.bellwether.model.Tip;
import org.bellwether.model.TipContact;
import org.bellwether.ingest.CollectorCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class TipFormResourceTest {
    private static final List<Tip> PUBLISHED = new CopyOnWriteArrayList<>();
    private static final List<String> NEIGHBOURHOODS = CityMap.sample().neighbourhoods().stream()
            .map(CityMap.Neighbourhood::name).toList();
    private static final TipIntake INTAKE = new TipIntake(PUBLISHED::add, TipIntakeTest.CIPHER,
            new AddressRateLimiter(1000, 1000, Clock.systemUTC()), () -> NEIGHBOURHOODS,
            Clock.systemUTC(), new CollectorCounters("tips:web"));
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addResource(new TipFormResource(INTAKE, () -> NEIGHBOURHOODS, "/tips",
                    new TipFormTokens("", Duration.ofHours(2), CLOCK),
                    new FormOrigins(List.of("https://www.city.example")))).build();
    /** A tip budget of one, and a budget of refusals of two. */
    static final ResourceExtension LIMITED = ResourceExtension.builder()
            .addResource(new TipFormResource(new TipIntake(PUBLISHED::add, TipIntakeTest.CIPHER,
                    new AddressRateLimiter(1, 1, CLOCK), new AddressRateLimiter(2, 2, CLOCK), () -> NEIGHBOURHOODS,
                    CLOCK, new CollectorCounters("tips:web")), () -> NEIGHBOURHOODS, "/tips",
                    new TipFormTokens("", Duration.ofHours(2), CLOCK), new FormOrigins(List.of()))).build();

    /** The token of a freshly served form. */
    static String formToken(ResourceExtension resources) {
        String html = resources.target("/tips").request().get(String.class);
        Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("a form token in the form").isTrue();
        return token.group(1);
    }

    private static Response post(ResourceExtension resources, Form form, String origin) {
        var request = resources.target("/tips").request().header("Host", "tips.city.example");
        if (origin != null) {
            request = request.header("Origin", origin);
        }
        return request.post(Entity.form(form));
    }

    private static Form valid(String text, String token) {
        return new Form().param("lang", "en").param("text", text).param("consent", "yes").param("formToken", token);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en,ltr,Send report", "es,ltr,Enviar informe", "fr,ltr,Envoyer le signalement",
        "ar,rtl,إرسال البلاغ"})
    void showsAnAccessibleScriptFreeFormInEachLanguage(String lang, String dir, String submit) {
        Response response = RESOURCES.target("/tips").queryParam("lang", lang).request().get();
        String html = response.readEntity(String.class);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Content-Security-Policy")).contains("default-src 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("script-src");
        assertThat(html).contains("<html lang=\"" + lang + "\" dir=\"" + dir + "\">").contains(submit)
                .doesNotContain("<script").doesNotContain("style=\"").doesNotContainPattern(" on[a-z]+=");
        for (String id : List.of("text", "urls", "neighbourhood", "contact", "consent")) {
            assertThat(html).contains("<label for=\"" + id + "\">").contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("name=\"website\" tabindex=\"-1\"").contains("class=\"trap\" aria-hidden=\"true\"");
        assertThat(html).contains("<option value=\"Saint-Roch\">");
    }

    @Test
    void picksTheLanguageFromAcceptLanguageWhenNoneIsAsked() {
        String html = RESOURCES.target("/tips").request().header("Accept-Language", "de-DE, es;q=0.8").get(String.class);
        assertThat(html).contains("<html lang=\"es\"");
    }

    @Test
    void servesItsStylesheetWithAaContrastColours() {
        String css = RESOURCES.target("/tips/form.css").request().get(String.class);
        assertThat(css).contains(":focus-visible").contains("color: #1a1a1a");
    }

    @Test
    void answersWithAReferenceInTheTipstersLanguageAndPublishesTheTipSealed() {
        Form form = new Form().param("lang", "ar").param("text", "منشورات تهدد العمدة في حي Ferry Hill")
                .param("urls", "https://social.example/@a/1\r\nhttps://social.example/@a/2")
                .param("neighbourhood", "Ferry Hill").param("contact", "+15550100999").param("consent", "yes")
                .param("website", "").param("formToken", formToken(RESOURCES));
        Response response = RESOURCES.target("/tips").request().post(Entity.form(form));
        String html = response.readEntity(String.class);
        assertThat(response.getStatus()).isEqualTo(200);
        Matcher reference = Pattern.compile("id=\"reference\">(BW-[A-Z0-9-]+)<").matcher(html);
        assertThat(reference.find()).isTrue();
        assertThat(html).contains("dir=\"rtl\"").contains("رقمك المرجعي");
        Tip tip = PUBLISHED.stream().filter(t -> t.tipId().equals(reference.group(1))).findFirst().orElseThrow();
        assertThat(tip.channel()).isEqualTo("web");
        assertThat(tip.language()).isEqualTo("ar");
        assertThat(tip.urls()).hasSize(2);
        assertThat(tip.contactSealed()).doesNotContain("555");
        assertThat(TipIntakeTest.CIPHER.open(tip.contactSealed(), TipContact.PURPOSE)).isEqualTo("+15550100999");
    }

    @Test
    void showsTheFormAgainWithLinkedErrorsAndWhatWasTypedEscaped() {
        Response response = RESOURCES.target("/tips").request().post(Entity.form(new Form().param("lang", "es")
                .param("text", "<b>hola</b>").param("formToken", formToken(RESOURCES))));
        String html = response.readEntity(String.class);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(html).contains("role=\"alert\"").contains("href=\"#consent\"")
                .contains("Marque la casilla de consentimiento").contains("&lt;b&gt;hola&lt;/b&gt;")
                .doesNotContain("<b>hola</b>").contains("aria-invalid=\"true\"");
    }

    @Test
    void consentIsTheCheckboxValueOnlyNotAnyValue() {
        Response response = RESOURCES.target("/tips").request().post(Entity.form(new Form().param("lang", "en")
                .param("text", "The bridge is closed, everyone says so").param("consent", "no")
                .param("formToken", formToken(RESOURCES))));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.readEntity(String.class)).contains("href=\"#consent\"");
    }

    @Test
    void aBotFillingTheHoneypotGetsAThankYouButNothingIsPublished() {
        int before = PUBLISHED.size();
        Form form = new Form().param("lang", "en").param("text", "Cheap watches here").param("consent", "yes")
                .param("website", "http://spam.example").param("formToken", formToken(RESOURCES));
        Response response = RESOURCES.target("/tips").request().post(Entity.form(form));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.readEntity(String.class)).contains("id=\"reference\"");
        assertThat(PUBLISHED).hasSize(before);
    }

    @Test
    void aPostWithoutAFormTokenIsShownTheFormAgainWithAFreshTokenAndNothingIsSent() {
        int before = PUBLISHED.size();
        Response response = post(RESOURCES, valid("The market is closing, says a flyer", null), null);
        String html = response.readEntity(String.class);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(html).contains("This form has expired").contains("The market is closing, says a flyer")
                .contains("name=\"formToken\" value=\"");
        assertThat(PUBLISHED).hasSize(before);
    }

    @Test
    void theFormPageLetsTheBrowserNameItsOriginWhenPostingButNoOtherSiteLearnsIt() {
        Response response = RESOURCES.target("/tips").request().get();
        assertThat(response.getHeaderString("Referrer-Policy")).as("no-referrer would make the post's Origin null")
                .isEqualTo("same-origin");
    }

    @Test
    void aTokenIsGoodForOneTipAndExpires() {
        String token = formToken(RESOURCES);
        assertThat(post(RESOURCES, valid("Posters on the school fence", token), null).getStatus()).isEqualTo(200);
        assertThat(post(RESOURCES, valid("Posters on the school fence again", token), null).getStatus())
                .isEqualTo(400);
        String old = formToken(RESOURCES);
        CLOCK.advance(Duration.ofHours(3));
        assertThat(post(RESOURCES, valid("Posters on the town hall", old), null).getStatus()).isEqualTo(400);
        assertThat(post(RESOURCES, valid("Forged token", old.substring(0, old.length() - 2) + "AA"), null)
                .getStatus()).isEqualTo(400);
    }

    @ParameterizedTest(name = "Origin {0} -> {1}")
    @CsvSource({"https://tips.city.example, 200", "http://tips.city.example, 200", "https://www.city.example, 200",
        "https://evil.example, 403", "null, 403", "https://tips.city.example.evil.example, 403",
        "https://tips.city.example:8443, 403"})
    void onlyTheFormsOwnSiteAndAllowedOriginsMayPostIt(String origin, int status) {
        int before = PUBLISHED.size();
        Response response = post(RESOURCES, valid("A rumour about the water supply", formToken(RESOURCES)), origin);
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(PUBLISHED).hasSize(status == 200 ? before + 1 : before);
        if (status == 403) {
            assertThat(response.readEntity(String.class)).contains("can only be sent from the city&#39;s own page");
        }
    }

    @Test
    void refusedPostsUseTheirOwnBudgetAndALimitedResidentIsToldWhenToTryAgainInTheirLanguage() {
        assertThat(post(LIMITED, valid("x", formToken(LIMITED)), null).getStatus()).isEqualTo(400);
        assertThat(post(LIMITED, valid("First report of the day", formToken(LIMITED)), null).getStatus())
                .as("an invalid attempt did not use the tip budget of one").isEqualTo(200);
        Form second = valid("Second report", formToken(LIMITED));
        second.asMap().putSingle("lang", "es");
        Response limited = post(LIMITED, second, null);
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeaderString("Retry-After")).isEqualTo("3600");
        assertThat(limited.readEntity(String.class)).contains("<html lang=\"es\"")
                .contains("Inténtelo de nuevo dentro de 60 min.");

        assertThat(post(LIMITED, valid("Forged", "1.AAAA.AAAA"), null).getStatus()).isEqualTo(400);
        Response refused = post(LIMITED, valid("Forged again", "1.AAAA.AAAA"), null);
        assertThat(refused.getStatus()).as("the budget of two refusals is spent").isEqualTo(429);
        assertThat(refused.getHeaderString("Retry-After")).isEqualTo("1800");
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
