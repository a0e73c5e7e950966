package org.bellwether.api.intake.tips;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bellwether.model.Tip;
import org.bellwether.model.TipContact;
import org.bellwether.ingest.CollectorCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class TwilioSmsResourceTest {
    private static final String TOKEN = "twilio-auth-token-for-tests";
    private static final String URL = "https://city.example/tips/sms";
    private static final List<Tip> PUBLISHED = new CopyOnWriteArrayList<>();
    static final ResourceExtension RESOURCES = ResourceExtension.builder().addResource(new TwilioSmsResource(
            new TipIntake(PUBLISHED::add, TipIntakeTest.CIPHER, AddressRateLimiter.standard(Clock.systemUTC()),
                    List::of, Clock.systemUTC(), new CollectorCounters("tips:sms")), TOKEN, URL, Clock.systemUTC()))
            .build();

    @Test
    void signsLikeTwilioDocumentsIt() {
        Map<String, String> params = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675309",
                "Digits", "1234", "From", "+14158675309", "To", "+18005551212");
        String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        assertThat(TwilioSignature.sign("12345", url, params)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        assertThat(TwilioSignature.valid("12345", url, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
        assertThat(TwilioSignature.valid("12345", url + "&x=1", params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
    }

    @Test
    void refusesAnUnsignedOrForgedRequest() {
        Map<String, String> params = message("SM1", "+15550100111", "hello");
        Response unsigned = post(params, null);
        Response forged = post(params, TwilioSignature.sign("wrong-token", URL, params));
        assertThat(unsigned.getStatus()).isEqualTo(403);
        assertThat(forged.getStatus()).isEqualTo(403);
    }

    @Test
    void holdsTheFirstMessageAsksForConsentAndPublishesOnYesWithMediaAsLinks() {
        int before = PUBLISHED.size();
        Map<String, String> first = message("SM10", "+15550100222",
                "Hay carteles contra el albergue en Eastgate que dicen que los migrantes son delincuentes");
        first.put("NumMedia", "1");
        first.put("MediaUrl0", "https://api.twilio.example/2010-04-01/Accounts/AC1/Messages/SM10/Media/ME1");
        first.put("MediaContentType0", "image/jpeg");
        Response asked = post(first, TwilioSignature.sign(TOKEN, URL, first));
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.readEntity(String.class)).startsWith("<?xml").contains("<Response><Message>")
                .contains("responda SI");
        assertThat(PUBLISHED).hasSize(before);

        Map<String, String> yes = message("SM11", "+15550100222", "Sí");
        String answer = post(yes, TwilioSignature.sign(TOKEN, URL, yes)).readEntity(String.class);
        assertThat(answer).contains("Referencia: BW-");
        Tip tip = PUBLISHED.get(PUBLISHED.size() - 1);
        assertThat(tip.channel()).isEqualTo("sms");
        assertThat(tip.language()).isEqualTo("es");
        assertThat(tip.text()).startsWith("Hay carteles");
        assertThat(tip.urls()).containsExactly(first.get("MediaUrl0"));
        assertThat(TipIntakeTest.CIPHER.open(tip.contactSealed(), TipContact.PURPOSE)).isEqualTo("+15550100222");
        assertThat(answer).contains(tip.tipId());
    }

    private static Map<String, String> message(String sid, String from, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ToCountry", "US");
        params.put("SmsMessageSid", sid);
        params.put("NumMedia", "0");
        params.put("MessageSid", sid);
        params.put("AccountSid", "AC00000000000000000000000000000000");
        params.put("From", from);
        params.put("To", "+15550100000");
        params.put("Body", body);
        params.put("NumSegments", "1");
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    private static Response post(Map<String, String> params, String signature) {
        Form form = new Form();
        params.forEach(form::param);
        var request = RESOURCES.target("/tips/sms").request();
        if (signature != null) {
            request = request.header("X-Twilio-Signature", signature);
        }
        return request.post(Entity.form(form));
    }
}
