package org.bellwether.api.intake.tips;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
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
    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addResource(new TipFormResource(INTAKE, () -> NEIGHBOURHOODS, "/tips")).build();

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
                .param("website", "");
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
                .param("text", "<b>hola</b>")));
        String html = response.readEntity(String.class);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(html).contains("role=\"alert\"").contains("href=\"#consent\"")
                .contains("Marque la casilla de consentimiento").contains("&lt;b&gt;hola&lt;/b&gt;")
                .doesNotContain("<b>hola</b>").contains("aria-invalid=\"true\"");
    }

    @Test
    void aBotFillingTheHoneypotGetsAThankYouButNothingIsPublished() {
        int before = PUBLISHED.size();
        Form form = new Form().param("lang", "en").param("text", "Cheap watches here").param("consent", "yes")
                .param("website", "http://spam.example");
        Response response = RESOURCES.target("/tips").request().post(Entity.form(form));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.readEntity(String.class)).contains("id=\"reference\"");
        assertThat(PUBLISHED).hasSize(before);
    }
}
