package org.bellwether.collectors.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The handful of tips residents send in the demo, timed a few hours after the storyline they report. */
final class DemoTips {
    private record Spec(String storyline, double hoursAfterOnset, String channel, String language,
                        String neighbourhood, String contact, String text) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("rumour-poisoned-water", 6, "web", "en", "Riverside", "riverside.tenant@example.org",
                    "Several neighbours in my building got messages saying the tap water is poisoned since the depot"
                            + " fire and the city is hiding it. People are panic-buying bottled water. Is any of it true?"),
            new Spec("shelter-migrants", 10, "sms", "es", "Eastgate", "+15550100142",
                    "Están pegando carteles contra el albergue de Tanner Street que dicen que los migrantes son"
                            + " delincuentes. Mi hija tiene miedo de ir a la escuela."),
            new Spec("conspiracy-antisemitic", 8, "web", "fr", "Saint-Roch", "voisine.stroch@example.net",
                    "Des affiches accusant « les familles juives » des hausses de loyer ont été collées près de"
                            + " l'arrêt de tram à Saint-Roch. Plusieurs comptes les partagent en ligne."),
            new Spec("threat-mayor", 3, "email", "en", "Ferry Hill", null,
                    "A group chat I'm in is planning to go to the mayor's house on Friday night. Some messages"
                            + " sound like they want to hurt her. I don't want to give my name."),
            new Spec("harass-councillor", 4, "web", "ar", "Millbrook", "+15550100187",
                    "هناك حملة منظمة لإغراق حساب المستشارة حداد بالرسائل المسيئة لأنها امرأة. الرسائل تتكرر من"
                            + " الحسابات نفسها."),
            new Spec(DemoPost.CHATTER, 30, "sms", "en", "Canal Quarter", "+15550100123",
                    "The pothole on Mercer Lane keeps growing, someone is going to come off their bike there."));

    private DemoTips() {
    }

    static List<DemoTip> tips(DemoSettings settings, List<DemoPost> posts) {
        Map<String, Double> onsets = DemoScenario.onsetHours();
        List<DemoTip> tips = new ArrayList<>();
        int number = 0;
        for (Spec spec : SPECS) {
            double hour = onsets.getOrDefault(spec.storyline(), 0.0) + spec.hoursAfterOnset();
            if (hour >= settings.hours()) {
                continue;
            }
            Instant at = settings.start().plusSeconds((long) (hour * 3600));
            List<String> urls = posts.stream()
                    .filter(p -> p.storyline().equals(spec.storyline()) && p.post().createdAt().isBefore(at))
                    .limit(1).map(p -> p.post().url()).toList();
            number++;
            tips.add(new DemoTip("BW-DEMO-" + settings.seed() + "-" + number, at, spec.channel(), spec.text(),
                    spec.storyline().equals(DemoPost.CHATTER) ? List.of() : urls, spec.language(),
                    spec.neighbourhood(), spec.contact(), spec.storyline()));
        }
        return tips;
    }
}
