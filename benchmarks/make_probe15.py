# ruff: noqa: E501  (message templates are data: one message a line)
"""Build `benchmarks/data/chat_breadth_probe_v15.jsonl`, the fifteenth chat breadth probe:
precision in everyday chat, in seven languages.

Written blind (its author did not read the detection rules, their tests or the texts of
the earlier probes) and committed before any detector ran on it. 420 messages, 60 in each
of seven languages (en, de, fr, es, it, nl, pl): per language 36 clean messages and 24
that carry personal data. They are written as people write to support bots and assistants
(bank, shop, travel, telecom, health, housing, school, software help, recipes, homework,
small talk), in varied registers: lower case, no accents, typos, emoji, very short replies,
long rants, pasted snippets.

The clean messages are the point of the set: genuinely not personal, but hard. Capitalised
common nouns and sentence starts, products, brands and model numbers, places and landmarks
as destinations ("Termin in der Filiale Alexanderplatz"), streets as places (a shop on Rue
de Rivoli, not the writer's address), public figures and authors, company hotlines,
order/ticket/tracking/booking/flight numbers, prices, amounts, percentages, dates and
times, versions, error codes, sizes, quantities, room/gate/seat numbers, recipe
quantities, school grades, sports scores, addresses of public institutions, holidays,
month and weekday names, nationalities, languages, job titles, pets' names and words that
look like names ("Rose", "Paris", "Will", "Mark my words"). Their `kind` names the
look-alike family.

Decision: a pet's name ("my cat Luna") is clean — it identifies an animal, not a person —
and so is a public figure, an author or a saint named in a place or holiday. A person named
only by a job title ("the doctor", "la prof") is clean.

The personal messages' `kind` names the register (`polite`, `lower`, `short`, `rant`,
`typo`, `noaccent`, `emoji`, `paste`). Row format as `bench_chat_breadth.py --set probe15`
reads it, gold spans as `make_probe14.py` defines them: a name without its title; an
address as its street line and its postcode with its city, each a span of its own (a city
alone is not marked); a phone number, an e-mail address, an IBAN or account number, a card
number (without expiry), a national or insurance ID, a date of birth, a password, a PIN
and a login name as written. Business references (order, customer, booking numbers) are
not gold. Values drawn with `=spec` have valid check digits (python-stdnum, `phonenumbers`),
with the specs of `make_probe14.py`.

    python benchmarks/make_probe15.py            # writes the data file
    python benchmarks/make_probe15.py --check    # exits 1 if the file differs
"""

from __future__ import annotations

import random
import re
import string
import sys
from collections.abc import Callable
from pathlib import Path

import phonenumbers
import probe_templates
from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v15.jsonl"
SEED = 20261215
rng = random.Random(SEED)
UP = string.ascii_uppercase


def digits(n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def until(make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    for _ in range(100_000):
        value = make()
        if ok(value):
            return value
    raise RuntimeError("no valid value drawn")


def fours(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


# BBAN layouts: (letters at the bank-code position, total BBAN length)
BBAN = {
    "GB": (4, 18),
    "DE": (0, 18),
    "FR": (0, 23),
    "ES": (0, 20),
    "IT": (1, 23),
    "NL": (4, 14),
    "PL": (0, 24),
    "BE": (0, 12),
    "AT": (0, 16),
}


def make_iban(country: str, layout: str = "sp") -> str:
    letters, size = BBAN[country]

    def make() -> str:
        bban = "".join(rng.choice(UP) for _ in range(letters)) + digits(size - letters)
        return country + iban.calc_check_digits(country + "00" + bban) + bban

    number = until(make, iban.is_valid)
    return number if layout == "raw" else fours(number)


def card(iin: str, length: str, layout: str) -> str:
    size = int(length)
    body = iin + digits(size - len(iin) - 1)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    return number if layout == "no" else fours(number)


def make_pesel() -> str:
    def make() -> str:
        year, month, day = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = f"{year:02d}{month:02d}{day:02d}{digits(4)}"
        return body + pesel.calc_check_digit(body)

    return until(make, pesel.is_valid)


def make_dni() -> str:
    body = str(rng.randint(10_000_000, 79_999_999))
    return body + dni.calc_check_digit(body)


def make_nie() -> str:
    body = rng.choice("XYZ") + digits(7)
    return body + nie.calc_check_digit(body)


def make_cf() -> str:
    def make() -> str:
        head = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
        day = rng.randint(1, 28) + rng.choice((0, 40))
        body = f"{head}{rng.randint(55, 99)}{rng.choice('ABCDEHLMPRST')}{day:02d}{rng.choice('ABCDEFGHLM')}{rng.randint(100, 999)}"
        return body + codicefiscale.calc_check_digit(body)

    return until(make, codicefiscale.is_valid)


def make_bsn() -> str:
    return until(lambda: digits(9), lambda v: v[0] != "0" and bsn.is_valid(v))


def make_nir() -> str:
    def make() -> str:
        body = f"{rng.choice('12')}{rng.randint(55, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{rng.randint(1, 300):03d}{rng.randint(1, 999):03d}"
        return body + nir.calc_check_digits(body)

    value = until(make, nir.is_valid)
    return " ".join(
        (value[0], value[1:3], value[3:5], value[5:7], value[7:10], value[10:13], value[13:])
    )


def make_idnr() -> str:
    return until(lambda: str(rng.randint(1, 9)) + digits(10), idnr.is_valid)


def make_nhs() -> str:
    value = until(lambda: str(rng.randint(4, 6)) + digits(9), nhs.is_valid)
    return f"{value[:3]} {value[3:6]} {value[6:]}"


def make_ssn() -> str:
    value = until(lambda: f"{rng.randint(100, 665)}{digits(6)}", ssn.is_valid)
    return f"{value[:3]}-{value[3:5]}-{value[5:]}"


def make_nino() -> str:
    head = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{head} {digits(2)} {digits(2)} {digits(2)} {rng.choice('ABCD')}"


PHONE_TYPE = {
    "mob": phonenumbers.PhoneNumberType.MOBILE,
    "fix": phonenumbers.PhoneNumberType.FIXED_LINE,
}
PHONE_FORMAT = {
    "nat": phonenumbers.PhoneNumberFormat.NATIONAL,
    "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    "e164": phonenumbers.PhoneNumberFormat.E164,
}
# (region, kind) -> (prefixes of the national significant number, its length)
PHONE_PLANS = {
    ("GB", "mob"): (["7400", "7700", "7712", "7745", "7801", "7824", "7939", "7956"], 10),
    ("GB", "fix"): (["121", "161", "113", "117", "1632"], 10),
    ("DE", "mob"): (["151", "152", "157", "160", "170", "171", "176", "179"], 11),
    ("DE", "fix"): (["30", "40", "89", "221", "711"], 10),
    ("FR", "mob"): (["6", "7"], 9),
    ("FR", "fix"): (["1", "2", "3", "4", "5"], 9),
    ("ES", "mob"): (["6", "7"], 9),
    ("ES", "fix"): (["91", "93", "95", "96"], 9),
    ("IT", "mob"): (["320", "328", "333", "339", "347", "348", "366", "380", "392"], 10),
    ("IT", "fix"): (["02", "06", "011", "055", "081"], 10),
    ("NL", "mob"): (["6"], 9),
    ("NL", "fix"): (["10", "20", "30", "40", "70"], 9),
    ("PL", "mob"): (["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9),
    ("PL", "fix"): (["12", "22", "58", "61", "71"], 9),
}


def phone(region: str, kind: str, layout: str) -> str:
    prefixes, length = PHONE_PLANS[(region, kind)]
    code = phonenumbers.country_code_for_region(region)
    wanted = (PHONE_TYPE[kind], phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)

    def make() -> str:
        head = rng.choice(prefixes)
        return head + digits(length - len(head))

    def valid(nsn: str) -> bool:
        number = phonenumbers.parse(f"+{code}{nsn}")
        return (
            phonenumbers.is_valid_number_for_region(number, region)
            and phonenumbers.number_type(number) in wanted
        )

    number = phonenumbers.parse(f"+{code}{until(make, valid)}")
    if layout == "raw":
        return re.sub(r"\D", "", phonenumbers.format_number(number, PHONE_FORMAT["nat"]))
    return phonenumbers.format_number(number, PHONE_FORMAT[layout])


GEN: dict[str, Callable[[], str]] = {
    "pesel": make_pesel,
    "dni": make_dni,
    "nie": make_nie,
    "cf": make_cf,
    "bsn": make_bsn,
    "nir": make_nir,
    "idnr": make_idnr,
    "nhs": make_nhs,
    "ssn": make_ssn,
    "nino": make_nino,
}


def draw(spec: str) -> str:
    kind, _, rest = spec.partition(":")
    if kind == "iban":
        return make_iban(*rest.split(":"))
    if kind == "card":
        iin, length, layout = rest.split(":")
        return card(iin, length, layout)
    if kind == "ph":
        region, sort, layout = rest.split(":")
        return phone(region, sort, layout)
    return GEN[kind]()


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    return probe_templates.render(template, draw)


# (category, kind, template). Labels: PERSON, ADDRESS, PHONE, EMAIL, ACCOUNT (IBAN or
# account number), CARD, ID (national, tax or insurance ID), DOB, PASSWORD, PIN, USERNAME.
Row = tuple[str, str, str]

EN: list[Row] = [
    ("clean", "short", "ok 3 pm works"),
    ("clean", "short", "yes pls, 2 of them"),
    ("clean", "namelike", "Will the Rose gold version be back in stock before Christmas?"),
    ("clean", "namelike", "Mark my words, this app will crash again on Monday"),
    ("clean", "place", "Can I move my appointment to the Oxford Street branch on Friday at 10:30?"),
    ("clean", "place", "flying to Paris then Nice, is the Eurostar from St Pancras cheaper than BA?"),
    ("clean", "ref", "Order #A-88213-UK still says 'label created', tracking 1Z999AA10123456784"),
    ("clean", "ref", "booking ref QX7T2L, flight BA 2490 on 14 March, seat 23C, gate B42"),
    ("clean", "hotline", "Your hotline 0800 123 4567 keeps hanging up on me after 20 minutes"),
    ("clean", "money", "I was charged £49.99 twice and the refund of 12.50 never showed up"),
    ("clean", "version", "After updating to iOS 17.4.1 the app shows error E-1042 at login"),
    ("clean", "product", "Is the Samsung Galaxy S24 Ultra 256GB compatible with the Pixel Buds Pro?"),
    ("clean", "figure", "Who wrote Pride and Prejudice, Jane Austen or Charlotte Bronte? for my homework"),
    ("clean", "figure", "can you summarise Barack Obama's 2008 speech on race for a school essay"),
    ("clean", "recipe", "Recipe says 250 g flour, 2 eggs and 1/2 tsp baking soda, can I swap for Greek yogurt?"),
    ("clean", "grade", "My son got a B+ in Maths and a 6 in the GCSE mock, is that good?"),
    ("clean", "score", "Arsenal won 3-1 against Chelsea, what a match lol"),
    ("clean", "pet", "my dog Buddy ate a grape, should I call the vet??"),
    ("clean", "pet", "Our cat Luna needs a new carrier, size M or L for 5 kg?"),
    ("clean", "institution", "What are the opening hours of the British Museum, Great Russell Street?"),
    ("clean", "holiday", "Are you open on Boxing Day or only after New Year's Day?"),
    ("clean", "job", "The Nurse at reception said the Doctor would call back, but nobody did"),
    ("clean", "nation", "Is the form available in Polish or Spanish? My English is not great"),
    ("clean", "size", "Do these Nike Air Max come in UK 9.5 wide? the 10 was too big"),
    ("clean", "rant", "Honestly this is the THIRD time I ask. Delivery was promised for Tuesday, then Wednesday, now Friday. Amazon does it next day. Fix your logistics!!"),
    ("clean", "date", "Can we do Thursday 12 June instead? mornings are bad"),
    ("clean", "smalltalk", "haha thanks, you're more helpful than Siri or Alexa 😂"),
    ("clean", "percent", "Is the 4.5% APR fixed for 24 months or does it go up in April?"),
    ("clean", "room", "Room 214 has no hot water, and the lift to floor 3 is broken"),
    ("clean", "code", "Python says KeyError: 'user_id' on line 42, using pandas 2.1.0"),
    ("clean", "street", "Is the Apple Store on Regent Street open late on Thursday?"),
    ("clean", "namelike", "Grace period ends when? and does Amber alert mean the parcel is lost"),
    ("clean", "start", "Dear Support, Please Cancel My Subscription At The End Of The Month. Thanks"),
    ("clean", "quantity", "need 3 x 500ml bottles and 12 rolls, delivery slot 18:00-19:00"),
    ("clean", "brand", "Does Vodafone roaming cover Turkey and Morocco on the Red Extra plan?"),
    ("clean", "book", "Is Harry Potter and the Goblet of Fire by J.K. Rowling ok for a 9 year old?"),
    ("person", "polite", "Hello, I'm writing on behalf of my mother, [[PERSON|Margaret Okonkwo]], who can't use the app."),
    ("person", "lower", "hi its [[PERSON|liam o'brien]] again about the broken boiler"),
    ("person", "short", "[[PERSON|Priya Raghunathan]]"),
    ("person", "typo", "the parcel was adressed to [[PERSON|Tomasz Wiśniewski]] but he moved out"),
    ("person", "rant", "I have called FOUR times. Your agent [[PERSON|Kevin]] promised a callback. Nothing. My name is [[PERSON|Rebecca Thornton]] and I want this escalated."),
    ("person", "emoji", "thanks so much!! tell [[PERSON|Aisha Bello]] she was amazing 🙏"),
    ("phone", "polite", "Please call me back on [[PHONE|=ph:GB:mob:nat]] after 5 pm."),
    ("phone", "short", "[[PHONE|=ph:GB:mob:intl]]"),
    ("phone", "lower", "new number is [[PHONE|=ph:GB:fix:nat]] landline"),
    ("email", "polite", "Could you send the invoice to [[EMAIL|d.fernandes@outlook.com]] instead?"),
    ("email", "short", "[[EMAIL|jamie.k1987@gmail.com]]"),
    ("email", "typo", "my emial is [[EMAIL|sophie_hartley@btinternet.com]] pls update"),
    ("address", "polite", "Please deliver to [[ADDRESS|14 Cranbrook Road]], [[ADDRESS|Bristol BS6 7BL]]."),
    ("address", "lower", "i moved to [[ADDRESS|flat 3, 22 albert street]] [[ADDRESS|leeds ls2 8pt]]"),
    ("address", "paste", "Name: [[PERSON|Oliver Grant]]\nAddress: [[ADDRESS|7 Willow Close]]\n[[ADDRESS|Norwich NR4 6SG]]"),
    ("dob", "polite", "My date of birth is [[DOB|3 August 1984]], the form rejects it."),
    ("dob", "short", "dob [[DOB|12/11/1979]]"),
    ("account", "polite", "My account number is [[ACCOUNT|41286375]], sort code 20-45-77."),
    ("account", "paste", "refund to IBAN [[ACCOUNT|=iban:GB]] please"),
    ("card", "rant", "You charged my card [[CARD|=card:4539:16:sp]] without asking, cancel it NOW"),
    ("id", "polite", "My NHS number is [[ID|=nhs]], for the repeat prescription."),
    ("id", "lower", "ni number [[ID|=nino]]"),
    ("credential", "lower", "cant log in, username [[USERNAME|mike_t_84]] password [[PASSWORD|Sunflower!2024]]"),
    ("credential", "short", "pin is [[PIN|4821]]"),
]

DE: list[Row] = [
    ("clean", "short", "ja, 2 Stück"),
    ("clean", "short", "ok passt, 14 Uhr"),
    ("clean", "place", "Kann ich den Termin in der Filiale Alexanderplatz auf Dienstag 9:15 verschieben?"),
    ("clean", "place", "Fahre nächste Woche nach München und dann weiter nach Salzburg, lohnt sich das Bayern-Ticket?"),
    ("clean", "start", "Guten Tag, Die Rechnung Vom März Ist Falsch. Bitte Prüfen Sie Das."),
    ("clean", "noun", "Meine Waschmaschine macht Geräusche, die Trommel dreht nicht mehr, Garantie noch 8 Monate"),
    ("clean", "ref", "Bestellnummer 302-5518842-1190, Sendungsnummer 00340434161094042557, noch nicht da"),
    ("clean", "ref", "Buchungscode K7PZ4M, Flug LH 1832 nach Barcelona, Sitz 17A, Gate A22"),
    ("clean", "hotline", "Ihre Hotline 0800 330 1000 ist dauernd besetzt!!!"),
    ("clean", "money", "Mir wurden 39,99 € zweimal abgebucht, die Gutschrift über 12,50 € fehlt"),
    ("clean", "version", "seit dem Update auf Version 5.12.3 kommt Fehlercode 0x80070005"),
    ("clean", "product", "Passt das Ladekabel zum iPhone 15 Pro oder brauche ich USB-C auf Lightning?"),
    ("clean", "figure", "Wann hat Goethe den Faust geschrieben? Brauch das für die Hausaufgabe"),
    ("clean", "figure", "Was hat Angela Merkel 2015 mit 'Wir schaffen das' gemeint? Für Politik-Referat"),
    ("clean", "recipe", "Rezept: 500 g Mehl, 1 Würfel Hefe, 300 ml Wasser, kann ich Dinkel nehmen?"),
    ("clean", "grade", "Meine Tochter hat in Mathe eine 2- und in Deutsch eine 3, reicht das fürs Gymnasium?"),
    ("clean", "score", "Bayern hat 4:0 gegen Dortmund gewonnen 😅 unglaublich"),
    ("clean", "pet", "Unser Hund Bello frisst seit gestern nicht, soll ich zum Tierarzt?"),
    ("clean", "pet", "katze heißt Mimi, braucht die eine Impfung für Italien?"),
    ("clean", "institution", "Wo ist das Bürgeramt Mitte, Karl-Marx-Allee 31? Brauche einen neuen Pass"),
    ("clean", "holiday", "Habt ihr an Pfingstmontag oder am Tag der Deutschen Einheit offen?"),
    ("clean", "job", "Der Hausmeister sagt, der Vermieter muss die Heizung reparieren lassen"),
    ("clean", "nation", "Gibt es das Formular auch auf Türkisch oder Arabisch?"),
    ("clean", "size", "Die Jacke in Größe L war zu groß, kann ich M umtauschen? Farbe Dunkelblau"),
    ("clean", "rant", "Ich bin echt sauer. Seit drei Wochen kein Internet, Techniker kommt nicht, Hotline legt auf. Bei der Telekom wäre das nicht passiert. Ich kündige zum 31.12.!"),
    ("clean", "date", "Geht auch Donnerstag, der 12. Juni? Vormittags kann ich nicht"),
    ("clean", "smalltalk", "danke dir, du bist besser als Siri 😂"),
    ("clean", "percent", "Ist der Zins von 3,4 % für 10 Jahre fest oder variabel?"),
    ("clean", "room", "Zimmer 312, die Klimaanlage ist kaputt, und im 4. Stock fehlt Klopapier"),
    ("clean", "code", "Excel zeigt #WERT! in Zelle B7, die Formel ist =SUMME(A1:A6)"),
    ("clean", "street", "Ist der Rossmann in der Schildergasse am Samstag bis 20 Uhr offen?"),
    ("clean", "namelike", "Frank gesagt, das Angebot ist nicht gut. Wie lange gilt der Rabatt?"),
    ("clean", "namelike", "Ich hoffe, Heiligabend wird ruhig; Paket bitte vor dem 24. Dezember"),
    ("clean", "quantity", "brauche 6 Flaschen Wasser à 1,5 l und 2 kg Kartoffeln, Lieferfenster 18-20 Uhr"),
    ("clean", "brand", "Funktioniert Vodafone GigaCube auch in Österreich?"),
    ("clean", "book", "Ist 'Der Vorleser' von Bernhard Schlink für die 9. Klasse geeignet?"),
    ("person", "polite", "Guten Tag, ich schreibe für meinen Vater, [[PERSON|Hans-Jürgen Kowalczyk]], er kommt mit der App nicht klar."),
    ("person", "lower", "hallo hier ist [[PERSON|lena schmitt]], wegen der kaputten heizung"),
    ("person", "short", "[[PERSON|Mehmet Yılmaz]]"),
    ("person", "typo", "das Paket ging an [[PERSON|Sabine Großmann]] aber die wohnt da nich mehr"),
    ("person", "rant", "Viermal angerufen!! Ihr Mitarbeiter Herr [[PERSON|Becker]] hat Rückruf versprochen. Nichts. Ich bin [[PERSON|Katharina Vogt]] und will eine Beschwerde einreichen."),
    ("person", "emoji", "vielen dank, grüße an [[PERSON|Fatima Al-Hassan]] 🙏"),
    ("phone", "polite", "Bitte rufen Sie mich unter [[PHONE|=ph:DE:mob:nat]] zurück."),
    ("phone", "short", "[[PHONE|=ph:DE:mob:intl]]"),
    ("phone", "lower", "festnetz [[PHONE|=ph:DE:fix:nat]] ab 18 uhr"),
    ("email", "polite", "Schicken Sie die Rechnung bitte an [[EMAIL|j.wagner-lenz@web.de]]."),
    ("email", "short", "[[EMAIL|tobi.m92@gmx.net]]"),
    ("email", "typo", "meine emial ist [[EMAIL|anna.krueger@t-online.de]] bitte ändern"),
    ("address", "polite", "Bitte liefern Sie an [[ADDRESS|Lindenstraße 14]], [[ADDRESS|50674 Köln]]."),
    ("address", "lower", "bin umgezogen: [[ADDRESS|gartenweg 3a]] [[ADDRESS|80331 münchen]]"),
    ("address", "paste", "Name: [[PERSON|Jonas Richter]]\nAnschrift: [[ADDRESS|Bahnhofstr. 7]]\n[[ADDRESS|04109 Leipzig]]"),
    ("dob", "polite", "Mein Geburtsdatum ist der [[DOB|17.04.1986]], das Formular nimmt es nicht."),
    ("dob", "short", "geb. [[DOB|3. Mai 1972]]"),
    ("account", "polite", "Bitte überweisen Sie die Erstattung auf [[ACCOUNT|=iban:DE]]."),
    ("account", "lower", "iban [[ACCOUNT|=iban:DE:raw]]"),
    ("card", "rant", "Ihr habt meine Karte [[CARD|=card:5168:16:sp]] einfach belastet, sofort stornieren!"),
    ("id", "polite", "Meine Steuer-ID lautet [[ID|=idnr]]."),
    ("id", "lower", "steuer id [[ID|=idnr]] fürs lohnsteuerformular"),
    ("credential", "lower", "komm nicht rein, benutzer [[USERNAME|bienchen_77]] passwort [[PASSWORD|Sommer2024!]]"),
    ("credential", "short", "PIN [[PIN|9036]]"),
]

FR: list[Row] = [
    ("clean", "short", "oui, 2 boîtes svp"),
    ("clean", "short", "ok pour 15h"),
    ("clean", "street", "La boutique Zara de la rue de Rivoli est-elle ouverte dimanche ?"),
    ("clean", "place", "je pars à Lyon puis Marseille, le TGV depuis Paris Gare de Lyon est moins cher que le Ouigo ?"),
    ("clean", "start", "Bonjour, Merci De Résilier Mon Abonnement À La Fin Du Mois. Cordialement"),
    ("clean", "namelike", "Rose ou Violette, quelle couleur reste en stock pour le pull ?"),
    ("clean", "ref", "Commande n° FR-220918-4471, suivi Colissimo 6A12345678901, toujours rien"),
    ("clean", "ref", "réservation PNR H5KQ2Z, vol AF 1148 pour Rome, siège 12F, porte K34"),
    ("clean", "hotline", "Votre service client au 3900 ne répond jamais après 18h"),
    ("clean", "money", "On m'a débité 29,90 € deux fois et le remboursement de 15 € n'est pas arrivé"),
    ("clean", "version", "depuis la mise à jour Android 14 l'appli affiche erreur 503"),
    ("clean", "product", "Le Dyson V15 Detect est-il compatible avec les brosses du V11 ?"),
    ("clean", "figure", "Victor Hugo a écrit Les Misérables en quelle année ? c'est pour un exposé"),
    ("clean", "figure", "résume le discours d'Emmanuel Macron du 14 juillet pour mon cours d'histoire"),
    ("clean", "recipe", "Pour la pâte : 200 g de farine, 3 œufs, 50 cl de lait, je peux mettre du beurre demi-sel ?"),
    ("clean", "grade", "Mon fils a eu 14/20 en maths et 9,5 en français, c'est suffisant pour passer ?"),
    ("clean", "score", "le PSG a gagné 2-0 contre l'OM hier soir ⚽"),
    ("clean", "pet", "mon chat Minou vomit depuis ce matin, faut-il aller chez le vétérinaire ?"),
    ("clean", "pet", "Notre chienne Bella pèse 12 kg, quelle taille de harnais ?"),
    ("clean", "institution", "Quels sont les horaires de la Préfecture de Police, 1 bis rue de Lutèce ?"),
    ("clean", "holiday", "Vous êtes ouverts le lundi de Pâques ou le 14 juillet ?"),
    ("clean", "job", "Le Médecin du travail m'a dit de voir le Pharmacien, mais il est fermé"),
    ("clean", "nation", "Le formulaire existe-t-il en anglais ou en portugais ?"),
    ("clean", "size", "Les Adidas Stan Smith taille 42 sont trop petites, je voudrais du 43"),
    ("clean", "rant", "C'est la troisième fois que j'écris. Livraison prévue mardi, puis jeudi, maintenant lundi prochain. Chez Fnac c'est livré en 24h. Franchement inadmissible !!"),
    ("clean", "date", "Est-ce qu'on peut décaler au jeudi 12 juin à 10h30 ?"),
    ("clean", "smalltalk", "merci beaucoup, t'es plus efficace que mon opérateur 😂"),
    ("clean", "percent", "Le taux de 3,2 % est fixe sur 20 ans ou révisable ?"),
    ("clean", "room", "Chambre 208, pas d'eau chaude, et l'ascenseur du 5e étage est en panne"),
    ("clean", "code", "mon script Python renvoie IndexError: list index out of range à la ligne 17"),
    ("clean", "noaccent", "bonjour je voudrais savoir si la carte Navigo marche a Versailles"),
    ("clean", "namelike", "Pierre qui roule n'amasse pas mousse, c'est quoi le sens de ce proverbe ?"),
    ("clean", "quantity", "il me faut 3 packs de 6 bouteilles d'1,5 L et 2 baguettes, créneau 18h-19h"),
    ("clean", "brand", "Est-ce que le forfait Free 5G marche en Espagne et au Maroc ?"),
    ("clean", "book", "Le Petit Prince de Saint-Exupéry, c'est adapté pour un enfant de 8 ans ?"),
    ("clean", "institution", "Le musée du Louvre est fermé le mardi ? on arrive de Bruxelles"),
    ("person", "polite", "Bonjour, j'écris pour ma grand-mère, [[PERSON|Jacqueline Dubois-Mercier]], qui n'arrive pas à se connecter."),
    ("person", "lower", "salut c'est [[PERSON|karim benali]], pour la fuite d'eau"),
    ("person", "short", "[[PERSON|Amélie Nguyen]]"),
    ("person", "typo", "le colis était au nom de [[PERSON|Mathieu Lefèvre]] mais il a déménagé"),
    ("person", "rant", "J'ai appelé 4 fois !!! Votre conseillère [[PERSON|Sandrine]] devait me rappeler. Rien. Je suis [[PERSON|Olivier Garnier]] et j'exige une réponse."),
    ("person", "emoji", "merci mille fois à [[PERSON|Ousmane Diallo]] 🙏"),
    ("phone", "polite", "Pouvez-vous me rappeler au [[PHONE|=ph:FR:mob:nat]] ?"),
    ("phone", "short", "[[PHONE|=ph:FR:mob:intl]]"),
    ("phone", "lower", "fixe [[PHONE|=ph:FR:fix:nat]] apres 18h"),
    ("email", "polite", "Merci d'envoyer la facture à [[EMAIL|c.moreau@orange.fr]]."),
    ("email", "short", "[[EMAIL|lucas.bernard91@laposte.net]]"),
    ("email", "typo", "mon adrese mail c [[EMAIL|manon_petit@free.fr]]"),
    ("address", "polite", "Merci de livrer au [[ADDRESS|12 rue des Lilas]], [[ADDRESS|69003 Lyon]]."),
    ("address", "lower", "nouvelle adresse [[ADDRESS|4 bis avenue jean jaures]] [[ADDRESS|31000 toulouse]]"),
    ("address", "paste", "Nom : [[PERSON|Claire Fontaine]]\nAdresse : [[ADDRESS|27 boulevard Victor Hugo]]\n[[ADDRESS|06000 Nice]]"),
    ("dob", "polite", "Ma date de naissance est le [[DOB|21/09/1990]], le site la refuse."),
    ("dob", "short", "née le [[DOB|5 mars 1968]]"),
    ("account", "polite", "Merci de rembourser sur mon IBAN [[ACCOUNT|=iban:FR]]."),
    ("account", "lower", "rib [[ACCOUNT|=iban:FR:raw]]"),
    ("card", "rant", "Vous avez débité ma carte [[CARD|=card:4970:16:sp]] sans mon accord, annulez !"),
    ("id", "polite", "Mon numéro de sécurité sociale est le [[ID|=nir]]."),
    ("id", "lower", "num secu [[ID|=nir]] pour la mutuelle"),
    ("credential", "lower", "j'arrive pas a me connecter, identifiant [[USERNAME|nono_lyon69]] mot de passe [[PASSWORD|Chaton#2023]]"),
    ("credential", "short", "code [[PIN|7714]]"),
]

ES: list[Row] = [
    ("clean", "short", "vale, a las 5 me va bien"),
    ("clean", "short", "sí, 2 unidades"),
    ("clean", "street", "¿La tienda de El Corte Inglés de la calle Preciados abre el domingo?"),
    ("clean", "place", "voy a Sevilla y luego a Granada, ¿el AVE desde Madrid Atocha es más barato que Iryo?"),
    ("clean", "start", "Buenos Días, Quiero Cancelar Mi Suscripción A Final De Mes. Gracias"),
    ("clean", "namelike", "¿Tienen la funda en color Rosa o Esperanza es el nombre del modelo?"),
    ("clean", "ref", "Pedido n.º 405-7782210-3356, seguimiento Correos PK43BG0440012345678, sigue sin llegar"),
    ("clean", "ref", "localizador RTY82K, vuelo IB 3170 a Londres, asiento 9D, puerta S21"),
    ("clean", "hotline", "El teléfono de atención 900 100 200 no contesta nunca"),
    ("clean", "money", "Me han cobrado 59,90 € dos veces y el reembolso de 20 € no aparece"),
    ("clean", "version", "desde la actualización a la versión 3.8.2 sale el error 0xC004F074"),
    ("clean", "product", "¿El Xiaomi Redmi Note 13 Pro sirve con el cargador de 67W?"),
    ("clean", "figure", "¿En qué año escribió Cervantes el Quijote? es para clase"),
    ("clean", "figure", "resúmeme la biografía de Frida Kahlo para un trabajo de arte"),
    ("clean", "recipe", "Para la tortilla: 6 huevos, 500 g de patatas, 1 cebolla, ¿se puede sin cebolla?"),
    ("clean", "grade", "Mi hija sacó un 7,5 en Matemáticas y un notable en Lengua, ¿le llega para la beca?"),
    ("clean", "score", "el Madrid ganó 3-2 al Barça, vaya partido 🔥"),
    ("clean", "pet", "mi perro Toby se comió chocolate, ¿lo llevo al veterinario?"),
    ("clean", "pet", "La gata se llama Nala y pesa 4 kg, ¿qué transportín necesito para el avión?"),
    ("clean", "institution", "¿Cuál es el horario del Museo del Prado, calle Ruiz de Alarcón 23?"),
    ("clean", "holiday", "¿Abrís el Día de Reyes o en Semana Santa?"),
    ("clean", "job", "El Fontanero dijo que el Casero tiene que pagar la reparación"),
    ("clean", "nation", "¿El formulario está en inglés o en rumano? mi madre no habla español"),
    ("clean", "size", "Las zapatillas talla 39 me quedan pequeñas, ¿puedo cambiar a la 40?"),
    ("clean", "rant", "Es la tercera vez que escribo. Me dijeron martes, luego jueves, ahora el lunes que viene. En Amazon llega al día siguiente. ¡Una vergüenza!"),
    ("clean", "date", "¿Podemos cambiar la cita al jueves 12 de junio a las 10:30?"),
    ("clean", "smalltalk", "jajaja gracias, eres mejor que Alexa 😂"),
    ("clean", "percent", "¿El 2,9 % TAE es fijo durante 25 años o variable?"),
    ("clean", "room", "Habitación 405, no funciona el aire acondicionado y el ascensor de la planta 6 tampoco"),
    ("clean", "code", "Java me da NullPointerException en la línea 88, uso Spring Boot 3.2"),
    ("clean", "noaccent", "hola queria saber si el abono transporte vale para Alcala de Henares"),
    ("clean", "namelike", "Dolores de cabeza desde ayer, ¿puedo tomar ibuprofeno con paracetamol?"),
    ("clean", "quantity", "necesito 2 garrafas de 5 l y 1 kg de arroz, franja 19:00-20:00"),
    ("clean", "brand", "¿La tarifa de Movistar incluye roaming en Marruecos y Turquía?"),
    ("clean", "book", "¿Cien años de soledad de García Márquez es adecuado para 4.º de ESO?"),
    ("clean", "institution", "¿Dónde está la oficina de la Seguridad Social en la calle Alcalá? necesito cita"),
    ("person", "polite", "Buenas tardes, escribo en nombre de mi padre, [[PERSON|José Antonio Ruiz Camacho]], que no sabe usar la app."),
    ("person", "lower", "hola soy [[PERSON|lucia fernandez]], lo de la caldera rota"),
    ("person", "short", "[[PERSON|Wei Zhang López]]"),
    ("person", "typo", "el paquete iva a nombre de [[PERSON|Marta Iglesias]] pero ya no vive ahi"),
    ("person", "rant", "¡¡He llamado 4 veces!! Su agente [[PERSON|Raúl]] iba a llamarme. Nada. Soy [[PERSON|Beatriz Molina]] y quiero una hoja de reclamaciones."),
    ("person", "emoji", "gracias de verdad a [[PERSON|Yasmina El Amrani]] 🙏"),
    ("phone", "polite", "Por favor, llámenme al [[PHONE|=ph:ES:mob:nat]]."),
    ("phone", "short", "[[PHONE|=ph:ES:mob:intl]]"),
    ("phone", "lower", "fijo [[PHONE|=ph:ES:fix:nat]] por las tardes"),
    ("email", "polite", "Envíen la factura a [[EMAIL|p.navarro@telefonica.net]], por favor."),
    ("email", "short", "[[EMAIL|dani.gomez88@hotmail.es]]"),
    ("email", "typo", "mi coreo es [[EMAIL|laura_serrano@yahoo.es]]"),
    ("address", "polite", "Entréguenlo en [[ADDRESS|Calle Mayor 15, 3.º B]], [[ADDRESS|28013 Madrid]]."),
    ("address", "lower", "me mude a [[ADDRESS|avenida de la constitucion 42]] [[ADDRESS|41001 sevilla]]"),
    ("address", "paste", "Nombre: [[PERSON|Andrés Castillo]]\nDirección: [[ADDRESS|C/ Valencia 230, 2-1]]\n[[ADDRESS|08007 Barcelona]]"),
    ("dob", "polite", "Mi fecha de nacimiento es el [[DOB|14/02/1983]] y la web no la acepta."),
    ("dob", "short", "nací el [[DOB|9 de octubre de 1975]]"),
    ("account", "polite", "Hagan la devolución a mi IBAN [[ACCOUNT|=iban:ES]]."),
    ("account", "lower", "cuenta [[ACCOUNT|=iban:ES:raw]]"),
    ("card", "rant", "¡Me han cargado en la tarjeta [[CARD|=card:4940:16:sp]] sin permiso, anúlenlo ya!"),
    ("id", "polite", "Mi DNI es [[ID|=dni]]."),
    ("id", "lower", "nie [[ID|=nie]] para el contrato"),
    ("credential", "lower", "no puedo entrar, usuario [[USERNAME|pakito_sev]] contraseña [[PASSWORD|Girasol*2022]]"),
    ("credential", "short", "pin [[PIN|3358]]"),
]

IT: list[Row] = [
    ("clean", "short", "ok, alle 16 va bene"),
    ("clean", "short", "sì, 2 pezzi grazie"),
    ("clean", "street", "Il negozio Feltrinelli di via del Corso è aperto la domenica?"),
    ("clean", "place", "vado a Firenze e poi a Napoli, il Frecciarossa da Milano Centrale costa meno di Italo?"),
    ("clean", "start", "Buongiorno, Vorrei Disdire L'Abbonamento A Fine Mese. Grazie Mille"),
    ("clean", "namelike", "Preferisco il colore Rosa antico o Celeste per la culla, quale arriva prima?"),
    ("clean", "ref", "Ordine n. IT-77120-883, tracking BRT 084710392210, ancora niente"),
    ("clean", "ref", "codice prenotazione PNR 6TQZ8W, volo AZ 1783 per Parigi, posto 21B, gate C12"),
    ("clean", "hotline", "Il numero verde 800 900 700 non risponde mai dopo le 18"),
    ("clean", "money", "Mi avete addebitato 24,99 € due volte e il rimborso di 10 € non è arrivato"),
    ("clean", "version", "dopo l'aggiornamento a Windows 11 23H2 compare l'errore 0x800f0922"),
    ("clean", "product", "La macchina De'Longhi Magnifica S funziona con le capsule Nespresso?"),
    ("clean", "figure", "Quando ha scritto Dante la Divina Commedia? è per la verifica"),
    ("clean", "figure", "riassumi la vita di Giuseppe Garibaldi per la ricerca di storia"),
    ("clean", "recipe", "Per la carbonara: 320 g di spaghetti, 4 tuorli, 150 g di guanciale, posso usare la pancetta?"),
    ("clean", "grade", "Mio figlio ha preso 6 in matematica e 8 e mezzo in italiano, basta per la promozione?"),
    ("clean", "score", "l'Inter ha vinto 2-1 col Milan, che derby ⚽"),
    ("clean", "pet", "il mio gatto Micio non mangia da ieri, devo portarlo dal veterinario?"),
    ("clean", "pet", "La cagnolina si chiama Stella e pesa 7 kg, che trasportino serve per il treno?"),
    ("clean", "institution", "Orari dei Musei Vaticani, viale Vaticano? arriviamo da Torino"),
    ("clean", "holiday", "Siete aperti a Ferragosto o il giorno di Santo Stefano?"),
    ("clean", "job", "L'Idraulico dice che deve pagare il Proprietario, l'Amministratore non risponde"),
    ("clean", "nation", "Il modulo c'è anche in inglese o in albanese?"),
    ("clean", "size", "Le scarpe numero 38 sono strette, posso cambiarle con il 39?"),
    ("clean", "rant", "È la terza volta che scrivo. Consegna prevista martedì, poi giovedì, ora lunedì prossimo. Su Amazon arriva il giorno dopo. Vergognoso!!"),
    ("clean", "date", "Possiamo spostare l'appuntamento a giovedì 12 giugno alle 10:30?"),
    ("clean", "smalltalk", "grazie mille, sei più utile di Siri 😂"),
    ("clean", "percent", "Il tasso del 3,1% è fisso per 20 anni o variabile?"),
    ("clean", "room", "Camera 117, niente acqua calda e l'ascensore al 3° piano è rotto"),
    ("clean", "code", "il mio codice JavaScript dà TypeError: undefined is not a function alla riga 23"),
    ("clean", "noaccent", "ciao volevo sapere se la tessera sanitaria serve anche a Citta del Vaticano"),
    ("clean", "namelike", "Speranza che arrivi prima di Natale, il pacco è per la Befana"),
    ("clean", "quantity", "mi servono 6 bottiglie da 1,5 l e 1 kg di pasta, fascia 19-20"),
    ("clean", "brand", "L'offerta TIM 5G include il roaming in Svizzera e Albania?"),
    ("clean", "book", "I Promessi Sposi di Manzoni si legge in seconda media o al liceo?"),
    ("clean", "institution", "Dov'è l'Agenzia delle Entrate in via Cristoforo Colombo? devo prendere appuntamento"),
    ("person", "polite", "Buongiorno, scrivo per conto di mia madre, [[PERSON|Giuseppina Lo Russo]], che non riesce ad accedere."),
    ("person", "lower", "ciao sono [[PERSON|marco de santis]], per la caldaia rotta"),
    ("person", "short", "[[PERSON|Chiara Esposito]]"),
    ("person", "typo", "il pacco era intestato a [[PERSON|Alessandro Ferri]] ma si è trasferito"),
    ("person", "rant", "Ho chiamato 4 volte!!! Il vostro operatore [[PERSON|Fabio]] doveva richiamarmi. Niente. Sono [[PERSON|Francesca Barbieri]] e voglio fare reclamo."),
    ("person", "emoji", "grazie davvero a [[PERSON|Adebayo Okafor]] 🙏"),
    ("phone", "polite", "Potete richiamarmi al [[PHONE|=ph:IT:mob:nat]]?"),
    ("phone", "short", "[[PHONE|=ph:IT:mob:intl]]"),
    ("phone", "lower", "fisso [[PHONE|=ph:IT:fix:nat]] dopo le 18"),
    ("email", "polite", "Inviate la fattura a [[EMAIL|g.colombo@libero.it]], per favore."),
    ("email", "short", "[[EMAIL|ste.ricci90@gmail.com]]"),
    ("email", "typo", "la mia mial è [[EMAIL|valentina_greco@virgilio.it]]"),
    ("address", "polite", "Consegnate in [[ADDRESS|Via Garibaldi 18]], [[ADDRESS|10122 Torino]]."),
    ("address", "lower", "mi sono trasferito in [[ADDRESS|viale dei mille 5 int 7]] [[ADDRESS|50131 firenze]]"),
    ("address", "paste", "Nome: [[PERSON|Davide Marchetti]]\nIndirizzo: [[ADDRESS|Corso Buenos Aires 44]]\n[[ADDRESS|20124 Milano]]"),
    ("dob", "polite", "La mia data di nascita è il [[DOB|08/07/1981]] ma il sito non la accetta."),
    ("dob", "short", "nata il [[DOB|30 gennaio 1977]]"),
    ("account", "polite", "Fate il rimborso sul mio IBAN [[ACCOUNT|=iban:IT]]."),
    ("account", "lower", "iban [[ACCOUNT|=iban:IT:raw]]"),
    ("card", "rant", "Avete addebitato la mia carta [[CARD|=card:5355:16:sp]] senza permesso, annullate subito!"),
    ("id", "polite", "Il mio codice fiscale è [[ID|=cf]]."),
    ("id", "lower", "cf [[ID|=cf]] per la fattura"),
    ("credential", "lower", "non riesco ad entrare, utente [[USERNAME|lupetto_82]] password [[PASSWORD|Girasole!99]]"),
    ("credential", "short", "pin [[PIN|6602]]"),
]

NL: list[Row] = [
    ("clean", "short", "ja, 2 stuks"),
    ("clean", "short", "ok om 3 uur is goed"),
    ("clean", "street", "Is de Bijenkorf in de Kalverstraat zondag open?"),
    ("clean", "place", "ik ga naar Utrecht en dan Maastricht, is de NS Flex goedkoper dan een los kaartje vanaf Amsterdam Centraal?"),
    ("clean", "start", "Goedemiddag, Graag Wil Ik Mijn Abonnement Opzeggen Per Eind Van De Maand. Groet"),
    ("clean", "namelike", "Roos of Lelie, welke print is nog op voorraad voor het dekbedovertrek?"),
    ("clean", "ref", "Bestelnummer 1042-8833-2210, track & trace 3SABCD1234567, nog steeds niet bezorgd"),
    ("clean", "ref", "boekingscode ZK4P9R, vlucht KL 1227 naar Kopenhagen, stoel 14E, gate D7"),
    ("clean", "hotline", "Jullie klantenservice 0900 0540 neemt nooit op na 17 uur"),
    ("clean", "money", "Er is 2x € 34,95 afgeschreven en de terugbetaling van € 15 zie ik niet"),
    ("clean", "version", "sinds de update naar versie 8.4.0 krijg ik foutcode 401"),
    ("clean", "product", "Past de Philips Airfryer XXL HD9650 in een keukenkast van 40 cm?"),
    ("clean", "figure", "Wanneer schilderde Rembrandt De Nachtwacht? voor mijn werkstuk"),
    ("clean", "figure", "vat de toespraak van koning Willem-Alexander op Koningsdag samen voor school"),
    ("clean", "recipe", "Voor de pannenkoeken: 250 g bloem, 2 eieren, 500 ml melk, kan het met havermelk?"),
    ("clean", "grade", "Mijn dochter heeft een 5,4 voor wiskunde en een 7 voor Engels, gaat ze over?"),
    ("clean", "score", "Ajax won met 3-1 van Feyenoord, wat een wedstrijd ⚽"),
    ("clean", "pet", "onze hond Max heeft druiven gegeten, moet ik naar de dierenarts?"),
    ("clean", "pet", "De kat heet Tijger en weegt 6 kg, welke reismand is geschikt?"),
    ("clean", "institution", "Wat zijn de openingstijden van het Rijksmuseum, Museumstraat 1?"),
    ("clean", "holiday", "Zijn jullie open op Tweede Pinksterdag of op Koningsdag?"),
    ("clean", "job", "De Huisarts zei dat de Apotheker het zou regelen, maar die is dicht"),
    ("clean", "nation", "Is het formulier ook in het Pools of Turks? mijn buurvrouw spreekt geen Nederlands"),
    ("clean", "size", "De jas in maat L is te groot, kan ik M krijgen in donkergroen?"),
    ("clean", "rant", "Dit is de derde keer dat ik mail. Eerst dinsdag, toen donderdag, nu volgende week maandag. Bij Coolblue is het morgen in huis. Schandalig!!"),
    ("clean", "date", "Kan de afspraak naar donderdag 12 juni om 10.30 uur?"),
    ("clean", "smalltalk", "haha dankjewel, je bent slimmer dan Siri 😂"),
    ("clean", "percent", "Staat de rente van 3,8% vast voor 10 jaar of is die variabel?"),
    ("clean", "room", "Kamer 509, geen warm water en de lift naar de 6e verdieping is stuk"),
    ("clean", "code", "mijn Python script geeft ModuleNotFoundError: No module named 'requests'"),
    ("clean", "noaccent", "weet u of de OV-chipkaart ook in Belgie werkt, bijv. in Antwerpen"),
    ("clean", "namelike", "Bram Stoker schreef Dracula toch? En wie was Mark Twain eigenlijk?"),
    ("clean", "quantity", "ik heb 4 pakken melk van 1 liter en 2 kg appels nodig, tijdvak 18:00-19:00"),
    ("clean", "brand", "Werkt het KPN Unlimited bundel ook in Marokko en Turkije?"),
    ("clean", "book", "Is 'Het Achterhuis' van Anne Frank geschikt voor groep 8?"),
    ("clean", "institution", "Waar zit het gemeentehuis van Rotterdam, Coolsingel 40? ik moet een paspoort aanvragen"),
    ("person", "polite", "Goedemiddag, ik schrijf namens mijn vader, [[PERSON|Gerrit van der Berg]], hij komt niet in de app."),
    ("person", "lower", "hoi met [[PERSON|sanne de vries]], over de kapotte cv-ketel"),
    ("person", "short", "[[PERSON|Nadia Bouzid]]"),
    ("person", "typo", "het pakket stond op naam van [[PERSON|Pieter Jansen]] maar die is verhuist"),
    ("person", "rant", "4 keer gebeld!!! Uw medewerker [[PERSON|Dennis]] zou terugbellen. Niks. Ik ben [[PERSON|Marloes Bakker]] en ik wil een klacht indienen."),
    ("person", "emoji", "super bedankt aan [[PERSON|Kwame Mensah]] 🙏"),
    ("phone", "polite", "Kunt u mij terugbellen op [[PHONE|=ph:NL:mob:nat]]?"),
    ("phone", "short", "[[PHONE|=ph:NL:mob:intl]]"),
    ("phone", "lower", "vast nummer [[PHONE|=ph:NL:fix:nat]] na 6 uur"),
    ("email", "polite", "Wilt u de factuur sturen naar [[EMAIL|r.visser@ziggo.nl]]?"),
    ("email", "short", "[[EMAIL|thijs.smit95@hotmail.nl]]"),
    ("email", "typo", "mijn emial is [[EMAIL|eva_mulder@kpnmail.nl]]"),
    ("address", "polite", "Graag bezorgen op [[ADDRESS|Keizersgracht 221-II]], [[ADDRESS|1016 DV Amsterdam]]."),
    ("address", "lower", "ik ben verhuisd naar [[ADDRESS|dorpsstraat 12a]] [[ADDRESS|3732 hk de bilt]]"),
    ("address", "paste", "Naam: [[PERSON|Lotte Hendriks]]\nAdres: [[ADDRESS|Vondellaan 88]]\n[[ADDRESS|2332 AA Leiden]]"),
    ("dob", "polite", "Mijn geboortedatum is [[DOB|11-06-1988]], het formulier accepteert het niet."),
    ("dob", "short", "geb. [[DOB|2 februari 1965]]"),
    ("account", "polite", "Graag terugstorten op [[ACCOUNT|=iban:NL]]."),
    ("account", "lower", "iban [[ACCOUNT|=iban:NL:raw]]"),
    ("card", "rant", "Jullie hebben mijn creditcard [[CARD|=card:5412:16:sp]] zomaar belast, terugdraaien nu!"),
    ("id", "polite", "Mijn BSN is [[ID|=bsn]]."),
    ("id", "lower", "bsn [[ID|=bsn]] voor de zorgverzekering"),
    ("credential", "lower", "kan niet inloggen, gebruikersnaam [[USERNAME|kaaskop_1990]] wachtwoord [[PASSWORD|Tulpen#2021]]"),
    ("credential", "short", "pincode [[PIN|5087]]"),
]

PL: list[Row] = [
    ("clean", "short", "tak, 2 sztuki"),
    ("clean", "short", "ok, 15:00 pasuje"),
    ("clean", "street", "Czy sklep Empik na Nowym Świecie jest otwarty w niedzielę?"),
    ("clean", "place", "jadę do Krakowa, potem do Zakopanego, czy Pendolino z Warszawy Centralnej jest tańsze niż PolskiBus?"),
    ("clean", "start", "Dzień Dobry, Proszę O Anulowanie Subskrypcji Z Końcem Miesiąca. Pozdrawiam"),
    ("clean", "namelike", "Róża czy Malwa, który wzór zasłon jest jeszcze dostępny?"),
    ("clean", "ref", "Zamówienie nr 2024/11/88412, numer przesyłki InPost 620012345678901234567890, dalej nie ma"),
    ("clean", "ref", "kod rezerwacji WX3M7T, lot LO 281 do Londynu, miejsce 18C, bramka 12"),
    ("clean", "hotline", "Infolinia 801 100 100 w ogóle nie odbiera po 17"),
    ("clean", "money", "Pobrano mi 2 razy 89,99 zł, a zwrot 25 zł nie doszedł"),
    ("clean", "version", "po aktualizacji do wersji 2.14.7 wyskakuje błąd 0x0000007B"),
    ("clean", "product", "Czy odkurzacz Xiaomi Robot Vacuum S10 działa z aplikacją Mi Home?"),
    ("clean", "figure", "Kiedy Mickiewicz napisał Pana Tadeusza? potrzebuję na lekcję"),
    ("clean", "figure", "streść biografię Marii Skłodowskiej-Curie na referat z fizyki"),
    ("clean", "recipe", "Na pierogi: 500 g mąki, 1 jajko, 250 ml ciepłej wody, czy mogę dodać olej?"),
    ("clean", "grade", "Syn dostał 3 z matematyki i 5 z polskiego, czy to wystarczy do liceum?"),
    ("clean", "score", "Legia wygrała 2:0 z Lechem, ale mecz ⚽"),
    ("clean", "pet", "mój pies Burek zjadł czekoladę, jechać do weterynarza?"),
    ("clean", "pet", "Kotka nazywa się Mruczka i waży 4 kg, jaki transporter do samolotu?"),
    ("clean", "institution", "Jakie są godziny otwarcia Zamku Królewskiego, plac Zamkowy 4?"),
    ("clean", "holiday", "Czy jesteście otwarci w Boże Ciało albo w Wigilię?"),
    ("clean", "job", "Hydraulik powiedział, że Administrator musi zgłosić awarię do Spółdzielni"),
    ("clean", "nation", "Czy formularz jest po ukraińsku albo po angielsku? mama nie mówi po polsku"),
    ("clean", "size", "Kurtka w rozmiarze L jest za duża, mogę wymienić na M w kolorze granatowym?"),
    ("clean", "rant", "Piszę już trzeci raz. Najpierw wtorek, potem czwartek, teraz przyszły poniedziałek. W Allegro mam paczkę na drugi dzień. Skandal!!"),
    ("clean", "date", "Czy możemy przesunąć wizytę na czwartek 12 czerwca na 10:30?"),
    ("clean", "smalltalk", "haha dzięki, jesteś lepszy niż Siri 😂"),
    ("clean", "percent", "Czy oprocentowanie 7,2% jest stałe przez 5 lat czy zmienne?"),
    ("clean", "room", "Pokój 306, nie ma ciepłej wody, a winda na 4. piętro nie działa"),
    ("clean", "code", "mój program w C++ wywala segmentation fault przy linii 54, kompilator g++ 13.2"),
    ("clean", "noaccent", "czy karta miejska dziala tez w Gdyni i Sopocie"),
    ("clean", "namelike", "Wiktoria to nazwa promu czy hotelu? chodzi o rejs do Szwecji"),
    ("clean", "quantity", "potrzebuję 6 butelek wody po 1,5 l i 2 kg ziemniaków, okno dostawy 18-19"),
    ("clean", "brand", "Czy pakiet Orange Love działa w roamingu w Turcji?"),
    ("clean", "book", "Czy 'Lalka' Prusa to lektura dla 2 klasy liceum?"),
    ("clean", "institution", "Gdzie jest urząd skarbowy na ulicy Lindleya? muszę złożyć PIT"),
    ("person", "polite", "Dzień dobry, piszę w imieniu mamy, [[PERSON|Krystyny Zawadzkiej]], która nie radzi sobie z aplikacją."),
    ("person", "lower", "czesc tu [[PERSON|kuba nowicki]], w sprawie zepsutego pieca"),
    ("person", "short", "[[PERSON|Olena Kovalenko]]"),
    ("person", "typo", "paczka była na [[PERSON|Grzegorza Wójcika]] ale on sie wyprowadził"),
    ("person", "rant", "Dzwoniłam 4 razy!!! Wasz konsultant [[PERSON|Paweł]] miał oddzwonić. Nic. Nazywam się [[PERSON|Agnieszka Kamińska]] i chcę złożyć reklamację."),
    ("person", "emoji", "wielkie dzięki dla [[PERSON|Tran Van Minh]] 🙏"),
    ("phone", "polite", "Proszę o kontakt pod numerem [[PHONE|=ph:PL:mob:nat]]."),
    ("phone", "short", "[[PHONE|=ph:PL:mob:intl]]"),
    ("phone", "lower", "stacjonarny [[PHONE|=ph:PL:fix:nat]] po 18"),
    ("email", "polite", "Proszę wysłać fakturę na [[EMAIL|m.wozniak@wp.pl]]."),
    ("email", "short", "[[EMAIL|bartek.lis93@onet.pl]]"),
    ("email", "typo", "moj mial to [[EMAIL|ola_szymanska@interia.pl]]"),
    ("address", "polite", "Proszę dostarczyć na [[ADDRESS|ul. Długa 17/4]], [[ADDRESS|80-831 Gdańsk]]."),
    ("address", "lower", "przeprowadzilem sie na [[ADDRESS|os. kalinowe 8 m. 12]] [[ADDRESS|31-410 krakow]]"),
    ("address", "paste", "Imię i nazwisko: [[PERSON|Marek Zieliński]]\nAdres: [[ADDRESS|ul. Piotrkowska 120]]\n[[ADDRESS|90-006 Łódź]]"),
    ("dob", "polite", "Moja data urodzenia to [[DOB|23.09.1979]], formularz jej nie przyjmuje."),
    ("dob", "short", "ur. [[DOB|4 lipca 1992]]"),
    ("account", "polite", "Proszę zwrócić pieniądze na konto [[ACCOUNT|=iban:PL]]."),
    ("account", "lower", "nr konta [[ACCOUNT|=iban:PL:raw]]"),
    ("card", "rant", "Obciążyliście moją kartę [[CARD|=card:4056:16:sp]] bez zgody, anulujcie to!"),
    ("id", "polite", "Mój PESEL to [[ID|=pesel]]."),
    ("id", "lower", "pesel [[ID|=pesel]] do umowy"),
    ("credential", "lower", "nie moge sie zalogowac, login [[USERNAME|zbyszek_waw]] haslo [[PASSWORD|Stokrotka!88]]"),
    ("credential", "short", "pin [[PIN|1947]]"),
]

LANG_ROWS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pl": PL}

SHORT = {
    "credential": "cred",
    "id": "id",
    "account": "acct",
    "phone": "phone",
    "person": "per",
    "address": "addr",
    "email": "mail",
    "dob": "dob",
    "card": "card",
    "clean": "clean",
}
# the label of a message's main value -> its category
CATEGORY = {
    "PASSWORD": "credential",
    "PIN": "credential",
    "USERNAME": "credential",
    "ID": "id",
    "ACCOUNT": "account",
    "PHONE": "phone",
    "PERSON": "person",
    "ADDRESS": "address",
    "EMAIL": "email",
    "DOB": "dob",
    "CARD": "card",
}


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    rows: list[dict[str, object]] = []
    for lang, templates in LANG_ROWS.items():
        counts: dict[str, int] = {}
        for category, kind, template in templates:
            counts[category] = counts.get(category, 0) + 1
            text, spans = render(template)
            assert (category == "clean") == (not spans), template
            labels = {CATEGORY[str(span["label"])] for span in spans}
            assert category == "clean" or category in labels, template
            rows.append(
                probe_templates.row(
                    "p15", lang, SHORT[category], counts[category], category, kind, text,
                    spans,
                )
            )
        assert len(templates) == 60 and counts["clean"] == 36, (lang, counts)
    return rows


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
