#!/usr/bin/env python3
"""Writes cases.jsonl: the harm functional test suite, one case per line.

The functions follow the published taxonomy of Roettger et al. (ACL 2021, HateCheck); every sentence here was written
for Bellwether. Run from this folder: python3 generate.py  (the output is committed; the suite is a test set only:
never training data, never used to choose a value).
"""
import json

H, N = "hateful", "not_hateful"
cases = []


def add(lang, function, target, label, text):
    cases.append({"lang": lang, "function": function, "target": target, "label": label, "text": text})


def per_target(lang, function, label, targets, templates):
    for target, forms in targets:
        for template in templates:
            add(lang, function, target, label, template.format(**forms))


# ---------------------------------------------------------------- English
EN = [
    ("migrants", dict(T="migrants", t="migrant", Tc="Migrants")),
    ("migrants", dict(T="refugees", t="refugee", Tc="Refugees")),
    ("muslims", dict(T="Muslims", t="Muslim", Tc="Muslims")),
    ("jews", dict(T="Jews", t="Jew", Tc="Jews")),
    ("roma", dict(T="Roma", t="Roma woman", Tc="Roma")),
    ("black", dict(T="Black people", t="Black man", Tc="Black people")),
    ("women", dict(T="women", t="woman", Tc="Women")),
    ("lgbtq", dict(T="gay people", t="gay man", Tc="Gay people")),
    ("lgbtq", dict(T="trans people", t="trans woman", Tc="Trans people")),
    ("disabled", dict(T="disabled people", t="disabled person", Tc="Disabled people")),
]
per_target("en", "derogation", H, EN, [
    "{Tc} are disgusting filth.",
    "{Tc} are a plague on this city.",
    "Honestly {T} are subhuman.",
    "{Tc} are worthless and always will be.",
])
per_target("en", "threat", H, EN, [
    "We should kill every last one of the {T}.",
    "I am going to burn down the house where those {T} live.",
    "{Tc} deserve to die, all of them.",
    "Someone should line the {T} up against a wall and shoot them.",
])
SLURS = [
    ("migrants", ["wetbacks", "rapefugees"]), ("muslims", ["ragheads", "towelheads"]), ("jews", ["kikes", "yids"]),
    ("roma", ["gyppos", "pikeys"]), ("black", ["niggers", "coons"]), ("women", ["femoids", "foids"]),
    ("lgbtq", ["faggots", "dykes"]), ("lgbtq", ["trannies", "troons"]), ("disabled", ["retards", "spastics"]),
]
for target, slurs in SLURS:
    for slur in slurs:
        add("en", "slur", target, H, f"Look at all the {slur} hanging around the station.")
        add("en", "slur", target, H, f"Another family of {slur} moved in down the road.")
per_target("en", "profanity", H, EN, [
    "Fuck all {T}.",
    "{Tc} are fucking useless pieces of shit.",
])
per_target("en", "profanity", N, EN, [
    "Holy shit, the {T} who run the bakery are fucking brilliant.",
    "Fuck yeah, {T} finally got a seat on the council!",
])
per_target("en", "pronoun_reference", H, EN, [
    "{Tc}? They are vermin.",
    "I met some {T} at the market. They are all disgusting.",
    "Don't talk to me about {T}. I hate them.",
])
per_target("en", "negation", N, EN, [
    "{Tc} are not vermin.",
    "I would never hurt {T}.",
    "I don't hate {T} at all.",
])
per_target("en", "question_opinion", H, EN, [
    "Why are {T} so disgusting?",
    "Isn't it obvious that {T} are parasites?",
    "I think {T} are a disease.",
    "In my opinion {T} should be thrown out of the country.",
])
per_target("en", "identity_neutral", N, EN, [
    "There are many {T} living in Eastgate.",
    "The council met {T} to talk about housing.",
    "I sat next to two {T} on the bus this morning.",
])
per_target("en", "identity_positive", N, EN, [
    "{Tc} make this city a better place.",
    "I love spending my weekends with {T}.",
    "So proud of the {T} who organised the food drive.",
])
per_target("en", "counter_quote", N, EN, [
    "\"{Tc} are vermin\" - that flyer at the bus stop is a disgrace.",
    "Stop sharing the post that says {T} are a plague. It is hateful and false.",
    "Someone sprayed \"kill all {T}\" on the shelter wall. We condemn it.",
])
per_target("en", "counter_reference", N, EN, [
    "Calling {T} vermin is disgusting and wrong.",
    "The rumour that {T} are criminals is false.",
    "I'm sick of people saying {T} should be deported. That's racist.",
])
for text in [
    "You are a disgusting piece of filth.", "My neighbour is a worthless idiot.", "Shut up, you pathetic loser.",
    "He is the dumbest man I have ever met.", "You are a lying creep and everyone knows it.",
    "Get lost, you useless moron.", "My boss is a complete asshole.", "You make me sick, you fraud.",
    "That guy is a total scumbag.", "I hate you so much right now.", "She is a horrible, spiteful person.",
    "What a clown you are.", "You're an embarrassment to yourself.", "My ex is a manipulative jerk.",
    "Honestly you are the worst driver on the planet.", "You are so stupid it hurts.",
    "This referee is a blind idiot.", "You pathetic little troll, go away.", "The landlord is a greedy crook.",
    "I can't stand you, you arrogant prick.", "He is a vile man and a liar.", "You absolute waste of space.",
    "My cousin is a spoiled brat.", "You disgust me, you cheat.", "The mayor is an incompetent fool.",
]:
    add("en", "abuse_individual", "none", N, text)
for text in [
    "This bus service is absolute garbage.", "I hate Mondays so much.", "This phone is a worthless piece of junk.",
    "The new parking rules are disgusting.", "That film was a plague on my evening.", "I despise this weather.",
    "This coffee tastes like filth.", "The road works are a disease on this town.", "Kill this stupid printer.",
    "I want to burn this ugly sofa.", "The wifi here is pathetic.", "These shoes are trash.",
    "The traffic lights are useless.", "This app is a cancer on my phone.", "I hate this stupid song.",
    "That restaurant was vile.", "Our bins are disgusting after the strike.", "This heat is unbearable trash.",
    "The train is fucking late again.", "What a shit game last night.", "This laptop is dead, kill it with fire.",
    "The new logo is hideous.", "The homework was a nightmare.", "My alarm clock deserves to die.",
    "This queue is a disgrace.",
]:
    add("en", "abuse_object", "none", N, text)


def leet(word):
    return word.replace("e", "3").replace("a", "4").replace("i", "1").replace("o", "0")


def spaced(word):
    return " ".join(word)


def dropped(word):
    vowels = [i for i, c in enumerate(word) if c in "aeiou"]
    i = vowels[1] if len(vowels) > 1 else vowels[0]
    return word[:i] + word[i + 1:]


def doubled(word):
    i = next(i for i, c in enumerate(word) if c in "aeiou")
    return word[:i] + word[i] * 3 + word[i:]


def swapped(word):
    return word[:1] + word[2] + word[1] + word[3:] if len(word) > 4 else word


OBFUSCATE = [("migrants", "migrants"), ("migrants", "refugees"), ("muslims", "muslims"), ("jews", "jews"),
             ("roma", "gypsies"), ("black", "blacks"), ("women", "women"), ("lgbtq", "gays"),
             ("lgbtq", "lesbians"), ("disabled", "cripples")]
for target, word in OBFUSCATE:
    add("en", "spelling", target, H, f"{leet(word).capitalize()} are vermin.")
    add("en", "spelling", target, H, f"I hate {spaced(word)}.")
    add("en", "spelling", target, H, f"{dropped(word).capitalize()} are a disease.")
    add("en", "spelling", target, H, f"{doubled(word).capitalize()} are disgusting animals.")
    add("en", "spelling", target, H, f"All {swapped(word)} should be deported.")

# ---------------------------------------------------------------- Spanish
ES = [
    ("migrants", dict(T="los migrantes", Tc="Los migrantes", a="asquerosos", g="m", o="los")),
    ("migrants", dict(T="los refugiados", Tc="Los refugiados", a="asquerosos", g="m", o="los")),
    ("muslims", dict(T="los musulmanes", Tc="Los musulmanes", a="asquerosos", g="m", o="los")),
    ("jews", dict(T="los judíos", Tc="Los judíos", a="asquerosos", g="m", o="los")),
    ("roma", dict(T="los gitanos", Tc="Los gitanos", a="asquerosos", g="m", o="los")),
    ("black", dict(T="las personas negras", Tc="Las personas negras", a="asquerosas", g="f", o="las")),
    ("women", dict(T="las mujeres", Tc="Las mujeres", a="asquerosas", g="f", o="las")),
    ("lgbtq", dict(T="los gais", Tc="Los gais", a="asquerosos", g="m", o="los")),
    ("lgbtq", dict(T="las personas trans", Tc="Las personas trans", a="asquerosas", g="f", o="las")),
    ("disabled", dict(T="las personas con discapacidad", Tc="Las personas con discapacidad", a="asquerosas", g="f",
                      o="las")),
]
per_target("es", "derogation", H, ES, ["{Tc} son una plaga.", "{Tc} son {a} y no valen nada."])
per_target("es", "threat", H, ES, ["Hay que matar a todos {T}.", "Vamos a quemar las casas de {T} esta noche."])
for target, slur in [("migrants", "menas"), ("black", "negratas"), ("black", "sudacas"), ("lgbtq", "maricones"),
                     ("lgbtq", "bolleras"), ("disabled", "subnormales"), ("women", "feminazis"),
                     ("lgbtq", "travelos"), ("disabled", "mongolos"), ("muslims", "moros de mierda")]:
    add("es", "slur", target, H, f"Mira cuántos {slur} hay en el barrio.")
    add("es", "slur", target, H, f"Otra familia de {slur} se ha mudado a mi calle.")
per_target("es", "profanity", H, ES, ["Que se jodan {T}."])
per_target("es", "profanity", N, ES, ["Joder, {T} del barrio han organizado una fiesta de puta madre."])
per_target("es", "pronoun_reference", H, ES, ["¿{Tc}? Son unas ratas.", "Conocí a {T} del centro. Los odio."])
per_target("es", "negation", N, ES, ["{Tc} no son ratas.", "Nunca haría daño a {T}."])
per_target("es", "question_opinion", H, ES, ["¿Por qué {T} son tan {a}?", "Creo que {T} son una plaga."])
per_target("es", "identity_neutral", N, ES, ["En Eastgate viven muchos de {T}.", "El ayuntamiento se reunió con {T}."])
per_target("es", "identity_positive", N, ES, ["{Tc} hacen mejor esta ciudad.", "{Tc} son bienvenidos aquí."])
per_target("es", "counter_quote", N, ES, [
    "Deja de compartir el post que dice que {T} son ratas. Es odio y es falso.",
    "Alguien escribió \"muerte a {T}\" en la pared del albergue. Lo condenamos."])
per_target("es", "counter_reference", N, ES, [
    "Decir que {T} son una plaga es racista y falso.", "El bulo de que {T} son delincuentes es mentira."])
for text in ["Eres un idiota asqueroso.", "Mi vecino es un imbécil.", "Cállate, pedazo de inútil.",
             "Mi jefe es un cabrón.", "Eres la persona más tonta que conozco.", "Qué payaso eres.",
             "Mi ex es un mentiroso de mierda.", "Eres patético.", "Ese árbitro es un ciego inútil.",
             "Lárgate, imbécil.", "Me das asco, tramposo."]:
    add("es", "abuse_individual", "none", N, text)
for text in ["Este autobús es una basura.", "Odio los lunes.", "Este móvil es una mierda.",
             "El tráfico de hoy es asqueroso.", "Este café es repugnante.", "Qué asco de tiempo.",
             "La nueva app es un desastre.", "Odio esta canción.", "Este sofá es horrible, quiero quemarlo.",
             "El tren llega tarde otra puta vez.", "Esta cola es una vergüenza."]:
    add("es", "abuse_object", "none", N, text)
for target, word in [("migrants", "migrantes"), ("migrants", "refugiados"), ("muslims", "musulmanes"),
                     ("jews", "judios"), ("roma", "gitanos"), ("black", "negros"), ("women", "mujeres"),
                     ("lgbtq", "maricones"), ("disabled", "discapacitados"), ("lgbtq", "lesbianas")]:
    add("es", "spelling", target, H, f"Los {leet(word)} son ratas.")
    add("es", "spelling", target, H, f"Odio a los {spaced(word)}.")

# ---------------------------------------------------------------- French
FR = [
    ("migrants", dict(T="les migrants", Tc="Les migrants", a="dégoûtants", Tp="des migrants")),
    ("migrants", dict(T="les réfugiés", Tc="Les réfugiés", a="dégoûtants", Tp="des réfugiés")),
    ("muslims", dict(T="les musulmans", Tc="Les musulmans", a="dégoûtants", Tp="des musulmans")),
    ("jews", dict(T="les juifs", Tc="Les juifs", a="dégoûtants", Tp="des juifs")),
    ("roma", dict(T="les Roms", Tc="Les Roms", a="dégoûtants", Tp="des Roms")),
    ("black", dict(T="les Noirs", Tc="Les Noirs", a="dégoûtants", Tp="des Noirs")),
    ("women", dict(T="les femmes", Tc="Les femmes", a="dégoûtantes", Tp="des femmes")),
    ("lgbtq", dict(T="les homosexuels", Tc="Les homosexuels", a="dégoûtants", Tp="des homosexuels")),
    ("lgbtq", dict(T="les personnes trans", Tc="Les personnes trans", a="dégoûtantes", Tp="des personnes trans")),
    ("disabled", dict(T="les handicapés", Tc="Les handicapés", a="dégoûtants", Tp="des handicapés")),
]
per_target("fr", "derogation", H, FR, ["{Tc} sont une vermine.", "{Tc} sont {a} et ne valent rien."])
per_target("fr", "threat", H, FR, ["Il faut tuer {T}, jusqu'au dernier.", "On va brûler les maisons {Tp} ce soir."])
for target, slur in [("black", "nègres"), ("black", "bamboulas"), ("muslims", "bougnoules"), ("jews", "youpins"),
                     ("lgbtq", "pédés"), ("lgbtq", "gouines"), ("disabled", "mongols"), ("lgbtq", "tapettes"),
                     ("muslims", "bicots"), ("lgbtq", "travelos")]:
    add("fr", "slur", target, H, f"Regarde tous ces {slur} devant la gare.")
    add("fr", "slur", target, H, f"Encore une famille de {slur} dans ma rue.")
per_target("fr", "profanity", H, FR, ["Nique {T}."])
per_target("fr", "profanity", N, FR, ["Putain, {T} du quartier ont organisé une fête géniale."])
per_target("fr", "pronoun_reference", H, FR, ["{Tc} ? Ce sont des rats.", "J'ai croisé {T} du foyer. Je les déteste."])
per_target("fr", "negation", N, FR, ["{Tc} ne sont pas des rats.", "Je ne ferais jamais de mal à {T}."])
per_target("fr", "question_opinion", H, FR, ["Pourquoi {T} sont-ils si {a} ?", "Je pense que {T} sont une maladie."])
per_target("fr", "identity_neutral", N, FR, ["Beaucoup {Tp} vivent à Eastgate.", "La mairie a rencontré {T} hier."])
per_target("fr", "identity_positive", N, FR, ["{Tc} rendent cette ville meilleure.", "{Tc} sont les bienvenus ici."])
per_target("fr", "counter_quote", N, FR, [
    "Arrêtez de partager le post qui dit que {T} sont des rats. C'est haineux et faux.",
    "Quelqu'un a écrit « mort à {T} » sur le mur du foyer. Nous condamnons cela."])
per_target("fr", "counter_reference", N, FR, [
    "Dire que {T} sont une vermine est raciste et faux.", "La rumeur selon laquelle {T} sont des criminels est fausse."])
for text in ["Tu es un sale idiot.", "Mon voisin est un imbécile.", "Tais-toi, espèce d'abruti.",
             "Mon patron est un connard.", "Tu es la personne la plus bête que je connaisse.", "Quel clown tu fais.",
             "Mon ex est un menteur.", "Tu es pathétique.", "Cet arbitre est un crétin aveugle.", "Dégage, crétin.",
             "Tu me dégoûtes, tricheur."]:
    add("fr", "abuse_individual", "none", N, text)
for text in ["Ce bus est une poubelle.", "Je déteste les lundis.", "Ce téléphone est une merde.",
             "La circulation aujourd'hui est dégoûtante.", "Ce café est infect.", "Quel temps de merde.",
             "Cette appli est nulle.", "Je déteste cette chanson.", "Ce canapé est affreux, je veux le brûler.",
             "Le train est encore en retard, putain.", "Cette file d'attente est une honte."]:
    add("fr", "abuse_object", "none", N, text)
for target, word in [("migrants", "migrants"), ("migrants", "refugies"), ("muslims", "musulmans"), ("jews", "juifs"),
                     ("roma", "roms"), ("black", "noirs"), ("women", "femmes"), ("lgbtq", "homosexuels"),
                     ("disabled", "handicapes"), ("lgbtq", "lesbiennes")]:
    add("fr", "spelling", target, H, f"Les {leet(word)} sont des rats.")
    add("fr", "spelling", target, H, f"Je déteste les {spaced(word)}.")

# ---------------------------------------------------------------- German
DE = [
    ("migrants", dict(T="Migranten", Td="die Migranten", Tc="Migranten")),
    ("migrants", dict(T="Flüchtlinge", Td="die Flüchtlinge", Tc="Flüchtlinge")),
    ("muslims", dict(T="Muslime", Td="die Muslime", Tc="Muslime")),
    ("jews", dict(T="Juden", Td="die Juden", Tc="Juden")),
    ("roma", dict(T="Roma", Td="die Roma", Tc="Roma")),
    ("black", dict(T="Schwarze", Td="die Schwarzen", Tc="Schwarze")),
    ("women", dict(T="Frauen", Td="die Frauen", Tc="Frauen")),
    ("lgbtq", dict(T="Schwule", Td="die Schwulen", Tc="Schwule")),
    ("lgbtq", dict(T="Transmenschen", Td="die Transmenschen", Tc="Transmenschen")),
    ("disabled", dict(T="Behinderte", Td="die Behinderten", Tc="Behinderte")),
]
per_target("de", "derogation", H, DE, ["{Tc} sind Ungeziefer.", "{Tc} sind widerlich und wertlos."])
per_target("de", "threat", H, DE, ["Man sollte alle {T} umbringen.", "Heute Nacht zünden wir die Häuser an, in denen {T} wohnen."])
for target, slur in [("black", "Neger"), ("muslims", "Kanaken"), ("lgbtq", "Schwuchteln"), ("lgbtq", "Tunten"),
                     ("disabled", "Spastis"), ("disabled", "Krüppel"), ("migrants", "Asylantenpack"),
                     ("muslims", "Kopftuchmädchen"), ("women", "Emanzen"), ("roma", "Zigeuner")]:
    add("de", "slur", target, H, f"Schau dir die ganzen {slur} am Bahnhof an.")
    add("de", "slur", target, H, f"Schon wieder sind {slur} in unsere Straße gezogen.")
per_target("de", "profanity", H, DE, ["Scheiß auf {T}, alle raus."])
per_target("de", "profanity", N, DE, ["Verdammt, {Td} aus dem Viertel haben ein geiles Fest organisiert."])
per_target("de", "pronoun_reference", H, DE, ["{Tc}? Das sind Ratten.", "Ich habe {T} am Markt gesehen. Ich hasse sie."])
per_target("de", "negation", N, DE, ["{Tc} sind keine Ratten.", "Ich würde {T} niemals etwas antun."])
per_target("de", "question_opinion", H, DE, ["Warum sind {T} so widerlich?", "Ich finde, {T} sind eine Seuche."])
per_target("de", "identity_neutral", N, DE, ["In Eastgate leben viele {T}.", "Der Stadtrat hat sich mit {T} getroffen."])
per_target("de", "identity_positive", N, DE, ["{Tc} machen diese Stadt besser.", "{Tc} sind hier willkommen."])
per_target("de", "counter_quote", N, DE, [
    "Hört auf, den Post zu teilen, der sagt, {T} seien Ratten. Das ist Hetze und falsch.",
    "Jemand hat „Tod den {T}“ an die Wand der Unterkunft gesprüht. Wir verurteilen das."])
per_target("de", "counter_reference", N, DE, [
    "Zu sagen, {T} seien Ungeziefer, ist rassistisch und falsch.", "Das Gerücht, {T} seien kriminell, ist eine Lüge."])
for text in ["Du bist ein widerlicher Idiot.", "Mein Nachbar ist ein Vollidiot.", "Halt die Klappe, du Trottel.",
             "Mein Chef ist ein Arschloch.", "Du bist der dümmste Mensch, den ich kenne.", "Was für ein Clown du bist.",
             "Mein Ex ist ein Lügner.", "Du bist erbärmlich.", "Der Schiedsrichter ist ein blinder Depp.",
             "Verpiss dich, du Trottel.", "Du ekelst mich an, du Betrüger."]:
    add("de", "abuse_individual", "none", N, text)
for text in ["Dieser Bus ist Müll.", "Ich hasse Montage.", "Dieses Handy ist Scheiße.", "Der Verkehr heute ist widerlich.",
             "Dieser Kaffee ist ekelhaft.", "Was für ein Scheißwetter.", "Die neue App ist eine Katastrophe.",
             "Ich hasse dieses Lied.", "Das Sofa ist hässlich, ich will es verbrennen.",
             "Der Zug ist schon wieder zu spät, verdammt.", "Diese Warteschlange ist eine Schande."]:
    add("de", "abuse_object", "none", N, text)
for target, word in [("migrants", "migranten"), ("migrants", "fluchtlinge"), ("muslims", "muslime"), ("jews", "juden"),
                     ("roma", "zigeuner"), ("black", "neger"), ("women", "frauen"), ("lgbtq", "schwule"),
                     ("disabled", "behinderte"), ("lgbtq", "lesben")]:
    add("de", "spelling", target, H, f"{leet(word).capitalize()} sind Ratten.")
    add("de", "spelling", target, H, f"Ich hasse {spaced(word)}.")

# ---------------------------------------------------------------- Arabic
AR = [
    ("migrants", dict(N="المهاجرون", O="المهاجرين")), ("migrants", dict(N="اللاجئون", O="اللاجئين")),
    ("muslims", dict(N="المسلمون", O="المسلمين")), ("jews", dict(N="اليهود", O="اليهود")),
    ("roma", dict(N="الغجر", O="الغجر")), ("black", dict(N="السود", O="السود")),
    ("women", dict(N="النساء", O="النساء")), ("lgbtq", dict(N="المثليون", O="المثليين")),
    ("lgbtq", dict(N="المتحولون جنسيا", O="المتحولين جنسيا")), ("disabled", dict(N="المعاقون", O="المعاقين")),
]
per_target("ar", "derogation", H, AR, ["{N} حشرات قذرة.", "{N} وباء على هذه المدينة."])
per_target("ar", "threat", H, AR, ["يجب قتل كل {O}.", "سنحرق بيوت {O} الليلة."])
for target, slur in [("black", "الزنوج"), ("black", "زنوج الحي"), ("lgbtq", "الشواذ"), ("lgbtq", "المخنثين"),
                     ("jews", "أحفاد القردة"), ("disabled", "المتخلفين عقليا"), ("lgbtq", "اللوطيين"),
                     ("women", "الناقصات عقلا"), ("black", "العبيد السود"), ("lgbtq", "الشواذ جنسيا")]:
    add("ar", "slur", target, H, f"انظر إلى كل هؤلاء {slur} عند المحطة.")
    add("ar", "slur", target, H, f"عائلة أخرى من {slur} انتقلت إلى شارعنا.")
per_target("ar", "profanity", H, AR, ["يلعن {O} كلهم."])
per_target("ar", "profanity", N, AR, ["يا للهول، {N} في الحي نظموا حفلة رائعة جدا."])
per_target("ar", "pronoun_reference", H, AR, ["{N}؟ هم جرذان.", "رأيت {O} في السوق. أكرههم."])
per_target("ar", "negation", N, AR, ["{N} ليسوا حشرات.", "لن أؤذي {O} أبدا."])
per_target("ar", "question_opinion", H, AR, ["لماذا {N} قذرون هكذا؟", "أعتقد أن {O} وباء."])
per_target("ar", "identity_neutral", N, AR, ["يعيش كثير من {O} في الحي الشرقي.", "اجتمع المجلس البلدي مع {O}."])
per_target("ar", "identity_positive", N, AR, ["{N} يجعلون مدينتنا أفضل.", "{N} مرحب بهم هنا."])
per_target("ar", "counter_quote", N, AR, [
    "توقفوا عن نشر المنشور الذي يقول إن {O} جرذان. هذا خطاب كراهية وكذب.",
    "كتب أحدهم \"الموت لـ{O}\" على جدار المأوى. نحن ندين ذلك."])
per_target("ar", "counter_reference", N, AR, [
    "القول إن {O} حشرات كلام عنصري وغير صحيح.", "الإشاعة بأن {O} مجرمون كذبة."])
for text in ["أنت غبي وحقير.", "جاري أحمق.", "اسكت يا تافه.", "مديري حمار.", "أنت أغبى شخص أعرفه.",
             "يا لك من مهرج.", "طليقي كذاب.", "أنت مثير للشفقة.", "هذا الحكم أعمى وغبي.", "انقلع يا أهبل.",
             "أنت تقرفني يا غشاش."]:
    add("ar", "abuse_individual", "none", N, text)
for text in ["هذا الباص زبالة.", "أكره يوم الاثنين.", "هذا الهاتف خرا.", "زحمة السير اليوم مقرفة.",
             "هذه القهوة مقرفة.", "يا له من طقس سيء.", "التطبيق الجديد كارثة.", "أكره هذه الأغنية.",
             "هذه الأريكة قبيحة، أريد حرقها.", "القطار متأخر مرة أخرى، تبا.", "هذا الطابور عار."]:
    add("ar", "abuse_object", "none", N, text)
for target, word in [("migrants", "المهاجرين"), ("migrants", "اللاجئين"), ("muslims", "المسلمين"),
                     ("jews", "اليهود"), ("roma", "الغجر"), ("black", "السود"), ("women", "النساء"),
                     ("lgbtq", "المثليين"), ("disabled", "المعاقين"), ("lgbtq", "المثليات")]:
    add("ar", "spelling", target, H, "أكره " + "ـ".join(word) + ".")
    add("ar", "spelling", target, H, " ".join(word) + " حشرات.")

# ---------------------------------------------------------------- second batch
# Written after the lexicons were frozen and measured once: the cases that tell how the judgement does on wording
# nobody tuned it for (ids after the first batch).
per_target("en", "derogation", H, EN, ["Every single one of the {T} around here is a filthy parasite."])
per_target("en", "threat", H, EN, ["If I see any {T} near my house I will stab them."])
per_target("en", "pronoun_reference", H, EN, ["You know what I think of {T}? They are worthless scum."])
per_target("en", "negation", N, EN, ["No one should ever say that {T} are animals, because they are not."])
per_target("en", "question_opinion", H, EN, ["Am I the only one who thinks {T} are a cancer on society?"])
per_target("en", "identity_neutral", N, EN, ["A group of {T} opened a new community garden on Tanner Street."])
per_target("en", "identity_positive", N, EN, ["{Tc} are brilliant, and our city is lucky to have them."])
per_target("en", "counter_quote", N, EN, ["My uncle keeps posting \"{T} are rats\". I told him it is a lie."])
per_target("en", "counter_reference", N, EN, ["Blaming {T} for the crime wave is a myth pushed by bigots."])
per_target("en", "profanity", N, EN, ["The {T} at my work are so damn kind, fuck the haters."])
for text in ["You are a spineless coward.", "My landlord is a disgusting parasite.", "Shut your mouth, clown.",
             "That referee should be ashamed, he is useless.", "You're a pathetic excuse for a friend."]:
    add("en", "abuse_individual", "none", N, text)
for text in ["This printer is useless garbage.", "The new bus timetable is a disaster, I hate it.",
             "Rainy Sundays are the worst.", "This pizza is disgusting.", "The traffic in Eastgate is killing me."]:
    add("en", "abuse_object", "none", N, text)
for target, word in [("migrants", "immigrants"), ("muslims", "islam"), ("jews", "jewish"), ("women", "females")]:
    add("en", "spelling", target, H, f"{leet(word).capitalize()} people are filth.")
per_target("es", "derogation", H, ES, ["{Tc} son parásitos que viven de nuestros impuestos."])
per_target("es", "counter_reference", N, ES, ["Es falso que {T} sean criminales, es un bulo racista."])
per_target("fr", "derogation", H, FR, ["{Tc} sont des parasites qui vivent de nos impôts."])
per_target("fr", "counter_reference", N, FR, ["C'est faux de dire que {T} sont des criminels, c'est une rumeur raciste."])
per_target("de", "derogation", H, DE, ["{Tc} sind Parasiten, die von unseren Steuern leben."])
per_target("de", "counter_reference", N, DE, ["Es ist falsch, dass {T} kriminell seien, das ist rassistische Hetze."])
per_target("ar", "derogation", H, AR, ["{N} طفيليات يعيشون على ضرائبنا."])
per_target("ar", "counter_reference", N, AR, ["ليس صحيحا أن {O} مجرمون، هذه إشاعة عنصرية."])

with open("cases.jsonl", "w", encoding="utf-8") as out:
    for number, case in enumerate(cases, 1):
        case = {"id": f"{case['lang']}-{number:04d}", **case}
        out.write(json.dumps(case, ensure_ascii=False) + "\n")
print(len(cases), "cases")
