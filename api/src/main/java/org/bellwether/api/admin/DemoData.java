package org.bellwether.api.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bellwether.api.messengers.MessengerProfile;
import org.bellwether.api.messengers.MessengerProfile.LanguageSkill;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.partners.PartnerService;
import org.bellwether.api.partners.db.PartnerDao;
import org.bellwether.api.messengers.db.MessengerDao;
import org.bellwether.api.playbooks.db.PlaybookDao;
import org.bellwether.api.users.db.UserDao;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dev mode only: demo messengers for the demo city of Port Lucena (its neighbourhoods are those of the
 * collectors' {@code DemoCity}) and starter playbooks. The demo user {@code messenger} is Amina Haddad. Created
 * once; every name and address is invented.
 */
public final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** The neighbourhoods of the demo city, as the collectors' DemoCity.NEIGHBOURHOOD_NAMES names them. */
    public static final List<String> NEIGHBOURHOODS = List.of("Old Harbour", "Riverside", "Canal Quarter",
            "Saint-Roch", "Millbrook", "Northfield", "Ferry Hill", "Eastgate");

    private record Demo(String name, String pseudonym, String user, List<LanguageSkill> languages,
                        List<String> neighbourhoods, List<String> communities, List<String> topics,
                        List<String> channels, int capacity, boolean consent, boolean absent, String language) {
    }

    private static final List<Demo> MESSENGERS = List.of(
            new Demo("Amina Haddad", "amina-h", "messenger",
                    List.of(skill("ar", "native"), skill("fr", "fluent"), skill("en", "working")),
                    List.of("Saint-Roch", "Eastgate"), List.of("migrant communities", "muslim faith groups"),
                    List.of("hate_migrants", "hate_religion"), List.of("social", "radio"), 3, true, false, "ar"),
            new Demo("Carlos Romero", "carlos-r", null,
                    List.of(skill("es", "native"), skill("en", "fluent")),
                    List.of("Riverside", "Canal Quarter"), List.of("migrant communities", "youth"),
                    List.of("misinformation", "hate_migrants"), List.of("social", "in_person"), 3, true, false, "es"),
            new Demo("Claire Dubois", "claire-d", null,
                    List.of(skill("fr", "native"), skill("en", "fluent")),
                    List.of("Old Harbour", "Ferry Hill"), List.of("parents", "neighbourhood associations"),
                    List.of("misinformation"), List.of("radio", "social"), 2, true, false, "fr"),
            new Demo("David Levin", "david-l", null,
                    List.of(skill("en", "native"), skill("fr", "working")),
                    List.of("Millbrook"), List.of("jewish community", "interfaith council"),
                    List.of("hate_religion", "threat"), List.of("in_person", "social"), 2, true, false, "en"),
            new Demo("Grace Okafor", "grace-o", null, List.of(skill("en", "native")),
                    List.of("Northfield", "Eastgate"), List.of("women's groups", "youth"),
                    List.of("hate_gender"), List.of("social", "messaging"), 3, true, false, "en"),
            new Demo("Youssef Benali", "youssef-b", null,
                    List.of(skill("ar", "native"), skill("en", "fluent"), skill("es", "working")),
                    List.of("Riverside", "Eastgate"), List.of("migrant communities", "youth"),
                    List.of("hate_migrants", "hate_origin"), List.of("social", "radio"), 2, true, false, "ar"),
            new Demo("Lucía Martín", "lucia-m", null, List.of(skill("es", "native"), skill("fr", "working")),
                    List.of("Canal Quarter", "Saint-Roch"), List.of("women's groups", "health workers"),
                    List.of("misinformation"), List.of("social"), 2, false, false, "es"),
            new Demo("Tom Becker", "tom-b", null, List.of(skill("en", "native")),
                    List.of("Old Harbour", "Riverside"), List.of("civic groups"),
                    List.of("anti_institution", "threat"), List.of("radio"), 1, true, true, "en"));

    private DemoData() {
    }

    public static void seed(Jdbi jdbi, ContactCipher cipher, Clock clock) {
        jdbi.useTransaction(handle -> {
            PartnerDao partners = handle.attach(PartnerDao.class);
            Long partnerUser = handle.attach(UserDao.class).findByUsername("partner").map(u -> u.id()).orElse(null);
            if (partners.list().isEmpty() && partnerUser != null) {
                partners.insert("Old Harbour Youth Centre", "youth_worker", new String[] {"en", "es"},
                        new String[] {"Old Harbour", "Canal Quarter"}, new String[] {"youth"}, true, clock.instant(),
                        cipher.seal("centre@partners.invalid", PartnerService.CONTACT_PURPOSE), partnerUser, true);
            }
        });
        jdbi.useTransaction(handle -> {
            MessengerDao messengers = handle.attach(MessengerDao.class);
            if (!messengers.list().isEmpty()) {
                return;
            }
            for (Demo demo : MESSENGERS) {
                Long userId = demo.user() == null ? null
                        : handle.attach(UserDao.class).findByUsername(demo.user()).map(u -> u.id()).orElse(null);
                String local = demo.pseudonym().replace("-", ".");
                messengers.insert(UUID.randomUUID(), userId, demo.name(), demo.pseudonym(),
                        cipher.seal(local + "@messengers.invalid", MessengerService.CONTACT_PURPOSE),
                        cipher.seal("+00 555 01" + Math.abs(local.hashCode() % 100), MessengerService.CONTACT_PURPOSE),
                        Json.writeString(new MessengerProfile(demo.languages(), demo.neighbourhoods(),
                                demo.communities(), demo.topics(), demo.channels())),
                        demo.capacity(), true, demo.absent() ? clock.instant().minus(Duration.ofDays(1)) : null,
                        demo.absent() ? clock.instant().plus(Duration.ofDays(14)) : null, demo.consent(),
                        demo.consent() ? clock.instant() : null, true, demo.language());
            }
            PlaybookDao playbooks = handle.attach(PlaybookDao.class);
            playbook(playbooks, "general", "en", "Answering a harmful narrative",
                    List.of("Acknowledge the worry behind the story before correcting it.",
                            "Give the verified facts and where people can check them.",
                            "Point to what neighbours are doing together."));
            playbook(playbooks, "general", "es", "Cómo responder a una narrativa dañina",
                    List.of("Reconoce la preocupación detrás de la historia antes de corregirla.",
                            "Da los datos verificados y dónde comprobarlos.",
                            "Cuenta lo que los vecinos hacen juntos."));
            playbook(playbooks, "general", "fr", "Répondre à un récit nuisible",
                    List.of("Reconnaissez l'inquiétude derrière l'histoire avant de la corriger.",
                            "Donnez les faits vérifiés et où les vérifier.",
                            "Montrez ce que les voisins font ensemble."));
            playbook(playbooks, "general", "ar", "الرد على رواية ضارة",
                    List.of("اعترف بالقلق وراء القصة قبل تصحيحها.", "قدّم الحقائق الموثقة وأين يمكن التحقق منها.",
                            "أشر إلى ما يفعله الجيران معاً."));
            playbook(playbooks, "misinformation", "en", "Correcting a false rumour",
                    List.of("Lead with the fact, not the myth.", "Say who confirmed it and when.",
                            "Tell people where official updates appear."));
            playbook(playbooks, "hate_migrants", "en", "Standing with newcomers",
                    List.of("Share a concrete local story of newcomers and neighbours.",
                            "Correct false numbers with the city's published figures.",
                            "Invite people to the next community event."));
            playbook(playbooks, "hate_migrants", "fr", "Aux côtés des nouveaux arrivants",
                    List.of("Partagez une histoire locale concrète de voisinage.",
                            "Corrigez les faux chiffres avec les chiffres publiés par la ville.",
                            "Invitez au prochain événement de quartier."));
        });
        LOG.info("dev mode: seeded {} demo messengers and starter playbooks", MESSENGERS.size());
    }

    private static void playbook(PlaybookDao dao, String category, String language, String title,
                                 List<String> points) {
        dao.insertNextVersion(category, language, title, Json.writeString(points), "[]", "[]", null, "system");
    }

    private static LanguageSkill skill(String lang, String proficiency) {
        return new LanguageSkill(lang, proficiency);
    }
}
