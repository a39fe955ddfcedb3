"""What is masked: a policy that protects people, not every proper noun.

The recognizers report what things are (a name, a place, a date); this policy decides
which of them are someone's personal data in context. `Detector` applies it to every
text it reads, requests and replies alike, before overlaps are resolved.

By default (`PersonalDataPolicy()`):

- **Dates** are masked when they are tied to a person's identity: dates of birth (the
  `date_of_birth` recognizer, or a date the model finds next to a birth word such as
  "born", "geboren", "né le", "ur."). Other calendar dates ("arriving June 2", "charged
  on 3 April") are left alone.
- **Places** are masked when they locate a person: an address (a street word or a
  postcode beside the number and town: "Hauptstraße 5", "10115 Berlin"; not a flight or
  train number before a town: "le vol AF 1234 Paris-Nice"; not a shop's address after
  its shop word: "the store at 221 Baker St", "il negozio di Via del Corso 123"), a postcode
  beside a postcode word (the `postcode` recognizer), and a town or country after
  locating words in the seven languages ("I live in", "I'm from", "moved to", "my
  address", "ich wohne in", "je viens de", "vivo en", "abito a", "ik woon in",
  "mieszkam w", ...) or right after a person's name ("Thomas Müller from Berlin"), and
  the rest of an address list that such a place starts; a bare postcode after a
  postcode word ("PLZ 50667"). A city or country named in a
  travel or shipping question ("trains from Madrid to Lisbon", "do you ship to Japan?")
  is left alone.
- **Names** of people are masked, except where the context makes the name public: the
  author or artist of a work ("a book by Jane Austen", "ein Album von ...", "un livre
  de ...", "Jane Austen's new novel") and a business ("Luigi's restaurant", "the Lidl
  store", "sklep Biedronka": a name beside a shop word), and the maker of an appliance or
  device named next to it ("lavadora Balay", "Kühlschrank von Siemens", "the Bosch
  dishwasher"; not a known first name: "der Fernseher von Anna"), also when the model's
  span holds the product word ("|lave-vaisselle Bosch|") or the product is said to fit
  another ("mit dem alten Varoma kompatibel"), and the merchant of a card payment (a
  payment word in the sentence and "at", "en", "bei", "chez", "bij", "w" before the name:
  "Tarjeta bloqueada en Zara"; not "from", "von", "da": a payment from someone). A
  **public figure** the message talks about is no one's personal data (`_public_figure`):
  a public office or profession right before the name ("Finanzminister Christian
  Lindner", "the tennis player Jannik Sinner"), the media, an advertisement or a public
  event in its sentence ("Ho visto la pubblicità con Jannik Sinner", "Emmanuel Macron a
  parlé de votre banque à la télé"), or a question whether what the name did or said is
  true ("Is it true Martin Lewis said ..."); never after a cue for a person or a
  self-introduction ("my name is", "I'm", "my friend"), never with a word for contact data
  or sending in the sentence ("Taylor Swift's phone", "send the card to ..."), never in a
  message with other personal data in it. A role or form of address after a title or
  in a salutation is no name ("Hello Mr. Manager", "Herr Kundenbetreuer", "Panie
  Kierowniku", "Gentili Signori"; a role word that is a known surname is a name: "Herr
  Richter"). Organisations are
  masked as the recognizers report them, except in the same public contexts ("ein Buch
  von Thomas Mann", "the Rossmann store", whatever the model called them).
- **Things named like people** are no one's (`named_like_a_person`, after no cue for a
  person): holidays and saints' days (`holiday_names`, built from the `holidays` package:
  "an |Sankt Martin|", "zwischen Heiligabend und |Silvester|", "à |la Toussaint|"), colour
  words after a word for colour ("die Farbe |Rosa|", "kolor |Malina|"), shops in a price or
  stock question ("ist das bei |Rossmann| günstiger?"), brands before a thing to wear or a
  model number ("a |Ted Baker| bag", "de |Philips| 55OLED808"), firms a business is asked
  whether it works or ships with ("¿trabajáis con |SEUR|?"), and book titles looked for in
  a format ("busco |Don Quijote| en tapa dura").
- **Ordinary words are not names** (`piiguard.detection.lexicon`): a name the model found
  that is made only of ordinary words of the seven languages ("Combien", "Fieber",
  "stolik", "koorts"), none of them a known first name, surname or place ("Rose", "Koch",
  "Nowak", "Nice" stay), and no cue such as "Herr" or "my name is" before it, is dropped;
  in a German text, so is one made only of German words no name protects, compounds of
  two or pronouns of address ("Lieferschein", "Kaffeekapseln", "Sie sind";
  `Lexicon.german_phrase`: German writes every noun with a capital), no word of it a name,
  rare ones included ("Müller", "Schulze", "Stecker" stay);
  so is an organisation of ordinary words written as no firm's name is: one word or one
  compound ("Bearbeitung", "panier", "Kundenservice-Team"), or a lowercase phrase in a
  text that uses capitals ("een kopie van mijn contract"; names of firms are often made
  of words: "Deutsche Bahn"), and so is a lowercase phrase the model took for a name in a
  text that uses capitals, when an ordinary word is in it and no first name, name only
  or unknown word (`Lexicon.lowercase_phrase`: "fermé sans réponse"; not "lesley luna");
  and so are pieces the model
  cut that touch when every word of them is ordinary ("faktura| FV" before an invoice
  number). A word written in lowercase counts as ordinary also when it is one of the
  rarer words and forms below the ordinary words' cut, no first name of any list and no
  known name (`Lexicon.lowercase_word`: "grisé", "caducó", "sortowni", "abgebucht"), unless
  a known name is right beside it ("tu kasia| wrobel"); a lowercase word right after a
  lowercase auxiliary or copula is a participle or adjective ("la password è |scaduto|",
  "est |grisé|"), unless it is a first name ("c'est marie") or a word for a name comes
  before it ("il mio cognome è rossi"). In a text that uses capitals, a lowercase form
  or compound of a listed word the lists lack is a word too (`Lexicon.inflected_word`:
  "coché", "annidati", "nijlpaardbotten"), and so is a lowercase word that is one of the
  300 commonest words of the language the text is written in, first name or not
  (`Lexicon.language_of`: "groter zijn |dan| het einde", "qu'|elle| a raison"); a German
  noun right after "ein", "kein" and their forms is no name ("ein |Haken|"). Not judged:
  a word where a locating word puts a place ("mieszkam w Krakowie", "I live in
  Reading"), unless it is lowercase words and no place word in a text that uses capitals
  ("de l'|endroit|"), a span right next to another name or place ("Kędzierzyn-|Koźle"),
  places (the place rules decide; a lowercase "place" of words with no place word or
  number, in a text with capitals, is dropped: "avec |laquelle|").
- **A name the model called a place** is a name: a "place" the place rules drop that reads
  as a person's name ("schick das an Benno Hartung": a known name that is neither a place
  nor a word) is kept as a PERSON, unless the name rules make it public.
- **A place the model called a name** is a place: a "name" made of place words and no
  known name (`Lexicon.place_not_name`), in a place's slot ("il negozio di Torino", "de
  bus naar Zwolle", "da Torino a Londra") and after no cue for a person, is judged by the
  place rules ("ik woon in Zwolle" stays masked, as a LOCATION).
- **Names are completed**: a name grows over the known first names and surnames right
  next to it that the model left out ("Benno| Hartung", "Maud van der| Leek"), also back
  over a surname's particles to a first name ("wout de| korte"); a "place" the place
  rules drop after a first name and a particle is that surname ("wout de |korte|").
- **Names after a cue** (`Lexicon.cued_names`): after a word that introduces a person (a
  title, "my name is", a relation word such as "Kollege", "my colleague", "collega",
  "Tochter", "mijn zus", or "send it to", "schick das an"), a known first name or surname
  and the name words after it are a PERSON even when the model missed them ("Mein Kollege
  Hildegart Junitz", "mijn collega Duuk Kosten"); not a place ("send it to Leeds"), not
  an ordinary word, and a name that is a place too only with a second name after it.
  Names of any origin (`world_names`: "mój kolega Vo Duc Thang") count after any cue, and
  after an introduction ("ik heet", "my name is") capitalised words that are no ordinary
  words do too ("ik heet Oluwaseun Adeyemi"); the second of two people named together
  ("voor Le Thi Mai en Le Van Hung") is a name of the same kind.
- **Names their shape tells** (`Lexicon.shaped_names`): a line of its own that is a name
  of any origin (a signature, "Kees van Leeuwen" under a request, the answer "Nguyen Thi
  Mai") and a first name with surname particles ("María de la Cruz", "José da Silva
  Santos") are a PERSON, added before the rules judge the names (a public figure, a
  place's noun before it, a saint's name stay unmasked: "Virgil van Dijk" on a shirt,
  "zona Campo di Marte", "José de San Martín"); the model's pieces of such a name, or its
  reading of it as a place ("María de la Cruz" as LOCATION), become one PERSON.
- **Names joined into one token** (`Lexicon.joined_name`, `Lexicon.camel_case_names`):
  a name the model found in a token joined by "-" or "." is masked over the whole token
  when the other parts are known names and no ordinary words ("Anna-|Kowalski|",
  "|anna|.kowalski"; not "Baden-Württemberg", "Coca-Cola", "e-mail", "state-of-the-art");
  a word in camel case of a known first name and one or two known names, none an ordinary
  word, is a PERSON even when the model found nothing ("AnnaKowalski", "JanNowak": a
  chat message's `name` allows no space), unless the name rules make it public; brands
  and technical words are made of words or of surnames that are no first names
  ("PayPal", "WordPress", "BlackRock", "DropBox"). Only a brand named after a person
  reads as a name ("HarleyDavidson", "MorganStanley").
- **Technical identifiers are not names** (`identifier_token`): a name or organisation
  whose whole token is an error or signal name ("SIGSEGV", "ENOENT", "ERESOLVE"), camel
  case ("CrashLoopBackOff", "getUserById") or lowercase words joined by "-" or "."
  ("docker-compose", "postgresql.conf") is dropped; never a token with digits or "_" (a
  user name is someone's) or with a known name in it ("JOHN", "jean-pierre", "johnDoe");
  a technical acronym in capitals is none either ("JSON", "UUID": `TECH_ACRONYMS`), nor a
  technical product ("YubiKey", "Markdown", "POP3": `TECH_NAMES`, the fifth clean probe).
  Nor is a data field's acronym with words around it (`field_phrase`: "Feld IBAN", "karty
  EKUZ", "IVA mal", "van het IBAN-veld", "|De YubiKey| kon niet", "Die |Kurz-URL|"), or a
  word after a card word that is no known name
  ("carte Vitale", "Carte Bleue"; "karta Kowalskiego" stays).
- **Words of running text are not names** (the fourth clean probe): an abbreviation
  written with dots ("z. B.", "p. ej.", "a.u.b.", "U.K.": `ABBREVIATIONS`) and ordinary
  words beside it; capitalised pronouns and possessives of address and the ordinary words
  they open ("Jeśli to |Ty|", "na |Twoim| urządzeniu", "|Ihr Kundenservice|-Team";
  "Ty", "Tobie" only in a text of their language); a German noun after a demonstrative,
  a possessive or "eines der" ("Dieser |Kunde|"); a capitalised word opening a sentence
  that is a word in lowercase and no name or place ("|Introduzca| su dirección"); a
  colour after a word for colour or beside another colour ("il colore |Rosa|"); a payment
  means after "with" in a sentence about paying ("pagar con |Bizum|"; no known name); a
  maker before its model code in a message with no other personal data ("|Philips|
  HD8688"); a mall's name after the mall word ("w Galerii |Mokotów|"); a place the model
  called a name in a sentence about towns ("|Londres| est une grande ville").

- **Public handles**: a name, organisation or place the model found inside a handle
  ("@sarah_designs", "Nutzer @techfritz") is a pseudonym its holder shows in public and is
  not masked, unless the handle spells a person's name ("@anna_kowalska89", "@JanNowak":
  `Lexicon.handle_spells_name`) or `mask_all_names` is on.
- **Sizes and references**: a clothing size after its word ("taille M", "Größe M.",
  "w rozmiarze M") and the capitals of a reference number glued to its digits ("faktura
  |FV|/11/2024") are no names; a "place" with a version number in it is a product model
  ("Octavia 2.0 TDI"), never relabelled a PERSON; a piece of a token glued by a symbol
  and written in capitals is a product ("|FRITZ|!Box").
- **Nouns after determiners**: a lowercase word the model took for a name, right after an
  article or a possessive, in a text that uses capitals ("errore sulla |lavatrice|"), or a
  phrase a possessive opens ("|wasza infolinia|"), is a noun, unless the word is a known
  first name or surname.
- **Words of technical chat** (`piiguard.detection.non_names`): a lone name the model
  found is no one when it is made of function words of the text's language ("questa è |la
  mia| config", "|dalla| documentazione", "u |mnie nie działa|"), a code identifier
  ("|KeyError|", "|README|", "|normalize|()", "|worker|.py", "|PyGTK|"), a verb right after
  a subject pronoun ("que je |lance|"), a placeholder for a secret ("admin / |changeme|") or
  a product the text joins to a common noun ("|Soulseek|-Konto"); a lone first name, a
  known name beside it or a cue before it keeps it.
- **Destinations and branches**: a name that is a place word too, after a means of
  transport ("Flug nach |Palma|"), is judged as a place; an address whose span opens with
  a shop or branch word ("|Filiale Hauptstraße 12|") is the shop's, as after one, and so
  is a UK or Canadian postcode inside a shop's address ("store at 221 Baker St, London
  |NW1 6XE|").

Whatever the settings, two shapes are never kept: a name, organisation or place with no
letter in it ("77-1042", "88731": order numbers; "&" of "track & trace", "#" of "C#"; a
bare postcode counts only after a postcode word),
and a "date" without a letter that cannot be a calendar date or a time ("7.2.14.3",
"3.11.4", "2,349.99"), or that is cut out of a longer token ("ORD-2025-0042"), or a
lower-case word typed onto a number ("is5/21").

Stricter deployments turn the defaults off one by one: `mask_all_dates`,
`mask_all_places`, `mask_all_names`, `drop_ordinary_words` (`PersonalDataPolicy.strict()`
sets the three and turns the fourth off, which is what every recognizer reports, minus
the two shapes above, with names completed and found after cues). `names_over_places`,
`complete_names`, `names_after_cues`, `joined_names`, `drop_identifiers` and
`places_over_names` turn the other rules off.

>>> policy = PersonalDataPolicy()
>>> from piiguard._types import Span
>>> text = "I live in Leeds, trains from York to Hull?"
>>> spans = [Span(10, 15, "LOCATION", 0.9, "ner"), Span(29, 33, "LOCATION", 0.9, "ner")]
>>> [text[s.start : s.end] for s in policy.apply(text, spans)]
['Leeds']
"""

from __future__ import annotations

import errno
import re
import signal
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from piiguard._types import DATE_TIME, LOCATION, ORGANIZATION, PERSON, Span
from piiguard.detection.lexicon import (
    DATA,
    HOLDER_WORDS,
    LANGUAGES,
    NAME_CUES,
    PARTICLES,
    Lexicon,
    after_cue,
    after_name_cue,
    fold,
    handle_bounds,
    is_cue,
    phrases,
    read_packaged,
    sentence_start,
    slot_line,
    texts_read_once,
    uses_capitals,
    whole_words,
    words_of,
)
from piiguard.detection.named_things import (
    asked_about_author,
    brand_beside_goods,
    car_model,
    letter_said,
    pet_name,
    street_or_station,
    voice_assistant,
)
from piiguard.detection.non_names import (
    app_badge,
    booking_reference,
    bot_name,
    carrier_after_reference_word,
    code_identifier,
    common_word_as_organisation,
    currency_code,
    cut_at_ampersand,
    digit_word_in_a_number,
    field_label,
    firm_before_service_line,
    firm_of_service_line,
    flight_designator,
    function_word_opening,
    function_words,
    installed_program,
    issuer_of_reference,
    product_in_compound,
    program_beside_software_noun,
    programming_language,
    reference_word_before_code,
    unnamed_programming_language,
    verb_after_pronoun,
    weekday,
    word_in_lowercase,
)
from piiguard.detection.recognizers.date_of_birth import BIRTH_CONTEXT, MONTH_OF
from piiguard.detection.recognizers.fielded_ids import header_cell, line_at
from piiguard.detection.recognizers.fielded_values import names_a_name_field
from piiguard.detection.recognizers.placeholders import date_format_mask, is_placeholder
from piiguard.detection.recognizers.postcode import POSTCODE_WORDS, asked_about
from piiguard.detection.recognizers.role_mailbox import inside_role_mailbox

TRUSTED_SOURCES: frozenset[str] = frozenset(
    {"date_of_birth", "postcode", "date_time", "cued_address", "mrz", "fielded_value",
     "chat_speaker"}
)  # fmt: skip
"""Recognizers that check their own personal context (a birth word, a postcode word, the
check digits of a passport's number line beside its names line: `mrz`, a field that
names a birth date, a surname or a phone: `fielded_value`; the sender's slot of a chat
export's message header: `chat_speaker`), or
their own calendar and run only when every date is asked for (`date_time`): their spans
are kept as they are."""
# The labels `PersonalDataPolicy._judged` has rules for: a span of any other label, or
# from a trusted source, stands.
_JUDGED_LABELS: frozenset[str] = frozenset({PERSON, LOCATION, ORGANIZATION, DATE_TIME})


# Words that locate a person: what follows them (within a few words, same clause) is
# where someone lives, comes from or receives post.
LOCATING_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "live in", "live at", "live on", "living in", "living at", "lives in", "lives at",
        "lived in", "i'm from", "i am from", "im from", "we're from", "we are from",
        "she's from", "he's from", "come from", "comes from", "originally from",
        "grew up in", "born in", "moved to", "moving to", "move to", "relocated to",
        "reside in", "resides in", "resident of", "based in", "my home in", "home town",
        "moving", "relocating",
        "hometown", "address", "addresses", "home address",
    ),
    "de": (
        "wohne in", "wohne im", "wohne am", "wohnen in", "wohnt in", "wohnte in", "lebe in",
        "leben in", "lebt in", "komme aus", "kommt aus", "kommen aus", "bin aus",
        "stamme aus", "ursprünglich aus", "aufgewachsen in", "geboren in", "umgezogen nach",
        "umgezogen in", "ziehe nach", "ziehen nach", "gezogen nach", "zieht nach",
        "wohnhaft in", "wohnort", "adresse", "anschrift", "lieferadresse", "heimatstadt",
        "ziehe", "ziehen", "zieht", "umziehen", "umgezogen", "gezogen", "wohne", "wohnen",
        "wohnt", "lebe", "lebt",
    ),
    "fr": (
        "j'habite", "j’habite", "habite à", "habite au", "habite en", "habitons à", "habitent à",
        "je vis à", "je vis en", "vit à", "je viens de", "je viens d'", "vient de",
        "je suis de", "originaire de", "originaire d'", "déménagé à", "déménagé en",
        "déménagé au", "déménager à", "emménagé à", "emménager à", "domicilié à",
        "domiciliée à", "résidant à", "réside à", "né à", "née à", "grandi à", "adresse",
        "habite", "habitons",
    ),
    "es": (
        "vivo en", "vive en", "vivimos en", "viven en", "soy de", "somos de", "vengo de",
        "nací en", "naci en", "me mudé a", "me mude a", "nos mudamos a", "mudarme a",
        "mudado a", "resido en", "reside en", "domicilio", "dirección", "direccion",
        "crecí en", "me crié en", "vivo", "vivimos",
    ),
    "it": (
        "abito a", "abito in", "abita a", "abitiamo a", "vivo a", "vivo in", "vive a",
        "viviamo a", "vengo da", "vengo dalla", "sono di", "nato a", "nata a",
        "trasferito a", "trasferita a", "trasferiti a", "trasferito in", "trasferita in",
        "trasferiti in", "residente a", "residente in", "risiedo a", "indirizzo",
        "cresciuto a", "cresciuta a", "abito", "abitiamo", "vivo", "viviamo",
    ),
    "nl": (
        "woon in", "woon op", "woon aan", "wonen in", "woont in", "woonde in", "kom uit",
        "komt uit", "komen uit", "oorspronkelijk uit", "geboren in", "verhuisd naar",
        "verhuizen naar", "verhuis naar", "opgegroeid in", "adres", "woonplaats",
        "verhuizen", "verhuis", "verhuisd", "verhuist", "woon", "woont", "wonen",
    ),
    "pl": (
        "mieszkam w", "mieszkam we", "mieszkam na", "mieszka w", "mieszka we",
        "mieszkamy w", "mieszkamy we", "jestem z", "jestem ze", "pochodzę z",
        "pochodze z", "pochodzę ze", "pochodzi z", "przeprowadziłem się do",
        "przeprowadziłam się do", "przeprowadziliśmy się do", "przeprowadzamy się do",
        "przeprowadzam się do", "przeprowadziłem się", "przeprowadziłam się",
        "przeprowadziliśmy się", "przeprowadzamy się", "przeprowadzę się",
        "urodziłem się w", "urodziłam się w", "adres",
        "zamieszkały w", "zamieszkała w", "miejsce zamieszkania", "mieszkam", "mieszkamy",
    ),
}  # fmt: skip

# The locating word, then at most four words (no clause break) before the place:
# "I live in", "ich wohne seit 2019 in", "wir ziehen nächsten Monat nach", "adresse : ".
_LOCATING = re.compile(
    rf"(?<!\w)(?:{phrases(*LOCATING_WORDS.values())})(?!\w)[\s:,'’-]*"
    r"(?:[^\W_][\w'’-]*\s+){0,4}$",
    re.IGNORECASE,
)
_WINDOW = 64
# Bounds that keep every rule linear in the text: how far apart two parts of one entity
# may be, and how much of a span is read as an address.
_MAX_GAP = 24
_MAX_ADDRESS = 200
# Verbs that come after the place (German and Dutch put them last): "wir sind nach
# Hamburg umgezogen", "in Utrecht gaan wonen".
_LOCATING_AFTER = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:umgezogen|gezogen|zugezogen|wohne|wohnen|wohnt|"
    r"verhuisd|verhuizen|wonen|woon|woont|gaan\s+wonen)(?!\w)",
    re.IGNORECASE,
)
# A bare postcode (a "place" with no letter) is kept only after a postcode word in the
# same clause: "Unsere PLZ ist 50667", "il mio CAP è 00184".
_POSTCODE_WORD = re.compile(
    rf"(?<!\w)(?:{phrases(POSTCODE_WORDS, ('plz', 'cap', 'zip', 'kod'))})(?!\w)[^\d.!?;\n]*$",
    re.IGNORECASE,
)

# Between a person's name and a place that locates the person: "Anna, Kraków",
# "Thomas Müller from Berlin", "Jan aus Köln", "Anna Nowak w Krakowie".
_NAME_THEN_PLACE = re.compile(
    r"[\s,]*(?:(?:from|of|in|at|aus|von|im|bei|de|d'|à|en|da|di|del|a|uit|van|z|ze|w|we)"
    r"\s+)?",
    re.IGNORECASE,
)
_SPACE = re.compile(r"[ \t]+")
# Parts of one address list: "Hauptstraße 5, 10115 Berlin", "Kraków, Poland".
_ADDRESS_JOIN = re.compile(r"[\s,]*(?:-|/)?[\s,]*")

STREET_WORDS: tuple[str, ...] = (
    # en
    "street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "way",
    "close", "court", "crescent", "grove", "place", "square", "terrace", "gardens",
    "flat", "apt", "apartment", "suite", "boulevard", "blvd", "highway",
    # de
    "straße", "strasse", "str", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer",
    "markt", "chaussee", "steig", "pfad",
    # fr
    "rue", "avenue", "av", "bd", "boulevard", "chemin", "place", "impasse", "allée",
    "quai", "cours", "route", "bis", "ter",
    # es
    "calle", "c/", "avenida", "avda", "paseo", "plaza", "pza", "camino", "carretera",
    "ronda", "travesía", "piso", "bajo",
    # it
    "via", "viale", "corso", "piazza", "piazzale", "vicolo", "largo", "strada",
    "contrada", "località", "interno", "scala",
    # nl
    "straat", "laan", "gracht", "kade", "plein", "singel", "dijk", "pad", "hof",
    "steeg", "dreef",
    # pl
    # (the short forms with their dot: "al", "os", "pl", "m" are words or units elsewhere:
    # "costa 9,99 al mese", "5 m")
    "ul", "ulica", "al.", "aleja", "aleje", "os.", "osiedle", "pl.", "plac", "m.",
)  # fmt: skip
_STREET = re.compile(
    rf"(?<!\w)(?:{phrases(STREET_WORDS)})(?![^\W\d_])|"
    # compounds: Hauptstraße, Kerkstraat, Lindenallee, Schillerweg, Prinsengracht
    r"[^\W\d_]{2,}(?:straße|strasse|str\.|straat|weg|allee|platz|gasse|laan|gracht|kade|"
    r"plein|singel|dijk|ring|damm|ufer)(?![^\W\d_])",
    re.IGNORECASE,
)
# A house number, not an amount, a time or a decimal ("9,99", "14:28", "2.5").
_NUMBER = re.compile(r"(?<![\d.,:])\d+(?![.,:]?\d)")
# A postcode before the town ("10115 Berlin", "1012 JS Amsterdam", "00-950 Warszawa") or
# a UK/Canadian postcode anywhere in the span.
_POSTCODE_TOWN = re.compile(
    r"(?<![\w-])(?:\d{4,5}|\d{4}\s?[A-Z]{2}|\d{2}-\d{3})\s+(?P<town>[^\W\d_]{2,})|"
    r"(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?!\w)|(?<!\w)[A-Z]\d[A-Z]\s?\d[A-Z]\d(?!\w)"
)

# A flight, train or bus and its number, which the model reads as a postcode and a town
# ("Le vol AF 1234 Paris-Nice", "el vuelo IB 3166 Barcelona-Bilbao", "Zug ICE 1581 Köln").
TRANSPORT_WORDS: tuple[str, ...] = (
    "flight", "train", "bus", "coach", "ferry", "flug", "zug", "fähre", "vol", "vuelo",
    "tren", "autobús", "volo", "treno", "autobus", "pullman", "vlucht", "trein", "lot",
    "lotu", "pociąg", "pociągu", "prom",
)  # fmt: skip
_TRANSPORT_BEFORE = re.compile(
    rf"(?<!\w)(?:{phrases(TRANSPORT_WORDS)})\s+(?:(?:nr|no|n°|nº|number|nummer|numero|"
    r"número|numer)\.?\s*)?(?:[A-Z]{1,3}|[A-Z]\d|\d[A-Z])?\s*$",
    re.IGNORECASE,
)

BIRTH_WORDS: tuple[str, ...] = (*BIRTH_CONTEXT, "ur.", "urodz.", "geb", "dob:", "né", "née")
_BIRTH = re.compile(rf"(?<!\w)(?:{phrases(BIRTH_WORDS)})(?!\w)", re.IGNORECASE)
_BIRTH_BEFORE = 40
_BIRTH_AFTER = 24

# The work of an author or artist, or a series, a film or a toy of a character: the name
# after it is a public one ("ein Buch von ...", "Le film sur Arsène Lupin", "peluche di
# Geronimo Stilton").
WORK_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "book by", "books by", "novel by", "novels by", "poem by", "poems by", "song by",
        "songs by", "album by", "albums by", "film by", "films by", "movie by",
        "movies by", "painting by", "paintings by", "play by", "plays by", "works by",
        "work by", "music by", "biography of", "concert by", "concert of",
        "documentary about", "biography about", "quote by", "quotes by", "lyrics by",
        "written by", "painted by", "directed by", "composed by", "sung by",
        "performed by", "album of", "books of", "works of", "series about", "show about",
        "film about", "movie about", "episode of", "plush", "plushie of", "toys of",
    ),
    "de": (
        "buch von", "bücher von", "roman von", "romane von", "gedicht von",
        "gedichte von", "lied von", "lieder von", "song von", "songs von", "album von",
        "film von", "filme von", "gemälde von", "bild von", "werk von", "werke von",
        "biografie von", "biografie über", "konzert von", "musik von", "zitat von",
        "geschrieben von", "gemalt von", "komponiert von", "film über", "serie über",
        "folge von", "plüschtier von", "kuscheltier von", "puzzle von",
    ),
    "fr": (
        "livre de", "livres de", "roman de", "romans de", "poème de", "poèmes de",
        "chanson de", "chansons de", "album de", "film de", "films de", "tableau de",
        "tableaux de", "œuvre de", "oeuvre de", "œuvres de", "biographie de",
        "concert de", "concert d'",
        "citation de", "musique de", "écrit par", "peint par", "réalisé par",
        "composé par", "livre d'", "album d'", "film sur", "série sur", "série de",
        "épisode de", "peluche de", "peluches de", "figurine de", "puzzle de",
    ),
    "es": (
        "libro de", "libros de", "novela de", "novelas de", "poema de", "poemas de",
        "canción de", "canciones de", "disco de", "álbum de", "album de", "película de",
        "películas de", "cuadro de", "cuadros de", "obra de", "obras de", "biografía de",
        "música de", "concierto de", "escrito por", "pintado por", "dirigida por", "compuesto por",
        "película sobre", "serie sobre", "serie de", "episodio de", "peluche de",
        "peluches de", "cofre de", "puzle de", "puzzle de",
    ),
    "it": (
        "libro di", "libri di", "romanzo di", "romanzi di", "poesia di", "poesie di",
        "canzone di", "canzoni di", "album di", "disco di", "film di", "quadro di",
        "quadri di", "dipinto di", "opera di", "opere di", "biografia di", "concerto di",
        "musica di", "scritto da", "dipinto da", "diretto da", "composto da", "film su",
        "serie su", "serie di", "episodio di", "peluche di", "pupazzo di", "puzzle di",
    ),
    "nl": (
        "boek van", "boeken van", "roman van", "gedicht van", "gedichten van",
        "lied van", "liedje van", "nummer van", "album van", "film van", "films van",
        "schilderij van", "schilderijen van", "werk van", "biografie van", "concert van",
        "muziek van", "geschreven door", "geschilderd door", "geregisseerd door", "film over",
        "serie over", "aflevering van", "knuffel van", "knuffels van", "puzzel van",
    ),
    "pl": (
        "książkę", "książka", "książki", "książek", "powieść", "powieści", "wiersz",
        "wiersze", "piosenkę", "piosenki", "płytę", "płyta", "płyty", "album", "obraz",
        "obrazy", "biografię", "koncert", "autorstwa", "napisana przez", "namalowany przez",
        "serial o", "film o", "puzzle z", "maskotka", "maskotki", "pluszak",
    ),
}  # fmt: skip
# ... and at most two capitalised words of the same name before the span ("Album von
# Elon Musk" when only "Musk" was found).
_WORK_BEFORE = re.compile(
    rf"(?<!\w)(?:{phrases(*WORK_WORDS.values())})\s+((?:[^\W\d_][\w'’.-]*\s+){{0,2}})$",
    re.IGNORECASE,
)
_WORK_AFTER = re.compile(
    r"^['’]s\s+(?:(?:new|latest|last|first|best|famous|early)\s+)?"
    r"(?:books?|novels?|poems?|songs?|albums?|films?|movies?|paintings?|plays?|works?|"
    r"music|concerts?|tour|biography|lyrics)(?!\w)",
    re.IGNORECASE,
)
BUSINESS_WORDS: tuple[str, ...] = (
    "shop",
    "store",
    "restaurant",
    "café",
    "cafe",
    "bakery",
    "pizzeria",
    "bistro",
    "pub",
    "diner",
    "salon",
    "boutique",
    "hotel",
    "garage",
)
# Shop words that make the name before them a business even without "'s": "the Lidl
# store", "die Rossmann-Filiale", "de Kruidvat winkel".
SHOP_WORDS: tuple[str, ...] = (
    "shop",
    "store",
    "branch",
    "outlet",
    "supermarket",
    "filiale",
    "laden",
    "geschäft",
    "markt",
    "winkel",
    "filiaal",
    "vestiging",
    "supermarkt",
)
_BUSINESS_AFTER = re.compile(
    rf"^(?:['’]s\s+(?:{phrases(BUSINESS_WORDS)})|[\s-]+(?:{phrases(SHOP_WORDS)}))(?!\w)",
    re.IGNORECASE,
)
# ... and shop words before the name: "negozio Esselunga", "la tienda de Zara",
# "sklep Biedronka", "magasin Fnac", "Restaurant Da Mario".
_BUSINESS_BEFORE = re.compile(
    r"(?<!\w)(?:restaurant|restaurante|ristorante|restauracja|café|cafe|caffè|kawiarnia|"
    r"hotel|pizzeria|trattoria|bäckerei|boulangerie|panadería|bakkerij|piekarnia|"
    r"boutique|bistro|brasserie|negozio|tienda(?:\s+de)?|magasin|sklep|sklepie|"
    r"supermercado|supermarché|supermercato|supermarket|filiale(?:\s+von)?|winkel\s+van|"
    r"mall|einkaufszentrum|centre\s+commercial|centro\s+comercial|centro\s+commerciale|"
    r"winkelcentrum|galeria|galerii|galerią|centrum\s+handlowe(?:go|m)?)\s+$",
    re.IGNORECASE,
)

# A card payment's merchant: a payment word earlier in the sentence and a preposition of
# place right before the name ("Tarjeta bloqueada en Zara", "Zahlung bei Zara
# abgelehnt", "betaling geweigerd bij Zara"); not "from", "von", "da", "de", "u" (a
# payment from someone, "u Anny": at someone's).
_MERCHANT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:paid|payment|purchase|bought|charged?|declined|card|transaction|"
    r"zahlung|bezahlt|gezahlt|kauf|gekauft|abbuchung|abgebucht|karte|einkauf|paiement|"
    r"payée?|achat|achetée?|carte|prélèvement|transaction|pago|pagado|pagué|compra|"
    r"compré|tarjeta|cargo|cobro|pagamento|pagato|acquisto|comprato|carta|addebito|"
    r"betaling|betaald|aankoop|gekocht|kaart|pinbetaling|afschrijving|płatność|"
    r"płatności|zapłaciłe[mś]|zapłaciłam|zakup|kupiłe[mś]|kupiłam|karta|kartą|karty|"
    r"transakcja)(?![^\W\d_])[^.!?\n]{0,40}?\s(?:at|en|bei|chez|à|presso|bij|w|we)\s+$",
    re.IGNORECASE,
)

# A payment means: "with" (in the seven languages; Polish "przez", not "z": "z Nowakiem"
# is with a person) right before the name, and a word for paying in its sentence ("pay
# with |Klarna|", "mit |Klarna| oder auf Rechnung bezahlen", "pagar con |Bizum|"; a
# payment service named in the sentence counts: "werkt iDEAL ook met |Knab|?").
_WITH_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:with|via|mit|über|avec|par|con|tramite|met|przez)\s+$",
    re.IGNORECASE,
)
_PAYING = re.compile(
    r"(?<![^\W\d_])(?:pay|pays|paid|paying|payment|checkout|bezahl\w*|zahl\w*|gezahlt|"
    r"pai\w*|pay[eé]\w*|régler|réglé|pag\w*|betal\w*|afrekenen|płac\w*|płat\w*|zapłac\w*|"
    r"opłac\w*|ideal|paypal|klarna|bizum|blik|twint|satispay|payconiq|giropay|sofort"
    r"|apple\s+pay|google\s+pay)(?![^\W\d_])",
    re.IGNORECASE,
)


# Colours of the seven languages: a product's colour, capitalised in a shop's list ("Il
# colore |Rosa| è esaurito", "|Rosa| o |Azul|? no sé qué color elegir").
COLOURS: frozenset[str] = frozenset({
    "red", "blue", "green", "black", "white", "grey", "gray", "pink", "purple", "yellow",
    "brown", "orange", "beige", "silver", "gold", "navy", "rot", "blau", "grün", "schwarz",
    "weiß", "weiss", "gelb", "lila", "braun", "grau", "rosa", "silber", "rouge", "bleu",
    "vert", "noir", "blanc", "gris", "jaune", "violet", "marron", "rose", "argent", "rojo",
    "azul", "verde", "negro", "blanco", "amarillo", "morado", "naranja", "celeste", "plata",
    "dorado", "rosso", "blu", "azzurro", "nero", "bianco", "giallo", "viola", "marrone",
    "grigio", "argento", "rood", "blauw", "groen", "zwart", "wit", "geel", "paars", "roze",
    "grijs", "bruin", "zilver", "czerwony", "niebieski", "zielony", "czarny", "biały",
    "żółty", "różowy", "szary", "fioletowy", "brązowy", "srebrny", "złoty",
    # shades, several of them first names too ("Roos", "Malina", "Violetta")
    "violett", "türkis", "lilac", "coral", "turquoise", "lilas", "framboise", "corail",
    "violeta", "turquesa", "granate", "fucsia", "lilla", "turchese", "corallo", "roos",
    "oranje", "goud", "malina", "wiśnia", "granat", "bordo", "turkus", "błękit",
})  # fmt: skip
_COLOUR_WORD = re.compile(
    r"(?<![^\W\d_])(?:colou?rs?|farbe|farben|couleurs?|colores?|colori|kleur(?:en)?|kolor\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_COLOUR_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:colou?r|farbe|couleur|color|colore|kleur|kolorze|kolor)"
    r"(?:\s+(?:in|en|de|di|the|der|die))?\s*:?\s+$",
    re.IGNORECASE,
)
# ... after "in", "en", "w", ... ("lo tenéis en |Azul|?") or as the last word of a
# question after another word ("hebben jullie |Bruin|?"), a word for colour near.
_COLOUR_IN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:in|en|em|w|we|auf|à|op|na|im|dans|su|z)[ \t]+$", re.IGNORECASE
)
_QUESTION_END = re.compile(r"[ \t]*[?!]")
_OR_JOIN = re.compile(r"\s*(?:,|/|or|oder|ou|o|e|y|of|lub|czy|and|und|et|en|i)\s*", re.IGNORECASE)


def _colour(text: str, span: Span, spans: Sequence[Span]) -> bool:
    """Whether the span is one colour word (`COLOURS`) right after a word for colour ("Il
    colore |Rosa|", "in der Farbe |Blau|"), or, with a word for colour in its sentence,
    joined by "or", "and" or "/" to another colour the model found ("|Rosa| o |Azul|? no
    sé qué color", a word for colour within 80 characters), or after "in", "en", "w" or
    as the last word of a question with a word for colour near, after no cue for a person
    ("habt ihr die auch in |Grau|?", "hebben jullie |Bruin|?"); a Polish case of one too
    ("macie |Wiśnię|?"). "Rosa hat angerufen", "Gefällt Rosa die Farbe?" and "Rosa wants
    the blue colour" stay names."""
    start, end = whole_words(text, span.start, span.end)
    key = fold(text[start:end])
    if key not in _FOLDED_COLOURS and _declined(key, _FOLDED_COLOURS) is None:
        return False  # declined: "macie |Wiśnię|?"
    if _COLOUR_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    if _COLOUR_WORD.search(text, max(0, start - 80), min(len(text), end + 80)) is None:
        return False  # near, not in its sentence: "Rosa o Azul? no sé qué color elegir"
    if not after_cue(text, start) and (
        _COLOUR_IN_BEFORE.search(text, max(0, start - 8), start) is not None
        or (
            _QUESTION_END.match(text, end) is not None
            and _PREVIOUS_WORD_BEFORE.search(text, max(0, start - 24), start) is not None
        )
    ):
        return True  # "habt ihr die auch in |Grau|?", "hebben jullie |Bruin|?"
    return any(
        other is not span
        and fold(text[other.start : other.end]) in _FOLDED_COLOURS
        and (
            _OR_JOIN.fullmatch(text, end, other.start) is not None
            or _OR_JOIN.fullmatch(text, other.end, start) is not None
        )
        for other in spans
    )


_FOLDED_COLOURS: frozenset[str] = frozenset(fold(c) for c in COLOURS)


# A model code right after a name: a capital first, a digit in it, not followed by more
# digit groups (an IBAN's or a card's): "de |Philips| HD8688", "den
# |Siemens| EQ.6", "Galaxy S23".
_MODEL_AFTER = re.compile(
    r"[ \t]+(?=[\w.-]*\d)[A-Z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)?"
    r"(?![\w-])(?![ \t]*\d)"
)


def _model_maker(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the name is one capitalised word, no known first name, followed by a model
    code (`_MODEL_AFTER`): the maker of the model ("de |Philips| HD8688 doet het niet
    meer", "Filter für den |Siemens| EQ.6"). Judged only in a message with no other
    personal data in it (a name before an IBAN is someone's: "Nowak PL61 1090 ...")."""
    start, end = whole_words(text, span.start, span.end)
    words = _WORD_RUN.findall(text, start, end)
    if len(words) != 1 or not words[0][0].isupper() or after_cue(text, start):
        return False
    code = _MODEL_AFTER.match(text, end)
    return (
        code is not None
        and len(code[0].strip()) <= 10
        and fold(words[0]) not in lexicon.first_names
    )


# Appliances and devices: a name next to one is its maker ("lavadora Balay", "téléviseur
# Philips", "Kühlschrank von Siemens", "wasmachine van Miele", "the Bosch dishwasher").
PRODUCT_WORDS: tuple[str, ...] = (
    # en
    "dishwasher", "fridge", "freezer", "oven", "microwave", "dryer", "vacuum", "laptop",
    "phone", "smartphone", "tablet", "tv", "television", "printer", "router", "airfryer",
    "kettle", "toaster", "headphones", "camera", "smartwatch", "charger", "console",
    "washer", "hoover", "capsules", "pods",
    # de
    "waschmaschine", "spülmaschine", "geschirrspüler", "kühlschrank", "gefrierschrank",
    "backofen", "mikrowelle", "trockner", "staubsauger", "handy", "fernseher", "drucker",
    "wasserkocher", "kopfhörer", "kamera", "ladegerät", "konsole", "kapseln",
    # fr
    "lave-linge", "lave-vaisselle", "réfrigérateur", "frigo", "congélateur", "four",
    "micro-ondes", "sèche-linge", "aspirateur", "ordinateur", "téléphone", "tablette",
    "téléviseur", "télé", "imprimante", "bouilloire", "casque", "chargeur", "capsules",
    # es
    "lavadora", "lavavajillas", "frigorífico", "nevera", "congelador", "horno",
    "microondas", "secadora", "aspiradora", "portátil", "móvil", "teléfono", "tableta",
    "televisor", "impresora", "hervidor", "auriculares", "cámara", "cargador", "consola",
    "cápsulas",
    # it
    "lavatrice", "lavastoviglie", "frigorifero", "congelatore", "forno", "microonde",
    "asciugatrice", "aspirapolvere", "portatile", "cellulare", "telefono", "televisore",
    "stampante", "bollitore", "cuffie", "fotocamera", "caricatore", "capsule", "cialde",
    # nl
    "wasmachine", "vaatwasser", "vaatwasmachine", "koelkast", "vriezer", "magnetron",
    "droger", "wasdroger", "stofzuiger", "telefoon", "televisie", "waterkoker",
    "koptelefoon", "oplader", "capsules", "cups",
    # pl
    "pralka", "pralki", "pralkę", "zmywarka", "zmywarki", "zmywarkę", "lodówka", "lodówki",
    "lodówkę", "zamrażarka", "piekarnik", "mikrofalówka", "suszarka", "odkurzacz",
    "telefon", "telewizor", "drukarka", "drukarki", "czajnik", "słuchawki", "ładowarka",
    "konsola", "kapsułki",
)  # fmt: skip
_PRODUCT = phrases(PRODUCT_WORDS)
# Words for a phone: "of" or "from" someone after one is a call from a person or the
# person's own phone ("een telefoon van Jansen", "telefon od Kowalskiego", "le téléphone
# de Dupont"), so only "marki" (of the brand) makes the name after it the maker.
PHONE_WORDS: tuple[str, ...] = (
    "phone", "smartphone", "handy", "téléphone", "teléfono", "móvil", "telefono",
    "cellulare", "telefoon", "telefon",
)  # fmt: skip
_NOT_PHONE = "".join(rf"(?<!\b{w} )" for w in PHONE_WORDS)
# ... the product word right before the name, or with "von", "van", "de", "di", "by",
# "from", "od", "marki" between (after a phone word "marki" only); or right after it
# ("the Bosch dishwasher", "de Philips airfryer", "Samsung-Fernseher").
_PRODUCT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_PRODUCT})\s+(?:marki\s+|{_NOT_PHONE}(?:von|van|de|di|del|della|by|from"
    r"|od|des|du)\s+(?:(?:de|het|la|le|the)\s+)?)?$",
    re.IGNORECASE,
)
_PRODUCT_AFTER = re.compile(rf"^(?:\s+|-)(?:{_PRODUCT})(?![\w-])", re.IGNORECASE)

# Holidays: calendar words, not names, whatever the model calls them ("el Jueves Santo",
# "tussen Kerst en Oud en Nieuw", "an Heiligabend"). A span inside one is dropped; names
# that are holidays only sometimes are left out ("Reyes", "Sylwester", "Nikolaus"), and so
# is one word that is a first name too ("Noël", "Natale").
HOLIDAYS: tuple[str, ...] = (
    # en
    "christmas", "christmas eve", "christmas day", "boxing day", "easter", "easter monday",
    "easter sunday", "good friday", "new year's eve", "new year's day", "new year",
    "halloween", "thanksgiving", "black friday", "cyber monday", "valentine's day",
    "labor day", "labour day", "memorial day", "independence day",
    # de
    "weihnachten", "heiligabend", "silvester", "neujahr", "ostern", "ostermontag",
    "ostersonntag", "karfreitag", "pfingsten", "pfingstmontag", "fronleichnam",
    "christi himmelfahrt", "himmelfahrt", "allerheiligen", "tag der deutschen einheit",
    "erster weihnachtsfeiertag", "zweiter weihnachtsfeiertag",
    # fr
    "noël", "réveillon", "pâques", "lundi de pâques", "pentecôte", "lundi de pentecôte",
    "toussaint", "nouvel an", "jour de l'an", "saint-sylvestre", "ascension",
    "assomption", "fête nationale", "armistice",
    # es
    "navidad", "nochebuena", "nochevieja", "año nuevo", "día de reyes", "reyes magos",
    "semana santa", "jueves santo", "viernes santo", "domingo de ramos", "domingo de resurrección",
    "todos los santos", "la inmaculada", "pascua",
    # it
    "natale", "vigilia di natale", "santo stefano", "capodanno", "epifania", "befana",
    "pasqua", "pasquetta", "ferragosto", "ognissanti", "san silvestro",
    "festa della repubblica", "immacolata",
    # nl
    "kerst", "kerstmis", "kerstavond", "eerste kerstdag", "tweede kerstdag", "oud en nieuw",
    "oudjaar", "oudejaarsavond", "nieuwjaar", "nieuwjaarsdag", "pasen", "paasmaandag",
    "goede vrijdag", "pinksteren", "hemelvaart", "hemelvaartsdag", "koningsdag",
    "bevrijdingsdag", "sinterklaas",
    # pl
    "wigilia", "wigilię", "wigilii", "boże narodzenie", "bożego narodzenia", "wielkanoc",
    "wielkanocy", "nowy rok", "nowego roku", "trzech króli", "wszystkich świętych",
    "boże ciało", "bożego ciała", "majówka", "majówkę", "majówki", "zielone świątki",
)  # fmt: skip
_HOLIDAY = re.compile(
    rf"(?<![^\W\d_])(?:{phrases(HOLIDAYS)})(?![^\W\d_])", re.IGNORECASE
)
_HOLIDAY_WORDS: frozenset[str] = frozenset(fold(w) for h in HOLIDAYS for w in words_of(h))
# What says a time right before a one-word holiday ("an |Heiligabend|", "w |Wigilię|",
# "dopo l'|Immacolata|", "tussen |Kerst|"): a preposition of time, an article, a
# determiner. Without one, the word may be a name ("|Immacolata| ha firmato").
_WHEN = re.compile(
    r"(?<![^\W\d_])(?:an|am|zu|bis|vor|nach|seit|über|zwischen|diese[ns]?|nächste[ns]?|"
    r"letzte[ns]?|on|at|for|until|till|before|after|since|over|between|this|next|last|"
    r"à|au|aux|pour|avant|après|depuis|jusqu'à|entre|ce|cette|en|el|la|le|les|l['’]|del|"
    r"de|di|da|dal|dalla|al|alla|per|dopo|prima|fino|tra|fra|il|lo|questo|hasta|desde|"
    r"para|antes|después|tras|este|esta|met|voor|na|tot|sinds|rond|op|in|tussen|deze|dit|"
    r"w|we|przed|po|od|do|przez|między|na|ten|tę|tej)\s*$",
    re.IGNORECASE,
)
# Words elided before an apostrophe: articles and prepositions, never a name in lowercase
# ("dell'Inter", "l'heure", "qu'il").
_ELIDED: frozenset[str] = frozenset({
    "dell", "dall", "nell", "sull", "all", "coll", "quell", "bell", "un", "l", "d", "s", "c",
    "m", "t", "n", "j", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu",
})  # fmt: skip
_APOSTROPHES = ("'", "’")

# A fixture: the names on either side of "vs", "gegen", "contro", ... with a word for a
# match near are teams ("the Arsenal vs Chelsea match", "la partita Napoli contro Lazio").
_FIXTURE_JOIN = r"(?:vs\.?|v\.|versus|gegen|contre|contra|contro|tegen|przeciwko)"
_FIXTURE_AFTER = re.compile(rf"\s+{_FIXTURE_JOIN}\s+([^\W\d_]+)", re.IGNORECASE)
_FIXTURE_BEFORE = re.compile(rf"([^\W\d_]+)\.?\s+{_FIXTURE_JOIN}\s+$", re.IGNORECASE)
_MATCH_WORD = re.compile(
    r"(?<![^\W\d_])(?:match|matches|game|fixture|derby|final|spiel|spiels|partie|partido|"
    r"partita|wedstrijd|mecz|meczu|tickets?|karten|billets|entradas|biglietti|kaartjes|"
    r"bilety|stream\w*|übertr\w*|diffus\w*|transmi\w*|uitgezonden)(?![^\W\d_])",
    re.IGNORECASE,
)
_FIXTURE_WINDOW = 60
# A result between two sides: "Arsenal won 3-1 against Chelsea", "Ajax won met 3-1 van
# Feyenoord", "Lazio 2:0 Roma", "Legia wygrała 2-1 z Lechem".
_SCORE_FIXTURE = re.compile(
    r"(?<![\w-])([A-Z][\w'’-]+)\s+(?:(?:won|beat|lost|drew|gewann|verlor|schlug|battu|"
    r"gagné|perdu|ganó|perdió|venció|vinto|perso|battuto|verloor|versloeg|wygrał\w*|"
    r"przegrał\w*|pokonał\w*|a|ha|hat|heeft)\s+){0,2}(?:(?:met|by|mit|par|por|per|de)\s+)?"
    r"\d{1,2}\s?[-:]\s?\d{1,2}\s+(?:(?:against|gegen|contre|contra|contro|tegen|van|z|ze|"
    r"vs\.?|v\.?|versus|al|à|a|face\s+à)\s+)?(?:(?:de|het|the|den|le|la|il|el)\s+)?"
    r"([A-Z][\w'’-]+)"
)

# Saying a thing fits another is said of products ("ist der Thermomix mit dem alten Varoma
# kompatibel?", "compatible with the Original capsules"), never of people.
_COMPATIBLE = re.compile(r"(?<![^\W\d_])(?:compatib|kompatib|kompatyb)[^\W\d_]*", re.IGNORECASE)
_PRODUCT_IN = re.compile(rf"(?<![^\W\d_])(?:{_PRODUCT})(?![^\W\d_])", re.IGNORECASE)
_COMPATIBLE_WINDOW = 48

# Roles and forms of address: after "Mr", "Herr", "señor", "Pani" or in a salutation they
# are a role, not a name ("Hello Mr. Manager", "Hallo Herr Kundenbetreuer", "Panie
# Kierowniku", "Gentili Signori", "Sehr geehrte Damen und Herren"). Inflected forms are
# listed (Polish vocatives); a German or Dutch compound counts by its last part
# (`ROLE_HEADS`: "Kunden|betreuer", "Filial|leiterin", "bedrijfs|leider").
ROLE_WORDS: tuple[str, ...] = (
    # en
    "manager", "director", "doctor", "professor", "officer", "agent", "supervisor",
    "president", "chairman", "chairwoman", "mayor", "sir", "madam", "ladies", "gentlemen",
    "technician", "representative", "team", "customer", "service", "support", "staff",
    # de
    "managerin", "direktor", "direktorin", "doktor", "professorin", "präsident",
    "präsidentin", "damen", "herren", "kundendienst", "kundenservice", "team",
    "vorsitzende", "vorsitzender", "bürgermeister", "bürgermeisterin",
    # fr
    "directeur", "directrice", "responsable", "docteur", "professeur", "président",
    "présidente", "gérant", "gérante", "conseiller", "conseillère", "technicien",
    "technicienne", "maire", "messieurs", "mesdames", "madame", "monsieur", "service",
    "client", "clients",
    # es
    "encargado", "encargada", "directora", "doctora", "gerente", "profesor", "profesora",
    "presidenta", "técnico", "técnica", "señores", "señoras", "señor", "señora", "alcalde",
    "alcaldesa",
    # it
    "direttore", "direttrice", "responsabile", "dottore", "dottoressa", "professore",
    "professoressa", "presidente", "gestore", "tecnico", "signori", "signore", "signora",
    "signor", "avvocato", "ingegnere", "sindaco", "clienti",
    # nl
    "directeur", "dokter", "bedrijfsleider", "heer", "heren", "dames", "mevrouw",
    "meneer", "voorzitter", "burgemeester", "klantenservice",
    # pl
    "kierownik", "kierowniku", "kierowniczko", "kierowniczka", "dyrektor", "dyrektorze",
    "dyrektorko", "dyrektorka", "doktorze", "profesorze", "prezes", "prezesie",
    "prezesko", "mecenas", "mecenasie", "inżynier", "inżynierze", "pan", "pani", "panie",
    "państwo", "burmistrz", "burmistrzu",
)  # fmt: skip
# The last part of a German or Dutch compound that names a role.
ROLE_HEADS: tuple[str, ...] = (
    "betreuer", "betreuerin", "leiter", "leiterin", "berater", "beraterin", "mitarbeiter",
    "mitarbeiterin", "vertreter", "vertreterin", "techniker", "technikerin", "verkäufer",
    "verkäuferin", "bearbeiter", "bearbeiterin", "beauftragte", "beauftragter", "manager",
    "managerin", "direktor", "direktorin", "leider", "medewerker", "medewerkster",
    "adviseur", "monteur", "beheerder", "directeur",
)  # fmt: skip
# A role word that is a surname too is a role only if it is a title of address ("Herr
# Doktor"); "Herr Richter", "Frau Meister" are people.
_ROLE_TITLES: frozenset[str] = frozenset({"doktor", "doctor", "docteur", "dottore", "doktorze"})
# Words of a salutation around the role: "Sehr geehrte", "Dear", "Gentili", "Szanowni".
SALUTATION_WORDS: tuple[str, ...] = (
    "dear", "hello", "hi", "sehr", "geehrte", "geehrter", "geehrten", "liebe", "lieber",
    "hallo", "cher", "chère", "chers", "chères", "bonjour", "estimado", "estimada",
    "estimados", "estimadas", "querido", "querida", "hola", "gentile", "gentili",
    "egregio", "egregia", "egregi", "caro", "cara", "cari", "buongiorno", "geachte",
    "beste", "szanowny", "szanowna", "szanowni", "drogi", "droga", "drodzy",
    "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "of", "i", "lub", "la", "le",
    "el", "de", "der", "the",
)  # fmt: skip
_ROLE: frozenset[str] = frozenset(fold(w) for w in ROLE_WORDS)
_ROLE_HEADS: tuple[str, ...] = tuple(sorted({fold(w) for w in ROLE_HEADS}, key=len)[::-1])
_SALUTATION: frozenset[str] = frozenset(fold(w) for w in SALUTATION_WORDS)
_TITLE_WORDS: frozenset[str] = frozenset(fold(c) for c in NAME_CUES if " " not in c)

# A title of address or an account holder's word right before a span: a person follows,
# whatever the model called it ("z panem Kowalskim", "Frau Zwolle", "intestato a Roberto
# Milano"). Not the short titles that are other words too ("M." and "m." of "m. Kraków",
# "Dr" of a drive, "Fr" of Friday, "Hr" of an hour, "don", "sig").
# A public figure: a name the message talks about as someone in public life, not someone
# whose data the user hands over. Four kinds of context say so (`_public_figure`):
# a public office or profession right before the name ("Finanzminister Christian
# Lindner", "the tennis player Jannik Sinner", "le président Macron"); the media, an
# advertisement or a public event in the same sentence ("Ho visto la pubblicità con
# Jannik Sinner", "Emmanuel Macron a parlé de votre banque à la télé", "Taylor Swift
# merch"; not a match or a tournament: private people play them too); or a question
# whether something a name did or said is true ("Is it true Martin Lewis said ...",
# "¿Es verdad que Rafa Nadal es ...": the bot can only confirm what is public); or a
# source quoted ("according to", "laut", "selon").
# Never after a cue for a person or a self-introduction ("my name is", "my friend", "send
# it to", a title, "I'm"), never beside a contact-data word ("Taylor Swift's phone",
# "Telefonnummer von ..."), never with a sending word in the sentence ("send the card
# to"), and never in a message with other personal data in it.
PUBLIC_ROLE_WORDS: tuple[str, ...] = (
    # en
    "minister", "prime minister", "chancellor", "president", "senator", "congressman",
    "congresswoman", "governor", "mp", "king", "queen", "prince", "princess", "pope",
    "singer", "rapper", "actor", "actress", "footballer", "football player",
    "soccer player", "tennis player", "player", "athlete", "striker", "goalkeeper",
    "champion", "author", "writer", "novelist", "influencer", "youtuber", "presenter",
    "comedian", "celebrity", "star",
    # de
    "minister", "ministerin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin",
    "präsident", "präsidentin", "bundespräsident", "ministerpräsident",
    "ministerpräsidentin", "abgeordnete", "abgeordneter", "könig", "königin", "papst",
    "sänger", "sängerin", "rapper", "schauspieler", "schauspielerin", "fußballer",
    "fussballer", "fußballspieler", "tennisspieler", "tennisspielerin", "sportler",
    "sportlerin", "spieler", "spielerin", "stürmer", "torwart", "weltmeister",
    "weltmeisterin", "autor", "autorin", "schriftsteller", "schriftstellerin",
    "moderator", "moderatorin", "komiker", "influencerin",
    # fr
    "ministre", "premier ministre", "président", "présidente", "député", "députée",
    "sénateur", "roi", "reine", "pape", "chanteur", "chanteuse", "rappeur", "acteur",
    "actrice", "footballeur", "joueur", "joueuse", "tennisman", "champion", "championne",
    "auteur", "autrice", "écrivain", "écrivaine", "animateur", "animatrice", "humoriste",
    # es
    "ministro", "ministra", "presidente", "presidenta", "diputado", "diputada", "senador",
    "rey", "reina", "papa", "cantante", "rapero", "actor", "actriz", "futbolista",
    "jugador", "jugadora", "tenista", "delantero", "portero", "campeón", "campeona",
    "autor", "autora", "escritor", "escritora", "presentador", "presentadora",
    # it
    "ministro", "ministra", "premier", "presidente", "presidentessa", "deputato",
    "deputata", "senatore", "re", "regina", "papa", "cantante", "rapper", "attore",
    "attrice", "calciatore", "calciatrice", "giocatore", "giocatrice", "tennista",
    "attaccante", "portiere", "campione", "campionessa", "autore", "autrice", "scrittore",
    "scrittrice", "conduttore", "conduttrice", "comico",
    # nl
    "minister", "premier", "president", "kamerlid", "koning", "koningin", "paus", "zanger",
    "zangeres", "rapper", "acteur", "actrice", "voetballer", "tennisser", "speler",
    "speelster", "spits", "keeper", "kampioen", "schrijver", "schrijfster", "presentator",
    "presentatrice", "cabaretier",
    # pl
    "minister", "ministra", "premier", "premiera", "prezydent", "prezydenta", "poseł",
    "posłanka", "król", "królowa", "papież", "piosenkarz", "piosenkarka", "raper", "aktor",
    "aktorka", "aktora", "piłkarz", "piłkarza", "tenisista", "tenisistka", "tenisisty",
    "zawodnik", "zawodniczka", "napastnik", "bramkarz", "mistrz", "mistrzyni", "pisarz",
    "pisarka", "prezenter", "prezenterka",
)  # fmt: skip
# German compounds of an office: "Finanzminister", "Bundeskanzlerin", "Ex-Präsident".
# Not "-meister", "-spieler": "Hausmeister Schmidt", "Mitspielerin Anna" are private.
_PUBLIC_ROLE_HEADS = ("minister", "ministerin", "kanzler", "kanzlerin", "präsident",
                      "präsidentin")  # fmt: skip
_PUBLIC_ROLE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?:{phrases(PUBLIC_ROLE_WORDS)})|[^\W\d_]*(?:"
    + "|".join(_PUBLIC_ROLE_HEADS)
    + r"))[ \t]+$",
    re.IGNORECASE,
)
PUBLIC_CONTEXT_WORDS: tuple[str, ...] = (
    # en: advertising, the media, public events
    "ad", "ads", "advert", "adverts", "advertisement", "advertising", "commercial",
    "commercials", "campaign", "billboard", "sponsor", "sponsors", "sponsored",
    "endorses", "endorsed", "endorsement", "brand ambassador", "merch", "merchandise", "tv",
    "television", "in an interview", "in the interview", "podcast", "news", "newspaper",
    "documentary", "concert", "album", "on stage",
    "press conference",
    # de
    "werbung", "werbespot", "werbekampagne", "werbegesicht", "reklame", "kampagne",
    "plakat", "markenbotschafter", "markenbotschafterin", "fernsehen", "im tv",
    "im interview", "talkshow", "nachrichten", "zeitung", "konzert",
    "tournee", "pressekonferenz",
    # fr
    "la pub", "une pub", "votre pub", "publicité", "publicités", "le spot", "campagne",
    "affiche", "égérie", "télé", "télévision", "dans une interview", "en interview",
    "émission", "le journal", "reportage", "concert", "tournée",
    "conférence de presse",
    # es
    "anuncio", "anuncios", "publicidad", "campaña", "es la imagen", "es imagen",
    "patrocina", "patrocinador", "la tele", "televisión", "en una entrevista",
    "noticias", "periódico", "concierto", "rueda de prensa",
    # it
    "pubblicità", "lo spot", "nello spot", "campagna", "testimonial", "il volto",
    "televisione", "in tv", "in un'intervista", "in un’intervista", "telegiornale",
    "giornale", "concerto", "conferenza stampa",
    # nl
    "reclame", "reclames", "reclamespot", "campagne", "het gezicht", "televisie", "op tv",
    "in een interview", "journaal", "nieuws", "krant", "concert",
    "persconferentie",
    # pl
    "reklama", "reklamie", "reklamę", "reklamy", "reklamuje", "reklamował", "reklamowała",
    "kampania", "kampanii", "twarzą", "telewizji", "w tv", "w wywiadzie", "wiadomościach",
    "gazecie", "koncert", "koncercie",
    "konferencji prasowej",
    # verbs of advertising
    "advertise", "advertises", "advertised", "promotes", "promoted", "wirbt", "beworben",
    "anuncia", "pubblicizza", "promuje",
    # a star's merchandise: "das Trikot von Thomas Müller", "la maglia di Francesco Totti"
    "jersey", "shirt", "poster", "memoir", "autobiography", "trikot", "autobiografie",
    "maillot", "autobiographie", "camiseta", "autobiografía", "maglia", "autobiografia",
    "koszulka", "koszulki", "koszulkę", "plakat",
)  # fmt: skip
_PUBLIC_CONTEXT = re.compile(
    rf"(?<![^\W\d_])(?:{phrases(PUBLIC_CONTEXT_WORDS)})(?![^\W\d_])", re.IGNORECASE
)
# A source quoted: "according to NAME", "laut NAME", "selon NAME".
_ACCORDING_TO = re.compile(
    r"(?<![^\W\d_])(?:according\s+to|laut|zufolge|selon|d['’]après|según|segun|secondo|"
    r"volgens|według|wedlug)\s+$",
    re.IGNORECASE,
)
# "Is it true (that) NAME ...": a question whether what a name did or said is true.
_IS_IT_TRUE = re.compile(
    r"(?<![^\W\d_])(?:is\s+it\s+true|stimmt\s+es|ist\s+es\s+wahr|est-(?:ce|il)\s+vrai|"
    r"c'est\s+vrai|c’est\s+vrai|es\s+verdad|es\s+cierto|è\s+vero|e\s+vero|klopt\s+het|"
    r"is\s+het\s+waar|czy\s+to\s+prawda|czy\s+prawda|czy\s+to\s+prawda)"
    r"(?:\s*,?\s*(?:that|dass|daß|que|qu'|qu’|che|dat|że))?[\s,]+$",
    re.IGNORECASE,
)
# Words for contact data next to the name (three words before it, two after): the name is
# the data's owner ("Taylor Swift's phone", "Telefonnummer von ...", "account holder is
# ..."); words for sending something in its sentence: the addressee ("send the card to").
_CONTACT_WORD = re.compile(
    r"(?<![^\W\d_])(?:phone|number|e-?mail|address|contact|iban|account|holder|telefon\w*|"
    r"handy|nummer|adresse|konto\w*|kontakt|inhaber\w*|téléphone|numéro|courriel|compte|"
    r"titulaire|teléfono|móvil|número|correo|dirección|cuenta|titular|telefono|cellulare|"
    r"numero|indirizzo|conto|intestat\w*|titolare|telefoon|mobiel|adres|rekening\w*|"
    r"houder|numer|adres\w*|konta?|rachun\w*|właściciel\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
_SENDING_WORD = re.compile(
    r"(?<![^\W\d_])(?:send|deliver|ship|post\s+it|schick|sende|liefer|zustell|envoi|envoy|"
    r"livr|envi[aáé]|mand[aeoá]|spedi|invi[ao]|consegn|stuur|bezorg|lever|wyślij|wysła|"
    r"prześl|dostarcz)",
    re.IGNORECASE,
)
_THREE_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+[\W\d_]+){1,3}$")
_TWO_WORDS_AFTER = re.compile(r"(?:['’]s?)?(?:[\W\d_]+[^\W\d_]+){1,2}")
_SENTENCE_END = re.compile(r"[.!?\n]")
# The user saying who they are right before the name: "I'm Taylor Swift", "ich bin ...".
_SELF_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:i\s+am|i['’]m|im|this\s+is|it['’]s|ich\s+bin|hier\s+ist|hier\s+spricht|"
    r"je\s+suis|c['’]est|soy|aquí|sono|qui|ik\s+ben|jestem|tu|z\s+tej\s+strony)"
    r"[\s,]+$",
    re.IGNORECASE,
)


_SENTENCE_REACH = 160


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _outermost(bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`bounds` without those inside or overlapping an earlier, longer one."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(bounds), key=lambda b: (b[0], -b[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around `text[start:end]`, at most `_SENTENCE_REACH`
    characters on either side (the rules stay linear in long texts)."""
    lo = max(0, start - _SENTENCE_REACH)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    hi = min(len(text), end + _SENTENCE_REACH)
    right = _SENTENCE_END.search(text, end, hi)
    return left, right.start() if right is not None else hi


def _public_figure(text: str, span: Span) -> bool:
    """Whether the name is someone in public life the message talks about (see
    `PUBLIC_ROLE_WORDS`): a public role right before it, a word of the media, advertising
    or a public event in its sentence, or a question whether what it did is true; after no
    cue for a person and beside no word for contact data."""
    if (
        after_cue(text, span.start)
        or _SELF_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
    ):
        return False
    left, right = _sentence(text, span.start, span.end)
    if _SENDING_WORD.search(text, left, right) is not None:
        return False
    near_before = _THREE_WORDS_BEFORE.search(text, left, span.start)
    near_after = _TWO_WORDS_AFTER.match(text, span.end, right)
    if any(m is not None and _CONTACT_WORD.search(m[0]) for m in (near_before, near_after)):
        return False
    start = span.start
    while start > left and (text[start - 1] == "-" or text[start - 1].isalpha()):
        start -= 1  # the whole of a hyphenated name ("koning Willem|-Alexander|")
    before = text[max(left, start - 40) : start]
    if _PUBLIC_ROLE_BEFORE.search(before) is not None:
        return True
    if _IS_IT_TRUE.search(before) is not None or _ACCORDING_TO.search(before) is not None:
        return True
    return any(
        not (m.start() < span.end and span.start < m.end())
        for m in _PUBLIC_CONTEXT.finditer(text, left, right)
    )


_PERSON_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?:"
    + phrases(
        (
            "mr", "mrs", "ms", "mister", "herr", "herrn", "frau", "monsieur", "madame",
            "mademoiselle", "mme", "mlle", "señor", "señora", "señorita", "sra", "srta",
            "doña", "signor", "signore", "signora", "signorina", "meneer", "mevrouw", "mevr",
            "dhr", "pan", "pani", "panem", "panią", "pana", "panu",
        ),
        HOLDER_WORDS,
    )
    + r")\.?[ \t,:]+$",
    re.IGNORECASE,
)  # fmt: skip

# Both ends of a route are places, whatever the model called them: "von Kopenhagen
# nach Prag", "de Lisboa a Toledo", "z Berlina do Torunia".
_ROUTE_FROM = re.compile(r"(?<!\w)(?:from|von|de|da|van|z|ze|desde|dal|dalla)\s+$", re.IGNORECASE)
_ROUTE_TO = re.compile(
    r"^\s+(?:to|nach|à|a|al|naar|do|verso|per|para|hacia|en\s+route\s+to)\s+\w", re.IGNORECASE
)

# "14:30", "14h30" ("14.30" is as often an amount or a version).
_TIME = re.compile(r"\d{1,2}[:h]\d{2}(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
_DIGIT_DATE = re.compile(r"(\d{1,4})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?[./]?")
_GLUED_WORD = re.compile(r"([a-zà-ÿ]{2,})\d")
_CURRENCY = re.compile(r"[$€£¥]|(?<![^\W\d_])(?:eur|usd|gbp|chf|pln|zł|zl)(?![^\W\d_])", re.I)


def has_letter(value: str) -> bool:
    """Whether `value` has a letter in any script."""
    return any(c.isalpha() for c in value)


def can_be_date(text: str, start: int, end: int) -> bool:
    """Whether a span the model calls a date may be one: anything with a letter ("June 2",
    "lundi"), a day and month (with a year) in numbers, ISO dates, a year, a time. Never a
    version ("7.2.14.3", "3.11.4"), an amount ("2,349.99", "19,99 €"), a piece of a
    longer token ("ORD-2025-0042") or a lower-case word glued to a number ("is5/21"; a
    month is one: "mai2021")."""
    value = text[start:end]
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if (
        before[-1:].isalnum()
        or re.search(r"\w[-/.]$", before)
        or after[:1].isalnum()
        or re.match(r"[-/.]\w", after)
    ):
        return False
    glued = _GLUED_WORD.match(value)
    if glued is not None and glued[1] not in MONTH_OF:
        return False  # "is5/21": a word typed onto a number, no date the model may cut out
    if has_letter(value):
        return True
    if _CURRENCY.search(text[max(0, start - 4) : end + 5]):
        return False
    stripped = value.strip()
    if _TIME.fullmatch(stripped) or re.fullmatch(r"(?:19|20)\d{2}", stripped):
        return True
    match = _DIGIT_DATE.fullmatch(stripped)
    if match is None:
        return False
    a, b, year = int(match[1]), int(match[2]), match[3]
    if len(match[1]) == 4:  # ISO: year-month-day
        return year is not None and 1 <= b <= 12 and 1 <= int(year) <= 31
    if year is None and "." in stripped and not stripped.endswith("."):
        # "3.11", "22.04": as often a version or an amount as a date without its year
        return False
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


@dataclass(frozen=True, kw_only=True)
class PersonalDataPolicy:
    """Which of the spans the recognizers report are masked (see the module docstring).

    >>> PersonalDataPolicy.strict().mask_all_places
    True
    """

    mask_all_dates: bool = False
    """Mask every calendar date, not only dates of birth."""
    mask_all_places: bool = False
    """Mask every place, not only addresses and places that locate a person."""
    mask_all_names: bool = False
    """Mask every person's name, also authors, artists and businesses named after people,
    and names in public handles that spell no name ("@sarah_designs")."""
    drop_ordinary_words: bool = True
    """Drop a name or organisation made only of ordinary words (`piiguard.detection.lexicon`)."""
    names_over_places: bool = True
    """Keep, as a PERSON, a "place" the place rules drop that reads as a person's name."""
    complete_names: bool = True
    """Add to a name the known first names and surnames next to it that the model left out."""
    drop_identifiers: bool = True
    """Drop a name or organisation that is a technical identifier ("SIGSEGV", "getUserById",
    "docker-compose")."""
    places_over_names: bool = True
    """Judge, as a place, a name the model found that is made of place words and no name
    ("Il negozio di Torino", "naar Zwolle")."""
    names_after_cues: bool = True
    """Mask, as a PERSON, a known first name (and the surname after it) right after a cue
    that introduces a person ("mein Kollege Hildegart Junitz") when the model missed it."""
    joined_names: bool = True
    """Mask a name joined into one token whole: "Anna-Kowalski" over its last part the model
    found, "AnnaKowalski" (camel case of a first name and a surname) as a PERSON."""
    lexicon: Lexicon | None = None
    """The word lists (default: the shipped ones, read on first use)."""

    @classmethod
    def strict(cls) -> PersonalDataPolicy:
        """Everything the recognizers report (minus the shapes that are never names,
        places or dates)."""
        return cls(
            mask_all_dates=True, mask_all_places=True, mask_all_names=True,
            drop_ordinary_words=False, names_over_places=False, drop_identifiers=False,
        )  # fmt: skip

    @property
    def full_labels(self) -> frozenset[str]:
        """The labels whose every span this policy keeps (the shapes that are never names,
        places or dates aside): DATE_TIME with `mask_all_dates`, LOCATION with
        `mask_all_places`, PERSON and ORGANIZATION with `mask_all_names`.

        >>> sorted(PersonalDataPolicy(mask_all_dates=True).full_labels)
        ['DATE_TIME']
        """
        labels: set[str] = set()
        if self.mask_all_dates:
            labels.add(DATE_TIME)
        if self.mask_all_places:
            labels.add(LOCATION)
        if self.mask_all_names:
            labels |= {PERSON, ORGANIZATION}
        return frozenset(labels)

    def keeping(self, labels: Collection[str]) -> PersonalDataPolicy:
        """This policy keeping every span of `labels` (a requested label, `Detector`):
        DATE_TIME turns `mask_all_dates` on, LOCATION `mask_all_places`, PERSON or
        ORGANIZATION `mask_all_names` (one setting for both); labels the policy has no
        rule for are kept whole already. The same policy when nothing changes.

        >>> PersonalDataPolicy().keeping({"DATE_TIME", "EMAIL_ADDRESS"}).mask_all_dates
        True
        """
        dates = self.mask_all_dates or DATE_TIME in labels
        places = self.mask_all_places or LOCATION in labels
        names = self.mask_all_names or PERSON in labels or ORGANIZATION in labels
        if (dates, places, names) == (
            self.mask_all_dates,
            self.mask_all_places,
            self.mask_all_names,
        ):
            return self
        return replace(self, mask_all_dates=dates, mask_all_places=places, mask_all_names=names)

    def apply(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """The spans to mask, in their original order."""
        with texts_read_once():  # each span's language asked of one text, read once
            return self._applied(text, spans)

    def _applied(self, text: str, spans: Sequence[Span]) -> list[Span]:
        if "\n" in text:
            spans = _names_before_company_lines(text, spans)
        shaped = self._shaped_names(text, spans) if self.names_after_cues else spans
        kept = self._judged_all(text, shaped)
        if shaped is not spans:
            # a name grown by its shape that the rules drop ("Handy von Becker": a phone
            # word) leaves the model's own pieces to be judged as they were ("Becker")
            before = self._judged_all(text, spans)
            kept += [s for s in before if not any(_overlap(k, s) for k in kept)]
            kept.sort(key=lambda s: (s.start, s.end))
        if self.names_after_cues:
            kept = self._cued_names(text, kept)
        if self.joined_names:
            kept = self._joined_names(text, kept)
        return self._completed(text, kept) if self.complete_names else kept

    def _judged_all(self, text: str, spans: Sequence[Span]) -> list[Span]:
        if any(s.label in _JUDGED_LABELS and s.source not in TRUSTED_SOURCES for s in spans):
            return self._judged(text, spans)
        return list(spans)  # the rules of `_judged` judge no other span: all stand

    def _judged(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """The spans that stand, in their original order (names, places, organisations and
        dates judged in context; every other span stands)."""
        keep = [self._shape_ok(text, s) for s in spans]
        if not self.mask_all_names and "@" in text:
            self._drop_pseudonyms(text, spans, keep)
        if self.drop_ordinary_words:
            self._drop_ordinary_words(text, spans, keep)
        if self.drop_identifiers:
            self._drop_identifiers(text, spans, keep)
        for i, span in enumerate(spans):
            if (
                keep[i]
                and span.label in (PERSON, LOCATION, ORGANIZATION)
                and span.source not in TRUSTED_SOURCES
                and (
                    _clothing_size(text, span)
                    or _reference_prefix(text, span)
                    or _glued_piece(text, span)
                    or _card_name(text, span, self.lexicon or Lexicon.load())
                    or _account_word(text, span)
                    or ("@" in text and inside_role_mailbox(text, span.start, span.end))
                )
            ):
                keep[i] = False  # "taille M", "faktura FV/11/2024", "FRITZ!Box": no name
            elif (
                keep[i]
                and self.drop_ordinary_words
                and span.label in (PERSON, ORGANIZATION)
                and span.source not in TRUSTED_SOURCES
                and self._part_of_pasted_message(text, span)
            ):
                keep[i] = False  # "|Von|: DHL", "|Le samedi|", "|Referenz| INC-2026-0457"
        if self.drop_ordinary_words:
            self._drop_word_names_in_lowercase(text, spans, keep)
        if self.drop_ordinary_words and any(s.label in (PERSON, ORGANIZATION) for s in spans):
            self._drop_nouns_after_determiners(text, spans, keep)
        if self.places_over_names and not self.mask_all_places:
            spans = self._places_taken_for_names(text, spans, keep)
        place_starts = {s.start for s in spans if s.label == LOCATION}
        # personal data other than names, places and dates in the message: no name in it
        # is taken for a public figure's
        other_data = any(keep[k] and s.label not in _JUDGED_LABELS for k, s in enumerate(spans))
        for i, span in enumerate(spans):
            if not keep[i] or span.source in TRUSTED_SOURCES:
                continue
            if span.label == PERSON and not self.mask_all_names:
                keep[i] = not (
                    self._public_name(text, span)
                    or self._maker(text, span)
                    or self._role(text, span)
                    or self._payment_means(text, span)
                    or _colour(text, span, spans)
                    or _team(text, span, self.lexicon or Lexicon.load())
                    or _company(text, span)
                    or (not other_data and _public_figure(text, span))
                    or (not other_data and _model_maker(text, span, self.lexicon or Lexicon.load()))
                )
                if (
                    keep[i]
                    and _route_start(text, span, place_starts)
                    and not self._locating(text, span)
                ):
                    keep[i] = self.mask_all_places
            elif span.label == ORGANIZATION and not self.mask_all_names:
                keep[i] = not (
                    self._public_name(text, span)
                    or self._maker(text, span)
                    or self._role(text, span)
                    or self._payment_means(text, span)
                    or _colour(text, span, spans)
                    or _team(text, span, self.lexicon or Lexicon.load())
                    or _company(text, span)
                    or (not other_data and _model_maker(text, span, self.lexicon or Lexicon.load()))
                )
            elif span.label == DATE_TIME and not self.mask_all_dates:
                keep[i] = self._birth_date(text, span)
        relabelled: dict[int, Span] = {}
        if not self.mask_all_places:
            self._keep_locating_places(text, spans, keep)
            if self.names_over_places:
                self._names_taken_for_places(text, spans, keep, relabelled)
            _street_words_in(text, spans, keep, relabelled, self.lexicon or Lexicon.load())
        spans = [relabelled.get(i, s) for i, s in enumerate(spans)]
        if not self.mask_all_names:  # last: no later rule brings such a name back
            self._drop_things_named_like_people(text, spans, keep)
        return [s for i, s in enumerate(spans) if keep[i]]

    # --- rules ---

    @staticmethod
    def _shape_ok(text: str, span: Span) -> bool:
        if span.source in TRUSTED_SOURCES:
            return True
        value = text[span.start : span.end]
        if span.label in (PERSON, LOCATION, ORGANIZATION) and not has_letter(value):
            return span.label == LOCATION and _after_postcode_word(text, span)
        if span.label == PERSON and _LONE_INITIAL.fullmatch(value):
            return False  # "Ordine |n.| IT-77120": one letter is no one's name
        if span.label == DATE_TIME:
            return can_be_date(text, span.start, span.end)
        return True

    def _drop_pseudonyms(self, text: str, spans: Sequence[Span], keep: list[bool]) -> None:
        """A name, organisation or place the model found inside a public handle that spells
        no person's name is a pseudonym its holder shows in public ("Nutzer @techfritz",
        "@sarah_designs posted the review": `Lexicon.handle_spells_name`); a handle that
        spells a name ("@anna_kowalska89", "@JanNowak") keeps its span."""
        lexicon: Lexicon | None = None
        for i, span in enumerate(spans):
            if (
                not keep[i]
                or span.label not in (PERSON, ORGANIZATION, LOCATION)
                or span.source in TRUSTED_SOURCES
            ):
                continue
            bounds = handle_bounds(text, span.start, span.end)
            if bounds is None:
                continue
            lexicon = lexicon or self.lexicon or Lexicon.load()
            if not lexicon.handle_spells_name(text[bounds[0] : bounds[1]]):
                keep[i] = False

    def _drop_word_names_in_lowercase(
        self, text: str, spans: Sequence[Span], keep: list[bool]
    ) -> None:
        """A first name in lowercase after an indefinite article, in a text that writes
        names with a capital, is a noun (`_word_names_in_lowercase`: "een |roos|"): the
        model's PERSON pieces that only particles part are judged as one."""
        lexicon: Lexicon | None = None
        group: list[int] = []
        for i in sorted(range(len(spans)), key=lambda k: spans[k].start):
            span = spans[i]
            if not keep[i] or span.label != PERSON or span.source in TRUSTED_SOURCES:
                continue
            if group and _PARTICLE_GAP.fullmatch(text, spans[group[-1]].end, span.start):
                group.append(i)
                continue
            lexicon = lexicon or self.lexicon or Lexicon.load()
            self._drop_word_name_group(text, spans, keep, group, lexicon)
            group = [i]
        if group:
            self._drop_word_name_group(
                text, spans, keep, group, lexicon or self.lexicon or Lexicon.load()
            )

    @staticmethod
    def _drop_word_name_group(
        text: str, spans: Sequence[Span], keep: list[bool], group: list[int], lexicon: Lexicon
    ) -> None:
        if group and _word_names_in_lowercase(
            text, spans[group[0]].start, spans[group[-1]].end, lexicon
        ):
            for k in group:
                keep[k] = False

    def _drop_nouns_after_determiners(
        self, text: str, spans: Sequence[Span], keep: list[bool]
    ) -> None:
        """A lowercase word the model took for a name, in a text that uses capitals (so
        names there are written with one), right after an article or a possessive, or
        opening the span with one, is a noun: "errore sulla |lavatrice|", "czy to |wasza
        infolinia|?". Not a known first name or surname ("la giulia", "the kowalski
        family"), not after a cue, and not after a lowercase particle that follows a name
        ("wout de korte": a surname's particle). Without capitals in the text, only a
        phrase a possessive opens ("wasza infolinia", `POSSESSIVES`)."""
        lexicon: Lexicon | None = None
        for i in _lone_model_names(text, spans, keep):
            span = spans[i]
            value = text[span.start : span.end]
            if not value.islower():
                continue
            words = list(_WORD_RUN.finditer(text, span.start, span.end))
            if not words or len(words) > 2:
                continue
            if len(words) == 2:
                first = fold(words[0][0])
                if first not in DETERMINERS or first in PARTICLES:
                    continue
                if first not in POSSESSIVES and not uses_capitals(text):
                    continue  # "lo bianco" in a text without capitals may be a surname
                noun = words[1]
            elif not uses_capitals(text):
                continue
            else:
                noun = words[0]
                before = _PREVIOUS_WORD_BEFORE.search(text, max(0, span.start - 24), span.start)
                if before is None or fold(before[1]) not in DETERMINERS:
                    continue
                lexicon = lexicon or self.lexicon or Lexicon.load()
                if fold(before[1]) in PARTICLES:
                    name = _PREVIOUS_WORD_BEFORE.search(
                        text, max(0, before.start(1) - 40), before.start(1)
                    )
                    if name is not None and fold(name[1]) in lexicon.names:
                        continue
            lexicon = lexicon or self.lexicon or Lexicon.load()
            key = fold(noun[0])
            if (
                len(noun[0]) > 2
                and (
                    key not in lexicon.names
                    # a surname that is a frequent word, in lowercase in a text that uses
                    # capitals, after an article: "Los |campos| son obligatorios"
                    or (
                        key in lexicon.names_also_words
                        and key not in lexicon.first_names
                        and uses_capitals(text)
                    )
                )
                and not after_cue(text, span.start)
            ):
                keep[i] = False

    def _part_of_pasted_message(self, text: str, span: Span) -> bool:
        """Whether the name is a part of a message pasted into the chat (`non_names`,
        fp18): a header's or a speaker's label ("|Von|: DHL", "|Kunde|: hallo"), a
        weekday ("Wysłano: |poniedziałek|", "|Le samedi| de 9h"), a word for a reference
        before its code ("|Referenz| INC-2026-0457"), a bot introducing itself ("ich bin
        |Lina|, die digitale Assistentin"), an app's name before its badge ("|Jira|
        Cloud  APP  10:15")."""
        lexicon = self.lexicon or Lexicon.load()
        return (
            field_label(text, span.start, span.end)
            or weekday(text, span.start, span.end, lexicon)
            or reference_word_before_code(text, span.start, span.end)
            or bot_name(text, span.start, span.end)
            or app_badge(text, span.start, span.end)
        )

    def _drop_ordinary_words(self, text: str, spans: Sequence[Span], keep: list[bool]) -> None:
        """A name made only of ordinary words is not one ("Combien", "Fieber"), nor is a
        lowercase phrase with words in it in a text that uses capitals ("fermé sans
        réponse": `Lexicon.lowercase_phrase`), nor an organisation of ordinary words that
        is written as no firm's name ("Bearbeitung", "Kundenservice-Team"; firms' names
        are often made of words: "Deutsche Bahn", "Wolters Kluwer"); a word where a
        locating word puts a place is left to the place rules ("I live in Reading"),
        unless it is lowercase words with no place word in a text that uses capitals
        (`_lowercase_words`: "je viens de l'|endroit|"), which is also no place the model
        found ("avec |laquelle|")."""
        lexicon: Lexicon | None = None
        # An abbreviation is none whatever touches it ("|Senken. Z. B||.|": the model's
        # pieces of one abbreviation touch each other).
        for i, span in enumerate(spans):
            if (
                keep[i]
                and span.label in (PERSON, ORGANIZATION)
                and span.source not in TRUSTED_SOURCES
                and _abbreviation(text, span, lexicon := lexicon or self.lexicon or Lexicon.load())
            ):
                keep[i] = False  # "|Z. B|.", "|a.u.b.|", "|U.K.|"
            elif (
                keep[i]
                and span.label in (PERSON, ORGANIZATION)
                and span.source not in TRUSTED_SOURCES
                and date_format_mask(text, span.start, span.end)
            ):
                keep[i] = False  # "Geburtsdatum: TT.|MM.JJJJ|", "JJ/MM/AAAA": a date's format
            elif (
                keep[i]
                and span.label in (PERSON, ORGANIZATION)
                and span.source not in TRUSTED_SOURCES
                and (_name_field_label(text, span) or header_cell(text, span.start, span.end))
            ):
                keep[i] = False  # "|Nome e cognome|: ____", placeholder="|Imię|", "|ean|;sku"
        for i in _lone_model_names(text, spans, keep):
            span = spans[i]
            lexicon = lexicon or self.lexicon or Lexicon.load()
            if _address_pronoun(text, span, lexicon):
                keep[i] = False  # "Jeśli to |Ty|", "o |Tobie|"
                continue
            value = text[span.start : span.end]
            if (
                function_words(text, span.start, span.end, lexicon)
                or verb_after_pronoun(text, span.start, span.end, lexicon)
                or (" " not in value and is_placeholder(value))
                or product_in_compound(text, span.start, span.end, lexicon)
                or program_beside_software_noun(text, span.start, span.end, lexicon)
            ):
                keep[i] = False  # "|la mia| config", "je |lance|", "|Soulseek|-Konto"
                continue
            if (
                currency_code(text, span.start, span.end)
                or flight_designator(text, span.start, span.end)
                or booking_reference(text, span.start, span.end, lexicon)
                or programming_language(text, span.start, span.end)
                or issuer_of_reference(text, span.start, span.end, lexicon)
                or cut_at_ampersand(text, span.start, span.end, lexicon)
                or firm_of_service_line(text, span.start, span.end)
                or carrier_after_reference_word(text, span.start, span.end, lexicon)
                or (
                    span.label == ORGANIZATION
                    and common_word_as_organisation(text, span.start, span.end, lexicon)
                )
            ):
                keep[i] = False  # "45,20 |UAH|", "volo |RO| 402", "booking ref |ALHPZT|",
                continue  # "w formacie |Ruby|", "MXN |kam| an"
            if (
                installed_program(text, span.start, span.end)
                or unnamed_programming_language(text, span.start, span.end, lexicon)
                or firm_before_service_line(text, span.start, span.end)
                # a place's slot is left to the place rules: "Ich wohne in |reading|, UK"
                or (
                    word_in_lowercase(text, span.start, span.end, lexicon)
                    and not _at_place(text, span)
                )
                or function_word_opening(text, span.start, span.end, lexicon)
                or digit_word_in_a_number(text, span.start, span.end)
            ):
                keep[i] = False  # "Installa |Babel|", "szablonów |Django|", "|Nova Poshta|,
                continue  # infolinia 0 800", "quieres |deshabilitar|", "|Nog|) geen", "|otto| nove"
            if (
                _control_label(text, span, lexicon)
                or _coordinated_with_word(text, span, lexicon)
                or _label_before_capitals(text, span, lexicon)
            ):
                keep[i] = False  # "il bottone |Marca|", "Euro ou |Petrodollar|", "|Postvak| IN"
                continue
            if span.label == ORGANIZATION and _organisation_of_words(text, span):
                continue
            if _calendar_or_article(text, span, lexicon):
                keep[i] = False
                continue
            if (
                lexicon.ordinary_phrase(text, span.start, span.end)
                or lexicon.lowercase_phrase(text, span.start, span.end)
                or lexicon.german_phrase(text, span.start, span.end)
                or _participle(text, span, lexicon)
                or _german_noun_after_indefinite(text, span, lexicon)
                or _common_word_of_the_text(text, span, lexicon)
                or _demonstrative_opening(text, span, lexicon)
            ) and not (_at_place(text, span) and not _lowercase_words(text, span, lexicon)):
                keep[i] = False
        # Pieces of one phrase the model cut ("faktura| FV" on an invoice number): judged
        # together, dropped together when every word of them is ordinary.
        for group in _touching_model_names(text, spans, keep):
            first, last = spans[group[0]], spans[group[-1]]
            lexicon = lexicon or self.lexicon or Lexicon.load()
            whole = Span(first.start, last.end, first.label, first.score, first.source)
            if (
                _abbreviation(text, whole, lexicon)
                or _address_pronoun(text, whole, lexicon)
                or field_phrase(text, whole.start, whole.end, lexicon)
                or product_in_compound(text, whole.start, whole.end, lexicon)
            ):
                for i in group:
                    keep[i] = False  # "|Neem a.||u||.b.|", "|Ihr Kundenservice||-Team|",
                continue  # "Die |Kurz|-|URL|": a compound with an acronym; "|Soulseek|-|Kontos|"
            if any(
                (spans[i].label == ORGANIZATION and _organisation_of_words(text, spans[i]))
                or _at_place(text, spans[i])
                for i in group
            ):
                continue
            if lexicon.ordinary_phrase(text, first.start, last.end):
                for i in group:
                    keep[i] = False
        # A lowercase word the model took for a place, in a text that uses capitals, made
        # of words and no place word, with no house number in or after it ("am
        # |marktplatz 5|" stays an address): "l'adresse avec
        # |laquelle| vous êtes inscrit", "unter |welcher| Sie wohnen".
        for i, span in enumerate(spans):
            if (
                keep[i]
                and span.label == LOCATION
                and span.source not in TRUSTED_SOURCES
                and _address_pronoun(text, span, lexicon or self.lexicon or Lexicon.load())
            ):
                keep[i] = False  # "na |Twoim| urządzeniu": "your", no place
                continue
            if (
                keep[i]
                and span.label == LOCATION
                and span.source not in TRUSTED_SOURCES
                and _lowercase_words(text, span, lexicon or self.lexicon or Lexicon.load())
                and not any(c.isdigit() for c in text[span.start : span.end])
                and not _HOUSE_NUMBER_AFTER.match(text, span.end)
                and _street_bounds(text, span) is None
            ):
                keep[i] = False

    def _places_taken_for_names(
        self, text: str, spans: Sequence[Span], keep: list[bool]
    ) -> list[Span]:
        """`spans` with every name the model found that reads as a place
        (`Lexicon.place_not_name`: "Il negozio di Torino", "de bus naar Zwolle", "da Torino
        a Londra": a town the uncased model took for a person) made a LOCATION, for the
        place rules to judge ("ik woon in Zwolle" stays masked); not one a cue introduces
        as a person ("Herr Zwolle", "my wife Tore Prokop") or one touching another name or
        place. Only in a place's slot, after a preposition of place ("in", "di", "naar",
        "w", ...), at the end of a route ("da Torino a |Londra|"), or in a sentence with a
        word for a town or country ("|Londres| est une grande ville"): the place list is long
        (every town of 15,000 people), so a foreign name the name lists lack is often a
        town somewhere too ("Thanks Semender", "I spoke to Afonso"). A name right after a
        street word is a street named after someone ("przy ulicy |Mickiewicza|", "rue
        |Victor Hugo|", "in via |Garibaldi|"): a place too, masked as an address only
        (`_street_bounds`; the place grows over the street word: "|ul. Mickiewicza| 5").
        After a means of transport ("Flug nach |Palma|", "flights to |Nice|"), a name made
        of place words is a destination even when it is a name too (`Lexicon.all_places`)."""
        out = list(spans)
        lexicon: Lexicon | None = None
        for i in _lone_model_names(text, spans, keep):
            span = spans[i]
            street = _street_bounds(text, span) if span.label == PERSON else None
            if street is not None:
                out[i] = Span(*street, LOCATION, span.score, span.source)
                continue
            if span.label != PERSON:
                continue
            travel = _TRAVEL_TO.search(text, max(0, span.start - 40), span.start) is not None
            if not travel and not _place_slot(text, span):
                continue
            lexicon = lexicon or self.lexicon or Lexicon.load()
            if (
                lexicon.place_not_name(text, span.start, span.end)
                or (travel and lexicon.all_places(text, span.start, span.end))
            ) and not after_cue(text, span.start):
                out[i] = Span(span.start, span.end, LOCATION, span.score, span.source)
        return out

    def _drop_things_named_like_people(
        self, text: str, spans: Sequence[Span], keep: list[bool]
    ) -> None:
        """A name, place or organisation the model found that its context shows to be a
        holiday, a colour, a shop or brand, or a book's title is no one's
        (`named_like_a_person`): "an Sankt Martin", "die Farbe Rosa", "bei Rossmann
        günstiger", "busco Don Quijote en tapa dura"; nor is a pet's name ("Unser Hund
        Bello", `named_things.pet_name`), nor a letter said ("A wie |Anton|",
        `named_things.letter_said`), nor, in a message with no other personal data,
        the author of a work it asks about ("Wann hat Goethe den Faust geschrieben?",
        `named_things.asked_about_author`); a maker before its model number
        ("op de |Philips 55OLED808|", `_maker_and_model`) only in a message with no other
        personal data (a name before an ID is someone's: "el Kowalski AB1234567")."""
        lexicon: Lexicon | None = None
        other_data = any(keep[k] and s.label not in _JUDGED_LABELS for k, s in enumerate(spans))
        for i, span in enumerate(spans):
            if (
                not keep[i]
                or span.label not in (PERSON, LOCATION, ORGANIZATION)
                or span.source in TRUSTED_SOURCES
            ):
                continue
            lexicon = lexicon or self.lexicon or Lexicon.load()
            if not other_data and _maker_and_model(text, span):
                keep[i] = False
            elif not any(c.isdigit() for c in text[span.start : span.end]):
                keep[i] = not (
                    named_like_a_person(text, span, spans, lexicon)
                    or pet_name(text, span)
                    or voice_assistant(text, span)
                    or letter_said(text, span)
                    or car_model(text, span)
                    or (span.label != LOCATION and street_or_station(text, span))
                    or (not other_data and asked_about_author(text, span))
                    or (not other_data and brand_beside_goods(text, span))
                )

    def _drop_identifiers(self, text: str, spans: Sequence[Span], keep: list[bool]) -> None:
        """A name or organisation whose whole token is a technical identifier is neither:
        "SIGSEGV", "ENOENT" (error and signal names in capitals, no known name),
        "getUserById", "CrashLoopBackOff" (inner capitals), "postgresql.conf",
        "docker-compose" (lowercase parts joined, in a text that uses capitals), none with
        a known name in it (`identifier_token`)."""
        lexicon: Lexicon | None = None
        for i in _lone_model_names(text, spans, keep):
            span = spans[i]
            if after_name_cue(text, span.start) or (
                # an acronym that is a name too, after any cue: "my colleague |URI|"
                _NAME_ACRONYMS.intersection(_WORD_RUN.findall(text, span.start, span.end))
                and after_cue(text, span.start)
            ):
                continue
            lexicon = lexicon or self.lexicon or Lexicon.load()
            if (
                identifier_token(text, span.start, span.end, lexicon)
                or field_phrase(text, span.start, span.end, lexicon)
                or code_identifier(text, span.start, span.end, lexicon)
            ):
                keep[i] = False

    def _cued_names(self, text: str, spans: list[Span]) -> list[Span]:
        """`spans` and a PERSON for every name after a person cue the model left out
        (`Lexicon.cued_names`), where no span is; a PERSON the model cut short there
        ("Kollege Hildegart| Junitz") is grown to the cued name."""
        lexicon = self.lexicon or Lexicon.load()
        cued = lexicon.cued_names(text)
        for span in spans:  # "Le Thi Mai en |Le Van Hung|": the second of two people
            if span.label == PERSON and (second := lexicon.name_after_and(text, span.end)):
                cued.append(second)
        if not cued:
            return spans
        out = list(spans)
        owners: dict[int, set[int]] = {}  # character -> the spans over it
        for k, span in enumerate(spans):
            for c in range(span.start, span.end):
                owners.setdefault(c, set()).add(k)
        dropped: set[int] = set()
        for start, end in cued:
            hits = sorted({k for c in range(start, end) for k in owners.get(c, ())})
            if not hits:
                person = Span(start, end, PERSON, _CUED_SCORE, "lexicon")
                if not (self._public_name(text, person) or self._role(text, person)):
                    out.append(person)  # not "Herr |Doktor|": a role after the title
                continue
            inside = [out[k] for k in hits]
            if any(
                s.label not in _CUED_OVER or s.source in TRUSTED_SOURCES or s.start < start
                or (end < s.end and not _ordinary_tail(text, end, s.end, lexicon))
                for s in inside
            ):  # fmt: skip
                continue
            if len(hits) == 1 and inside[0].label == PERSON:
                out[hits[0]] = Span(start, end, PERSON, inside[0].score, inside[0].source)
                continue
            # The model called the cued name, or pieces of it, a firm or a place after an
            # account number ("Kontoinhaber |Arnd Oderwald|", "właściciel |Kazimierz| Cłapa",
            # "intestato a |Giulio| |Endrizzi|"): it is one person's name, whole.
            best = max(inside, key=lambda s: s.score)
            person = Span(start, end, PERSON, best.score, best.source)
            if self._public_name(text, person):
                continue
            out[hits[0]] = person
            dropped.update(hits[1:])
        return [s for k, s in enumerate(out) if k not in dropped] if dropped else out

    def _shaped_names(self, text: str, spans: Sequence[Span]) -> Sequence[Span]:
        """`spans` and a PERSON for every name its shape tells (`Lexicon.shaped_names`: a
        line of its own that is a name, a first name with surname particles;
        `Lexicon.introduced_names`: a name in lowercase after "its", "met", "soy") where no span
        is, or over the model's PERSON pieces of it ("Nguyen| Thi |Mai"); a name with
        particles also over the model's reading of it as a place or a firm ("María de la
        Cruz" as LOCATION). They are judged as the model's names are (a public figure, a
        shop's name, a holiday: `_judged`)."""
        lexicon = self.lexicon or Lexicon.load()
        lines, particles = lexicon.name_lines(text), lexicon.particle_names(text)
        introduced = lexicon.introduced_names(text)
        if not lines and not particles and not introduced:
            return spans
        out: list[Span | None] = list(spans)
        for start, end in _outermost([*lines, *particles, *introduced]):
            # a name with particles, or one on a line of its own in a slot for it, may be
            # read as a place or firm ("los ríos", "a:\n|Hu Jianguo|")
            labels = (
                _NAME_LIKE
                if (start, end) in (*particles, *introduced)
                or slot_line(text, start, end, whole=False)
                else _PERSON_ONLY
            )
            hits = [k for k, s in enumerate(spans) if s.start < end and start < s.end]
            if not hits:
                out.append(Span(start, end, PERSON, _CUED_SCORE, "lexicon"))
            elif all(
                (piece := out[k]) is not None
                and (
                    piece.label in labels
                    # "Hélène Dubois|-Marchand|": a double name's part read as a firm
                    or any(_hyphen_piece(text, spans[j], piece) for j in hits
                           if spans[j].label == PERSON)
                )
                and piece.source not in TRUSTED_SOURCES
                and start <= piece.start
                and piece.end <= end
                for k in hits
            ):  # fmt: skip
                first = min((spans[k] for k in hits), key=lambda s: s.label != PERSON)
                out[hits[0]] = Span(start, end, PERSON, first.score, first.source)
                for k in hits[1:]:
                    out[k] = None
        return sorted((s for s in out if s is not None), key=lambda s: (s.start, s.end))

    def _joined_names(self, text: str, spans: list[Span]) -> list[Span]:
        """`spans` with every PERSON grown over the token joined by "-" or "." it is part of
        (`Lexicon.joined_name`), taking in the other PERSON spans there ("anna|.|kowalski"),
        and a PERSON for every name in camel case (`Lexicon.camel_case_names`) where no span
        is; a PERSON inside one grows to it. A token another kind of span reaches into is
        left alone."""
        lexicon = self.lexicon or Lexicon.load()
        grown: list[tuple[int, tuple[int, int]]] = []
        for i, span in enumerate(spans):
            if span.label == PERSON and span.source not in TRUSTED_SOURCES:
                bounds = lexicon.joined_name(text, span.start, span.end)
                if bounds is not None:
                    grown.append((i, bounds))
        camel = [*lexicon.camel_case_names(text), *lexicon.joined_token_names(text)]
        if not grown and not camel:
            return spans
        out: list[Span | None] = list(spans)
        owners: dict[int, set[int]] = {}  # character -> the spans over it
        for k, span in enumerate(spans):
            for c in range(span.start, span.end):
                owners.setdefault(c, set()).add(k)
        for i, bounds in grown:
            if out[i] is not None:
                _grow(text, out, owners, i, bounds)
        for start, end in camel:
            inside = {k for c in range(start, end) for k in owners.get(c, ())}
            if not inside:
                person = Span(start, end, PERSON, _CUED_SCORE, "lexicon")
                if not self._public_name(text, person):
                    out.append(person)
            elif len(inside) == 1:
                _grow(text, out, owners, inside.pop(), (start, end))
        return [s for s in out if s is not None]

    def _completed(self, text: str, spans: list[Span]) -> list[Span]:
        """Every PERSON span grown over the name words next to it (`Lexicon.complete_name`),
        as far as no other span is in the way."""
        if not any(s.label == PERSON for s in spans):
            return spans
        lexicon = self.lexicon or Lexicon.load()
        covered = {k for s in spans for k in range(s.start, s.end)}
        out = list(spans)
        for i, span in enumerate(spans):
            if span.label != PERSON or span.source in TRUSTED_SOURCES:
                continue
            start, end = lexicon.complete_name(text, span.start, span.end)
            added = [*range(start, span.start), *range(span.end, end)]
            if added and not any(k in covered for k in added):
                out[i] = Span(start, end, PERSON, span.score, span.source)
                covered.update(added)
        return _joined_over_particles(text, out)

    def _names_taken_for_places(
        self, text: str, spans: Sequence[Span], keep: list[bool], out: dict[int, Span]
    ) -> None:
        """A "place" the place rules dropped that reads as a person's name ("schick das an
        Benno Hartung", "stuur het naar Bryan Hoekstra": the model calls the addressee a
        destination), or that a title or an account's holder word introduces ("z panem
        Kowalskim", "Herr Zwolle", "intestato a Roberto Milano": `_PERSON_TITLE_BEFORE`), is
        kept as a PERSON, unless the name rules make it public."""
        lexicon: Lexicon | None = None
        other_data = any(keep[k] and s.label not in _JUDGED_LABELS for k, s in enumerate(spans))
        for i, span in enumerate(spans):
            if keep[i] or span.label != LOCATION:
                continue
            lexicon = lexicon or self.lexicon or Lexicon.load()
            if (
                span.source in TRUSTED_SOURCES
                or not self._shape_ok(text, span)
                or _lowercase_after_determiner(text, span)  # "le |carton| était ouvert"
                or span.length > _MAX_GAP * 2
                or _VERSION.search(text, span.start, span.end)  # "Octavia 2.0 TDI": a model
                or _street_bounds(text, span) is not None
                or not (
                    lexicon.name_not_place(text, span.start, span.end)
                    or lexicon.surname_after_particle(text, span.start, span.end)
                    or _PERSON_TITLE_BEFORE.search(text, max(0, span.start - 40), span.start)
                )
            ):
                continue
            person = Span(span.start, span.end, PERSON, span.score, span.source)
            if not self._public_name(text, person) and not (
                not other_data and _public_figure(text, person)
            ):
                keep[i] = True
                out[i] = person

    @staticmethod
    def _public_name(text: str, span: Span) -> bool:
        before = text[max(0, span.start - 40) : span.start]
        after = text[span.end : span.end + 40]
        work = _WORK_BEFORE.search(before)
        if work is not None and not all(w[0].isupper() for w in work[1].split()):
            work = None  # "a book by my friend Anna": not the author's name
        return bool(
            work is not None
            or _WORK_AFTER.match(after)
            or _BUSINESS_AFTER.match(after)
            or _BUSINESS_BEFORE.search(before)
            or _MERCHANT_BEFORE.search(text[max(0, span.start - 80) : span.start])
        )

    def _payment_means(self, text: str, span: Span) -> bool:
        """Whether the name is a payment means: one word, no known name, right after
        "with" ("mit", "con", "met", "przez", ...) in a sentence with a word for paying
        ("pay with |Klarna|", "¿Se puede pagar con |Bizum|?"). "mit Anna bezahlt" stays:
        a known name is someone's."""
        start, end = whole_words(text, span.start, span.end)
        words = _WORD_RUN.findall(text, start, end)
        if len(words) != 1 or _WITH_BEFORE.search(text, max(0, start - 12), start) is None:
            return False
        lexicon = self.lexicon or Lexicon.load()
        return (
            fold(words[0]) not in lexicon.names
            and _PAYING.search(text, *_sentence(text, start, end)) is not None
            and not after_cue(text, start)
        )

    def _maker(self, text: str, span: Span) -> bool:
        """Whether the name is the maker of an appliance or device named next to it
        ("lavadora Balay", "Kühlschrank von Siemens", "the Bosch dishwasher"), or inside
        the span the model found ("|lave-vaisselle Bosch|", "|Miele-wasmachine geeft|":
        the product word and ordinary words around it are no part of a name), or of a
        product said to fit another ("mit dem alten Varoma kompatibel"): one or two
        words, the first no known first name ("das Handy von Anna", "the laptop Anna gave
        me" stay names)."""
        value = text[span.start : span.end]
        lexicon = self.lexicon or Lexicon.load()
        inside = _PRODUCT_IN.search(value)
        if inside is not None:
            rest = value[: inside.start()] + " " + value[inside.end() :]
            words = [w for w in words_of(rest) if not (w.islower() and lexicon.is_ordinary(w))]
        else:
            words = words_of(value)
        words = [w for w in words if fold(w) not in PARTICLES]
        if not 1 <= len(words) <= 2:
            return False
        if fold(words[0]) in lexicon.first_names:
            return False
        if inside is not None:
            return True
        if _COMPATIBLE.search(
            text, max(0, span.start - _COMPATIBLE_WINDOW), span.end + _COMPATIBLE_WINDOW
        ) and not after_cue(text, span.start):
            return True
        before = text[max(0, span.start - 40) : span.start]
        # a span the model began with the preposition: "van| Miele", "van de| Philips"
        lead = re.match(
            r"(?:(?:von|van|de|di|del|della|des|du)\s+)+",
            text[span.start : span.end],
            re.IGNORECASE,
        )
        if lead is not None:
            before += lead[0]
        return bool(
            _PRODUCT_BEFORE.search(before) or _PRODUCT_AFTER.match(text[span.end : span.end + 40])
        )

    def _role(self, text: str, span: Span) -> bool:
        """Whether the span is a role or a form of address, not a name: every word a role
        (`ROLE_WORDS`, or a compound ending in one of `ROLE_HEADS`), a title ("Herr") or a
        word of a salutation, one at least a role ("Mr. Manager", "Herr Kundenbetreuer",
        "Panie Kierowniku", "Gentili Signori"). A role word that is a known name too is a
        name ("Herr Richter"), unless it is a title of address ("Herr Doktor")."""
        start, end = whole_words(text, span.start, span.end)
        words = words_of(text[start:end])
        lexicon = self.lexicon or Lexicon.load()
        role = False
        for word in words:
            key = fold(word)
            if key in _ROLE or _role_compound(key, lexicon):
                if key in lexicon.names and key not in _ROLE_TITLES:
                    return False
                role = True
            elif key not in _SALUTATION and key not in _TITLE_WORDS:
                return False
        return role

    @staticmethod
    def _birth_date(text: str, span: Span) -> bool:
        before = text[max(0, span.start - _BIRTH_BEFORE) : span.start]
        after = text[span.end : span.end + _BIRTH_AFTER]
        return bool(_BIRTH.search(before) or _BIRTH.search(after))

    @staticmethod
    def _locating(text: str, span: Span) -> bool:
        before = text[max(0, span.start - _WINDOW) : span.start]
        if _LOCATING.search(before) is not None:
            return True
        return _LOCATING_AFTER.match(text[span.end : span.end + 40]) is not None

    def _address(self, text: str, span: Span) -> bool:
        """Whether the place is an address: a street word and a number, or a postcode
        before a town (`_postcode_town`)."""
        start = span.start
        value = text[start : min(span.end, start + _MAX_ADDRESS)]
        if _NUMBER.search(value) and _STREET.search(value):
            return True
        return any(self._postcode_town(text, start, m) for m in _POSTCODE_TOWN.finditer(value))

    def _postcode_town(self, text: str, start: int, match: re.Match[str]) -> bool:
        """Whether a postcode-and-town shape at `start + match.start()` is one: a UK or
        Canadian postcode; or digits that are no flight or train number ("vol AF 1234
        Paris-Nice") before a town, a word that is not ordinary in its first two ("10115
        Berlin", "1012 JS Amsterdam", "61348 Bad Homburg"; not an order number and a verb:
        "pedido 44521 enviado", "ordine 77812 spedito")."""
        if not match[0][0].isdigit():
            return True
        at = start + match.start()
        if _TRANSPORT_BEFORE.search(text, max(0, at - 32), at) is not None:
            return False
        lexicon = self.lexicon or Lexicon.load()
        town = start + match.start("town")
        words = [w for w in words_of(text[town : town + 64]) if len(w) > 1 and w not in PARTICLES]
        return any(not lexicon.is_ordinary(w) for w in words[:2])

    def _keep_locating_places(self, text: str, spans: Sequence[Span], keep: list[bool]) -> None:
        """Decide every place the recognizers (not the trusted ones) report."""
        order = sorted(range(len(spans)), key=lambda k: spans[k].start)
        people = [spans[k] for k in order if keep[k] and spans[k].label == PERSON]
        firm_names = [
            s for s in spans
            if s.label == PERSON
            and s.source not in TRUSTED_SOURCES
            and _ENDS_WITH_LEGAL_FORM.search(text, s.start, s.end) is None
            and _LEGAL_FORM_AFTER.match(text, s.end) is not None
        ]  # fmt: skip
        people_ends = {p.end for p in people}
        people_starts = {p.start for p in people}
        place_ends = {
            spans[k].end for k in order
            if keep[k] and spans[k].label == LOCATION and spans[k].source in TRUSTED_SOURCES
        }  # fmt: skip
        shops: list[Span] = []
        for k in order:
            span = spans[k]
            if not keep[k] or span.label != LOCATION or span.source in TRUSTED_SOURCES:
                continue
            keep[k] = (
                self._address(text, span)
                or _after_postcode_word(text, span)
                or self._locating(text, span)
                or _joined_after(text, span, people_ends, _NAME_THEN_PLACE)
                # a "place" fused to a name is part of the name ("Giulio Endrizzi")
                or _joined_before(text, span, people_starts, _SPACE)
                or _joined_after(text, span, place_ends, _ADDRESS_JOIN)
            )
            if (
                keep[k]
                and _company_address(text, span)
                # a person there: kept, or a name `_company` read as the firm's because it
                # runs on to a legal form ("Olivia Hartley\nHartley Photography Ltd\n|5
                # Kingsley Close|"); not the model's words the other rules dropped
                and not any(
                    _in_block_before(text, p, span.start) for p in [*people, *firm_names]
                )
            ):
                keep[k] = False  # "Brightwell Energy Ltd · |1 Canal Wharf, London|": its office
                shops.append(span)
            if (
                keep[k]
                and _shop_address(text, span)
                and not self._locating(text, span)
                # "ich wohne neben der Filiale in der ...": the shop locates the writer
                and not has_locating_word(text[max(0, span.start - _WINDOW) : span.start])
                and not _LIVING.search(text, max(0, span.start - _WINDOW), span.start)
            ):
                keep[k] = False  # "the store at 221 Baker St": the shop's, nobody's home
                shops.append(span)
            if keep[k]:
                place_ends.add(span.end)
        # A postcode inside the shop's address is the shop's too ("store at 221 Baker St,
        # London |NW1 6XE|"); the trusted postcode recognizer judges its own.
        for k, span in enumerate(spans):
            if (
                keep[k]
                and span.label in _POSTCODE_LABELS
                and span.source not in TRUSTED_SOURCES
                and any(shop.start <= span.start and span.end <= shop.end for shop in shops)
            ):
                keep[k] = False


# A shop's, branch's or office's word right before an address: the address is the
# shop's ("store at 221 Baker St", "Filiale in der Friedrichstraße 68", "magasin du 12 rue
# de Rivoli", "la tienda de la calle Gran Vía 32", "il negozio di Via del Corso 123",
# "winkel aan de Kalverstraat 92", "sklep przy ul. Marszałkowska 104"); not after a word
# that makes it the writer's own ("my shop at ...").
_SHOP_BEFORE_ADDRESS = re.compile(
    r"(?<!\w)(?<!my )(?<!mein )(?<!meine )(?<!mon )(?<!ma )(?<!mi )(?<!mio )(?<!mijn )"
    r"(?<!mój )(?<!moj )(?<!our )"
    r"(?:store|shop|branch|outlet|supermarket|showroom|filiale|laden|geschäft|supermarkt"
    r"|markt|magasin|boutique|agence|succursale|supermarché|tienda|sucursal|supermercado"
    r"|negozio|punto vendita|supermercato|winkel|filiaal|vestiging|sklep|oddział|salon)"
    r"(?:\s+(?:at|on|in|in der|an der|am|im|auf der|du|de la|de l'|de|des|au|à la|à|rue"
    r"|en la|en el|en|del|di|in via|a|aan de|aan het|aan|in de|op de|op|przy|na|w))?\s+$",
    re.IGNORECASE,
)


_LIVING = re.compile(
    r"(?<!\w)(?:live|lives|living|wohne|wohnen|wohnt|habite|habitons|vivo|vive|vivimos|abito"
    r"|abita|abitiamo|woon|woont|wonen|mieszkam|mieszka|mieszkamy"
    # the writer's home named ("my flat is above the store at ...", "meine Wohnung über dem
    # Laden in der ...", "chez moi", "casa mia", "mijn huis", "moje mieszkanie")
    r"|(?:my|our)\s+(?:home|flat|apartment|house)|(?:meine|unsere)\s+wohnung"
    r"|(?:mein|unser)\s+(?:zuhause|haus)|chez\s+(?:moi|nous)"
    r"|(?:mon|notre)\s+(?:appartement|logement|domicile)|(?:ma|notre)\s+maison"
    r"|(?:mi|nuestra|nuestro)\s+(?:casa|piso|apartamento)|casa\s+(?:mia|nostra)"
    r"|(?:la\s+)?(?:mia|nostra)\s+casa|(?:il\s+)?(?:mio|nostro)\s+appartamento"
    r"|(?:mijn|ons)\s+(?:huis|appartement|woning)|(?:moje|nasze)\s+mieszkanie"
    r"|(?:mój|nasz)\s+dom)(?!\w)",
    re.IGNORECASE,
)
# A shop word after a word for above it: the address is of a home over the shop ("I live
# above the store at ...", "send it to us above the shop at ...", "über dem Laden in der
# ...", "au-dessus du magasin au ...", "encima de la tienda de ...", "sopra il negozio di
# ...", "boven de winkel op ...").
_ABOVE = re.compile(
    r"(?<!\w)(?:(?:above|upstairs\s+from|oberhalb|au-dessus|encima|sopra|boven|nad)"
    r"(?:\s+[^\W\d_]+['’]?){0,2}"
    # German "über" with the dative only ("über den Laden": about it)
    r"|über\s+(?:dem|der|unserem|unserer|eurem|eurer|ihrem|ihrer|deinem|deiner))\s*$",
    re.IGNORECASE,
)


def _shop_address(text: str, span: Span) -> bool:
    """Whether a shop's word stands right before the place (`_SHOP_BEFORE_ADDRESS`), or
    opens the span the model found ("|Filiale Hauptstraße 12|"), or a public institution
    and its name before a comma (`_INSTITUTION_BEFORE`: "das Bürgeramt Mitte, ..."), and
    no word for above it before the shop word (`_ABOVE`: a home over the shop)."""
    shop = _SHOP_BEFORE_ADDRESS.search(text, max(0, span.start - 40), span.start)
    if shop is None:
        first = _FIRST_WORD.match(text, span.start, span.end)
        if first is not None and first.end() < span.end:
            shop = _SHOP_BEFORE_ADDRESS.search(text, max(0, span.start - 40), first.end())
            if shop is not None and shop.start() < span.start - 1:
                shop = None  # the shop word must be the span's own first word
    if shop is None:
        # the institution before the span, or opening it ("|Museo del Prado, calle ...|")
        comma = text.find(",", span.start, span.end)
        at = span.start if comma < 0 else comma + 1
        while at < span.end and text[at] in " \t":
            at += 1
        shop = _INSTITUTION_BEFORE.search(text, max(0, at - 60), at)
    if shop is None:
        return False
    return _ABOVE.search(text, max(0, shop.start() - 40), shop.start()) is None


def _in_block_before(text: str, person: Span, at: int) -> bool:
    """Whether `person` is named in the three lines before `at` (a signature's block: the
    name, the firm, the address)."""
    block = at
    for _ in range(3):
        block = text.rfind("\n", 0, block)
        if block < 0:
            break
    return max(block, 0) <= person.start and person.end <= at


def _company_address(text: str, span: Span) -> bool:
    """Whether the place is a company's address: right after the company's name with its
    legal form, on the next line or after a separator ("Brightwell Energy Ltd\n|1 Canal
    Wharf, London E14 5AB|", "Stadtwerke Lindenau GmbH · |Werkstraße 1, 04177 Leipzig|"),
    or with the end of that name in the span the model found ("Énergies |du Rhône SA\n10
    quai Perrache, 69002 Lyon|"), or later on the line of such a name. The caller keeps
    an address with a person named in the lines before it ("Olivia Hartley\nHartley
    Photography Ltd\n|5 Kingsley Close|"): a sole trader's firm may be their home."""
    at = span.start
    while at < span.end and text[at] in _SEPARATORS:
        at += 1  # the model took the separator in ("Sp. z o.o. |· ul. Wodna 1|")
    if _COMPANY_LINE_BEFORE.search(text, max(0, at - 40), at) is not None:
        return True
    line = text.rfind("\n", max(0, at - 120), at) + 1 or max(0, at - 120)
    if _COMPANY_BEFORE_ON_LINE.search(text, line, at) is not None:
        return True  # "Rhône SA · 10 quai |Perrache, 69002 Lyon|": the rest of the address
    cut = _COMPANY_LINE_INSIDE.search(text, span.start, min(span.end, span.start + 60))
    return cut is not None and cut.end() < span.end


# A public institution, its name and a comma before the address: "das Bürgeramt Mitte,
# |Karl-Marx-Allee 31|", "la Préfecture de Police, |1 bis rue de Lutèce|", "el Museo del
# Prado, |calle Ruiz de Alarcón 23|": the institution's address, no one's home.
_INSTITUTION_BEFORE = re.compile(
    r"(?<![\w-])(?:[^\W\d_]*amt|[^\W\d_]*rathaus|[^\W\d_]*museum|musée|museo|muzeum|muzeu|"
    r"gemeentehuis|stadhuis|raadhuis|zamek|zamku|castle|schloss|château|castillo|castello|"
    r"kasteel|palace|palast|palais|palacio|palazzo|paleis|pałac|pałacu|cathedral|kathedrale|"
    r"cathédrale|catedral|cattedrale|kathedraal|katedra|katedry|airport|flughafen|aéroport|"
    r"aeropuerto|aeroporto|luchthaven|lotnisko|stadium|stadion|stade|estadio|stadio|"
    r"theatre|theater|théâtre|teatro|teatr|préfecture|prefectura|"
    r"prefettura|mairie|ayuntamiento|comune|municipio|gemeente|stadhuis|urząd|urzędu|"
    r"embassy|botschaft|ambassade|embajada|ambasciata|ambasada|ambasady|consulate|konsulat|"
    r"consulat|consulado|consolato|consulaat|hospital|krankenhaus|klinikum|hôpital|"
    r"ospedale|ziekenhuis|szpital|university|universität|université|universidad|"
    r"università|universiteit|uniwersytet|library|bibliothek|bibliothèque|biblioteca|"
    r"bibliotheek|biblioteka|police|polizei|policía|polizia|politie|policja|town\s+hall|"
    r"city\s+hall|post\s+office|postamt|la\s+poste|correos|ufficio\s+postale|poczta)"
    r"(?:[ \t]+(?:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*|de|del|des|du|la|der|di|della|van|het|i|y))*"
    r"[ \t]*,[ \t]*$",
    re.IGNORECASE,
)


# A place's own slot after a locating word: "mieszkam w |Krakowie|", "I live in |Reading|",
# "adresse : |...|" (not "wir ziehen nächsten |Monat| nach Hamburg").
_POSTCODE_LABELS = frozenset({"UK_POSTCODE", "CA_POSTAL_CODE"})
_FIRST_WORD = re.compile(r"[^\W\d_]+\s+")
_LOCATING_WORD = re.compile(
    rf"(?<!\w)(?:{phrases(*LOCATING_WORDS.values())})(?!\w)", re.IGNORECASE
)
_AT_PLACE = re.compile(
    rf"(?<!\w)(?:{phrases(*LOCATING_WORDS.values())})(?!\w)[\s:,'’-]*"
    r"(?:(?:in|im|am|an|nach|aus|to|at|on|à|au|aux|en|de|a|al|da|di|del|della|naar|uit|"
    r"op|te|w|we|z|ze|do|na|ul\.?|the|der|die|dem|den|la|le|les|el)\s+|[dl]['’]\s*)?$",
    re.IGNORECASE,
)


_CUED_SCORE = 0.6
_LONE_INITIAL = re.compile(r"[^\W\d_]\.?")
# What a name the lexicon finds after a cue replaces: the model's reading of the same words.
_CUED_OVER = frozenset({PERSON, ORGANIZATION, LOCATION})
_NAME_LIKE = frozenset({PERSON, LOCATION, ORGANIZATION})
_PERSON_ONLY = frozenset({PERSON})
# Shapes of technical identifiers (a whole token, trailing punctuation stripped).
_TRAILING = ".,;:!?)]}'\"’"
_LEADING = "([{'\"‘"
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# The words of a token, camel case taken apart: "johnDoe" -> "john", "Doe".
_PARTS = re.compile(r"[A-Z]?[^\W\d_A-Z]+|[A-Z]+(?![^\W\d_A-Z])")
_JOINED = re.compile(r"[^\W\d_]{2,}(?:[-.][^\W\d_]{2,})+")
# Error and signal names in capitals: the platform's errno names ("ENOENT", "EADDRINUSE")
# and signals ("SIGSEGV", "SIGTERM", both from the standard library), and "E" + an ordinary
# word (npm's "ERESOLVE", "ELIFECYCLE"). Other words in capitals are as often a surname
# written the French way ("NGUYEN", "ERIKSSON").
ERROR_NAMES: frozenset[str] = frozenset(
    {*(n for n in dir(errno) if n.startswith("E")), *signal.Signals.__members__}
)
_ERROR_CODE = re.compile(r"E([A-Z]{4,})")
# The acronyms of the data fields a support chat talks about ("das Feld IBAN", "el campo
# IBAN está vacío"): written in capitals, the field's name, never a person's.
FIELD_ACRONYMS: frozenset[str] = frozenset({
    "IBAN", "BIC", "SWIFT", "RIB", "CCC", "NRB", "PIN", "PUK", "CVV", "CVC", "OTP", "TAN",
    "BLIK", "PESEL", "NIP", "REGON", "KRS", "BSN", "DNI", "NIE", "NIF", "CIF", "NIR", "SSN",
    "NINO", "NHS", "VAT", "IVA", "TVA", "BTW", "UST", "CPF", "CURP", "RFC", "IMEI", "ICCID",
    "SIM", "MAC", "URL", "PDF", "SMS", "QR", "ID", "KYC", "SEPA", "SCA", "3DS", "EAN",
    "GTIN", "EHIC", "GHIC", "EKUZ", "AHV", "AVS", "NSS", "RUT", "CUIT", "PPS", "SKU",
})  # fmt: skip
# Technical acronyms in capitals: file formats, protocols, hardware, standards ("JSON",
# "UUID", "CSV", "TLS", "SSO"); "URI" and "URL" are names too ("Uri"), so a cue before
# one keeps it ("my colleague URI"), as for every acronym; "GUI" is left out.
TECH_ACRONYMS: frozenset[str] = frozenset({
    "JSON", "UUID", "GUID", "HTML", "XML", "YAML", "CSV", "XLSX", "DOCX", "PNG", "JPEG",
    "JPG", "GIF", "SVG", "HTTP", "HTTPS", "API", "SDK", "SQL", "CSS", "DNS", "SSH", "FTP",
    "SFTP", "SMTP", "IMAP", "VPN", "USB", "HDMI", "CPU", "GPU", "SSD", "HDD", "BIOS", "UEFI",
    "NFC", "GPS", "LTE", "WLAN", "WIFI", "TLS", "SSL", "UTF", "ASCII", "MIME", "RSS", "ZIP",
    "EXE", "DLL", "APK", "JWT", "SSO", "SAML", "LDAP", "CRM", "ERP", "FAQ", "PWA", "CLI",
    "IDE", "OCR", "CAPTCHA", "CSRF", "XSS", "CORS", "SOAP", "DSGVO", "GDPR", "RGPD", "RODO",
    "URI", "URL", "CC", "BCC", "IP", "TCP", "UDP", "VCS", "DHT",
    # the components of iCalendar and vCard files ("BEGIN:VEVENT", "END:VCARD")
    "VEVENT", "VCALENDAR", "VTODO", "VALARM", "VTIMEZONE", "VJOURNAL", "VCARD", "ICS",
})  # fmt: skip
_NAME_ACRONYMS: frozenset[str] = frozenset({"URI", "URL"})
_ACRONYMS = FIELD_ACRONYMS | TECH_ACRONYMS
# Technical products, formats and protocols written in mixed case or with a digit
# ("YubiKey", "Markdown", "jQuery", "WebAuthn", "POP3"), matched folded ("Yubikey",
# "JQuery"): the name of a thing a support chat talks about, no name of any list
# (`tests/detection/test_clean_chat_v5_classes.py` checks it against the lexicon).
TECH_NAMES: frozenset[str] = frozenset({
    "YubiKey", "Markdown", "jQuery", "WebAuthn", "JavaScript", "TypeScript", "GitHub",
    "GitLab", "WordPress", "PowerPoint", "OneDrive", "SharePoint", "Dropbox", "WhatsApp",
    "LaTeX", "OAuth", "OpenID", "FIDO2", "TOTP", "HOTP", "POP3", "IMAP4", "MP3", "MP4",
    "IPv4", "IPv6", "HTML5", "WPA2", "WPA3", "USB-C", "Wi-Fi", "Bluetooth", "Ethernet",
    "Traceback",  # Python's header of a stack trace: "Traceback (most recent call last)"
})  # fmt: skip
_TECH_FOLDED: frozenset[str] = frozenset(fold(n) for n in TECH_NAMES)


def _technical(part: str) -> bool:
    """Whether `part` is an acronym of `_ACRONYMS` or a product of `TECH_NAMES`."""
    return part in _ACRONYMS or fold(part) in _TECH_FOLDED


_FIELD_PARTS = re.compile(r"[^\s\-/]+")


def field_phrase(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` (whole words) names a data field: a field's acronym in
    capitals (or a technical one, `TECH_ACRONYMS`) with ordinary words around it ("Feld
    IBAN", "IBAN-veld", "JSON-bestand"), or with words
    written in lowercase that are words (`Lexicon.lowercase_word`: "karty EKUZ"), names
    that are frequent words too ("IVA mal") or particles ("van het IBAN-veld"); no name
    written with a capital or unknown word among them ("IBAN Anna", "IBAN kowalska")."""
    start, end = whole_words(text, start, end)
    parts: list[tuple[str, bool]] = []  # (part, glued by a hyphen to a technical part)
    for token in text[start:end].split():
        pieces = [p.strip(_TRAILING).lstrip(_LEADING) for p in _FIELD_PARTS.findall(token)]
        pieces = [p for p in pieces if p]
        glued = "-" in token and len(pieces) > 1 and any(_technical(p) for p in pieces)
        parts.extend((p, glued) for p in pieces)
    if not any(_technical(p) for p, _ in parts):
        return False
    return all(
        _technical(p)
        or lexicon.is_ordinary(p)
        or (
            p.islower()
            and (
                fold(p) in PARTICLES
                or lexicon.lowercase_word(p)
                or fold(p) in lexicon.names_also_words
            )
        )
        # "|De YubiKey| kon niet": an article opening the sentence
        or (k == 0 and fold(p) in DETERMINERS | PARTICLES and sentence_start(text, start))
        # "Die |Kurz-URL|": a word (a surname too) in a compound with an acronym
        or (glued and fold(p) in lexicon.names_also_words and fold(p) not in lexicon.first_names)
        for k, (p, glued) in enumerate(parts)
    )


def identifier_token(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the token (run of non-space characters, outer punctuation stripped) around
    `text[start:end]` is a technical identifier rather than a name:

    - camel case, inner capitals twice or after a lowercase start ("CrashLoopBackOff",
      "getUserById"; not "McDonald"), unless it starts with a known name ("johnDoe");
    - an error or signal name in capitals, in a text not written in capitals: the
      standard library's errno and signal names ("ENOENT", "SIGSEGV") or "E" + an
      ordinary word ("ERESOLVE"); not any word in capitals ("NGUYEN", "ERIKSSON");
    - lowercase parts joined by "-" or "." in a text that uses capitals
      ("docker-compose", "postgresql.conf");
    - the acronym of a data field in capitals ("IBAN", "PESEL": `FIELD_ACRONYMS`) or a
      technical one ("JSON", "UUID": `TECH_ACRONYMS`).

    Never a token with digits or "_" ("trely1962", "anna_k": a user name is personal
    too), nor, outside camel case, one with a known first name, surname or place in it
    ("JOHN", "DUPONT", "jean-pierre", "anna.kowalska")."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end].rstrip(_TRAILING).lstrip(_LEADING)
    if _technical(token):
        return True
    if len(token) < 3 or not has_letter(token) or "_" in token:
        return False
    if any(c.isdigit() for c in token):
        return False
    parts = [fold(part) for part in _PARTS.findall(token)]
    inner = len(_INNER_CAPITAL.findall(token))
    if inner >= 2 or (inner and token[0].islower()):
        # camel case: a user name when it starts with a name ("johnDoe", "annaNowak88")
        return not any(len(p) > 2 and p in lexicon.names for p in parts[:2])
    if any(p in lexicon.names or p in lexicon.places for p in parts if len(p) > 1):
        return False  # "JOHN", "jean-pierre", "anna.kowalska"
    if token in ERROR_NAMES or _error_code(token, lexicon):
        return any(c.islower() for c in text)  # not a text in capitals
    if _JOINED.fullmatch(token) is not None and token.islower():
        return uses_capitals(text)
    return False


def _grow(
    text: str,
    out: list[Span | None],
    owners: dict[int, set[int]],
    i: int,
    bounds: tuple[int, int],
) -> None:
    """Grow the PERSON `out[i]` to `bounds`, taking in (setting to None) the other PERSON
    spans wholly inside, and the model's firm or place that is the part of a double name
    after or before its hyphen (`_hyphen_piece`: "Hélène Dubois|-Marchand|"); unless a span
    of another kind, or one that reaches out of `bounds`, is there. `owners` maps each
    character to the spans over it."""
    span = out[i]
    start, end = bounds
    inside = {k for c in range(start, end) for k in owners.get(c, ())} - {i}
    others = [out[k] for k in inside]
    if (
        span is None
        or span.label != PERSON
        or any(
            other is None
            or (other.label != PERSON and not _hyphen_piece(text, span, other))
            or other.start < start
            or other.end > end
            for other in others
        )
    ):
        return
    out[i] = Span(start, end, PERSON, span.score, span.source)
    for k in inside:
        out[k] = None
    for c in range(start, end):
        owners[c] = {i}


def _error_code(token: str, lexicon: Lexicon) -> bool:
    match = _ERROR_CODE.fullmatch(token)
    return match is not None and lexicon.is_ordinary(match[1].lower())


# A street named after someone: the street word right before the name ("przy ulicy
# Mickiewicza", "rue Victor Hugo", "calle Alfonso XII", "in via Garibaldi"; "via" only
# after a preposition: "I got it via Anna" is a person).
_STREET_WORD = (
    r"(?:ul\.|ulica|ulicy|ulicę|ulicą|al\.|aleja|alei|aleje|alejach|plac|placu|os\.|osiedle|"
    r"osiedlu|rue|avenue|av\.|boulevard|bd|allée|quai|impasse|chemin|calle|c/|avenida|avda\.|"
    r"paseo|"
    r"plaza|viale|corso|piazza|piazzale|vicolo|(?<=in\s)via|(?<=di\s)via|(?<=da\s)via|"
    r"(?<=su\s)via|(?<=per\s)via|(?<=della\s)via|(?<=nella\s)via|(?<=alla\s)via|"
    r"(?<=dalla\s)via|(?<=sulla\s)via)"
)
_STREET_BEFORE = re.compile(
    rf"(?<![^\W\d_]){_STREET_WORD}(?:\s+(?:des|de|du|de\s+la|del|della|di|dei))?\s+$",
    re.IGNORECASE,
)
_STREET_AT = re.compile(rf"{_STREET_WORD}\s", re.IGNORECASE)
# The house number before a street word, as French and Spanish write it ("|3| impasse
# Fleurie", "12 bis rue des Lilas").
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w,./-])\d{1,4}(?:\s?(?:bis|ter|[a-zA-Z]))?,?\s+$")
_HOUSE_NUMBER = re.compile(r"\s+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?(?![\w/.,:]\d|\w)")


def _street_bounds(text: str, span: Span) -> tuple[int, int] | None:
    """The bounds of the street the span names, the street word before it and a house
    number after it included ("ulicy |Mickiewicza|", "ul. |Mickiewicza| 5"), or None. Only
    a capitalised name after a street word: a street the model took for a person with the
    street word inside its span or after it ("vicolo paloma", "Jesionowa street"), or in
    lowercase ("piazza ciani"), is left as it was found."""
    if not text[span.start].isupper():
        return None  # "piazza ciani": in lowercase the model's guess stands
    before = _STREET_BEFORE.search(text, max(0, span.start - 16), span.start)
    if before is None:
        return None
    number = _HOUSE_NUMBER.match(text, span.end)  # "ulicy Mickiewicza| 7": the address goes on
    return before.start(), number.end() if number is not None else span.end


# One or two of a surname's particles between two names: "noor| de |haan", "jan| van der
# |berg" (the model cut the name at its particles).
_PARTICLE_GAP = re.compile(
    r"[ \t]+(?:(?:van|von|de|der|den|ter|ten|di|da|del|della|du|des|la|le|dos|do)[ \t]+){1,2}"
    # the Arabic and Berber particles, written capitalised too ("Yasmina| El |Amrani",
    # "Karim| ben |Salah", "Omar| Ould |Ahmed")
    r"|[ \t]+(?:[Ee]l|[Aa]l|[Bb]en|[Bb]in|[Ii]bn|[Aa]bu|[Oo]uld|[Aa][iï]t|[Bb]int)[ \t]+"
    r"|-"  # or the hyphen of a double-barrelled surname ("Dupont|-|Aignan")
    # or an elided particle ("FRANCESCA| D'|AMBROSIO", "Paolo| dell'|Acqua")
    r"|[ \t]+(?i:d|dell|dall|degl|del)['’]"
)
_SURNAME_COMMA = re.compile(r",[ \t]+")


def _ordinary_tail(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]`, after a name that ends at `start`, is only lowercase
    words the model ran the name into ("titulaire Jean |Descamps| svp"): no particle, and
    ordinary words unless the name is capitalised; or, after the line the name ends, only
    ordinary words of any case ("t.n.v. Jeroen |Kuipers\nDank|": a greeting's line)."""
    words = words_of(text[start:end])
    if words and text[start:end].lstrip(" \t")[:1] in ("\n", "\r"):
        return all(fold(w) not in PARTICLES and lexicon.is_ordinary(w) for w in words)
    cased = text[start - 1 : start].isalpha() and words_of(text[:start])[-1][:1].isupper()
    return bool(words) and all(
        w.islower() and fold(w) not in PARTICLES and (cased or lexicon.is_ordinary(w))
        for w in words
    )


def _hyphen_piece(text: str, name: Span | None, piece: Span) -> bool:
    """Whether `piece`, a model's firm or place, is the part of a double name after or
    before `name`'s hyphen ("Dubois|-Marchand|", "|García-|Pelayo")."""
    if name is None or piece.label not in (ORGANIZATION, LOCATION):
        return False
    if piece.source in TRUSTED_SOURCES or "-" not in text[piece.start : piece.end + 1]:
        return False
    gap = text[name.end : piece.start] if piece.start >= name.end else text[piece.end : name.start]
    return gap in ("", "-") and len(_WORD_RUN.findall(text, piece.start, piece.end)) == 1


def _surname_first(text: str, left: Span, right: Span) -> bool:
    """Whether two names are one written surname first, as forms and bookings write it: a
    surname in capitals, a comma, the given names capitalised ("OKAFOR|, |Emeka", "ROSSI|,
    |Maria Grazia"), in a text that is not all capitals (a list of names in capitals is
    no such pair)."""
    surname, given = text[left.start : left.end], text[right.start : right.end]
    return (
        _SURNAME_COMMA.fullmatch(text, left.end, right.start) is not None
        and surname.isupper()
        and sum(c.isalpha() for c in surname) >= 2
        and given[:1].isupper()
        and not given.isupper()
    )


def _joined_over_particles(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with two PERSON spans that only a surname's particles part joined into one
    ("noor| de |haan", "FRANCESCA| D'|AMBROSIO"), or a surname in capitals and the given
    name after its comma (`_surname_first`): one name, both sides masked already."""
    order = sorted(range(len(spans)), key=lambda k: spans[k].start)
    merged: dict[int, Span] = {}
    gone: set[int] = set()
    last: int | None = None
    for k in order:
        span = spans[k]
        if span.label != PERSON or span.source in TRUSTED_SOURCES:
            last = None
            continue
        left = merged.get(last, spans[last]) if last is not None else None
        if (
            last is not None
            and left is not None
            and (
                _PARTICLE_GAP.fullmatch(text, left.end, span.start) is not None
                or _surname_first(text, left, span)
            )
        ):
            merged[last] = Span(left.start, span.end, PERSON, left.score, left.source)
            gone.add(k)
            continue
        last = k
    if not gone:
        return spans
    return [merged.get(k, s) for k, s in enumerate(spans) if k not in gone]


# A postcode and its town right after an address's street and number: ", 2011 CW Haarlem",
# " 10115 Berlin", ", 00-950 Warszawa", or on the next line of a signature.
_POSTCODE_TOWN_AFTER = re.compile(
    r"[ \t]*,?[ \t]*\n?[ \t]*(?:\d{4}[ \t]?[A-Z]{2}|\d{5}|\d{4}|\d{2}-\d{3})[ \t]+"
    r"(?P<town>[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?)"
    r"(?:[ \t]+(?:aan[ \t]+den|am|an[ \t]+der|sur|de|del)[ \t]+[A-ZÀ-Ý][^\W\d_]+)?"
)


def _overlaps_any(spans: Sequence[Span], span: Span, end: int) -> bool:
    """Whether another span lies between `span.end` and `end`."""
    return any(o is not span and o.start < end and span.end < o.end for o in spans)


def _street_words_in(
    text: str,
    spans: Sequence[Span],
    keep: list[bool],
    out: dict[int, Span],
    lexicon: Lexicon,
) -> None:
    """Every kept address grown back over the street word right before it, which the model
    left out ("mieszkam na ulicy |Kościuszki 52, 50-038 Wrocław|"): the street word is
    part of the address it names (`_STREET_BEFORE`); over the house number before a
    street word it starts with ("3 |impasse Fleurie, ...|": `_HOUSE_NUMBER_BEFORE`); and
    over the postcode and town after its street and number (`_POSTCODE_TOWN_AFTER`)."""
    kept = [s for k, s in enumerate(spans) if keep[k]]
    for i, span in enumerate(spans):
        if not keep[i] or span.label != LOCATION or span.source in TRUSTED_SOURCES:
            continue
        span = out.get(i, span)
        if span.label != LOCATION:
            continue
        before = _STREET_BEFORE.search(text, max(0, span.start - 24), span.start)
        start = span.start if before is None else before.start()
        if _STREET_AT.match(text, start):
            number = _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 12), start)
            start = start if number is None else number.start()
        # an address holds a number (a house number, a postcode): "rue des Lilas" alone
        # is a street anyone may name
        if start != span.start and _NUMBER.search(text, start, span.end):
            out[i] = span = Span(start, span.end, LOCATION, span.score, span.source)
        # the postcode and town the model left after a street and its number ("Herenstraat
        # 17A|, 2011 CW Haarlem|"): one address
        tail = _POSTCODE_TOWN_AFTER.match(text, span.end)
        if (
            tail is not None
            and _STREET.search(text, span.start, span.end)
            and _NUMBER.search(text, span.start, span.end)
            and not _overlaps_any(kept, span, tail.end())
            and not lexicon.is_ordinary(tail["town"])
        ):
            out[i] = Span(span.start, tail.end(), LOCATION, span.score, span.source)


def _calendar_or_article(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is inside a holiday ("Jueves Santo", "Kerst", "Oud" of "Oud en
    Nieuw": `HOLIDAYS`; not one word that is a first name too: "prévenir Noël", "Natale")
    or is a lowercase word elided before an apostrophe ("dell" of "dell'Inter":
    `_ELIDED`), after no cue for a person. Not the same rule as `_holiday` (the last
    step, on the built `holiday_names`): a phrase of the hand list with a first name in
    it ("el |Jueves Santo| y el día de Reyes") is a holiday here, where `_holiday` reads
    it as a first name (`_holiday_kind` "named") and keeps it; folding the two into one
    moves that row of `test_holidays_and_elided_articles_are_no_names`."""
    start, end = whole_words(text, span.start, span.end)
    value = text[start:end]
    if value in _ELIDED and text[end : end + 1] in _APOSTROPHES:
        return not after_cue(text, start)
    words = words_of(value)
    if not all(fold(w) in _HOLIDAY_WORDS for w in words):
        return False  # most spans: no regex search at all
    if len(words) == 1 and (
        fold(words[0]) in lexicon.first_names
        or _WHEN.search(text, max(0, start - 16), start) is None
    ):
        return False  # one word: a holiday only where a time is said ("an Heiligabend")
    lo = max(0, start - 32)
    return any(
        m.start() <= start and end <= m.end() for m in _HOLIDAY.finditer(text, lo, end + 32)
    ) and not after_cue(text, start)


# A company's legal form: "GmbH", "Ltd", "S.r.l.", "Sp. z o.o.", "Pvt Ltd", "Ltd. Şti.",
# "S.A. de C.V.". Forms of one's own business (the German "e.K.", the Italian "ditta
# individuale") are left out: a sole trader's business name is their own.
_LEGAL_FORM = (
    r"(?:GmbH(?:\s?&\s?Co\.?\s?KG)?|AG|KGaA|KG|OHG|UG|Ltd\.?(?:\s+Şti\.?)?|Limited|LLC"
    r"|L\.L\.C\.|Inc\.?|Corp\.?|PLC|plc|LLP|Ltda\.?|S\.A\.(?:\s+de\s+C\.V\.)?|SA|S\.L\.U?\.?"
    r"|S\.r\.l\.?|Srl|SRL|S\.p\.A\.?|SpA|B\.V\.?|BV|N\.V\.?|NV|Sp\.\s?z\s?o\.\s?o\.?"
    r"|S\.A\.S\.?|SAS|SARL|S\.à\s?r\.l\.?|Pty\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Co\.,?\s+Ltd\.?|A\.Ş\.?"
    r"|s\.r\.o\.|Kft\.?|Oy|AB|ApS|A/S)"
)
# The span's name runs on, in capitalised words, to a legal form ("Sol Nascente |Comércio
# Ltda|", "Carpathia |Logistic SRL|"), or ends with one; on its line (a signature's firm
# on the lines below a name is the person's employer: "Sanne de Boer\nAccountmanager\n
# Waterbedrijf Delfland B.V.").
_LEGAL_FORM_AFTER = re.compile(
    rf"(?:[ \t,.]*(?:[A-ZÀ-Þ][\w&'’-]*\.?[ \t]+){{0,3}}|[ \t,.]*){_LEGAL_FORM}(?![\w])"
    # the form ends the name: "AB Testing", "SA Express" are other words
    r"(?![ \t]+[A-ZÀ-Þ])"
)
_ENDS_WITH_LEGAL_FORM = re.compile(rf"(?<![\w])(?:{_LEGAL_FORM})[\s.,]*$")
# A company's name ends its line, or a separator follows it, before its address
# (`_company_address`).
_SEPARATORS = " \t·|•"
_COMPANY_LINE_BEFORE = re.compile(
    rf"(?<![\w]){_LEGAL_FORM}[ \t]*(?:\n|[·|•][ \t]*|,[ \t]*)$"
)
_COMPANY_BEFORE_ON_LINE = re.compile(rf"(?<![\w]){_LEGAL_FORM}[ \t]*[·|•,]")
_COMPANY_LINE_INSIDE = re.compile(rf"(?<![\w]){_LEGAL_FORM}[ \t]*(?:\n|[·|•])[ \t]*")


def _names_before_company_lines(text: str, spans: Sequence[Span]) -> Sequence[Span]:
    """The model's names that run over a line break into a company's line, cut at the
    break: "Olivia Hartley\n|Hartley| Photography Ltd" is a person's name on its own line
    above the firm's (a sole trader's firm may carry the surname). A full name only (two
    words at least): "Brightwell\nPhotography Ltd" is one firm's name over two lines."""
    out: list[Span] | None = None
    for k, span in enumerate(spans):
        if span.label != PERSON or span.source in TRUSTED_SOURCES:
            continue
        brk = text.find("\n", span.start, span.end)
        if brk < 0 or _LEGAL_FORM_AFTER.match(text, span.end) is None:
            continue
        name = text[span.start : brk].rstrip()
        if len(_WORD_RUN.findall(name)) < 2:
            continue
        if out is None:
            out = list(spans)
        out[k] = Span(span.start, span.start + len(name), PERSON, span.score, span.source)
    return spans if out is None else out


def _company(text: str, span: Span) -> bool:
    """Whether the name is a company's: it ends with a legal form ("Alimentari Rossi
    S.r.l.", "Translog Sp. z o.o.") or runs on to one ("Anadolu Gıda| Ltd. Şti."). A company
    is no person; its name is printed on its invoices. After a cue for a person
    ("Kontoinhaber Arnd Oderwald GmbH & Co") the name is one's own firm's: it stays."""
    if after_cue(text, span.start):
        return False
    if _ENDS_WITH_LEGAL_FORM.search(text, span.start, span.end):
        return True
    return _LEGAL_FORM_AFTER.match(text, span.end) is not None


def _team(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is a team in a fixture: on either side of "vs", "gegen", "contro",
    ... ("Arsenal vs |Chelsea|"), the other side capitalised and no known name ("Anna vs
    Marta", "das Spiel Müller gegen Schmidt", "ich spiele gegen Anna" are people), with a
    word for a match, its tickets or its broadcast near ("match", "Spiel", "partita",
    "wedstrijd", "mecz", "streamed", ...), after no cue for a person; or either side of a
    result ("Arsenal won 3-1 against |Chelsea|", "Ajax won met 3-1 van |Feyenoord|"), the
    other side no known name ("Anna won 6-4 against Marta" are people)."""
    start, end = whole_words(text, span.start, span.end)
    for result in _SCORE_FIXTURE.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        for mine, theirs in ((1, 2), (2, 1)):
            if (
                result.start(mine) < end
                and start < result.end(mine)
                and fold(result[theirs]) not in lexicon.names
                and not after_cue(text, start)
            ):
                return True  # "Arsenal won 3-1 against |Chelsea|"
    other = _FIXTURE_AFTER.match(text, span.end) or _FIXTURE_BEFORE.search(
        text, max(0, span.start - 24), span.start
    )
    if other is None or not other[1][0].isupper() or fold(other[1]) in lexicon.names:
        return False
    lo, hi = max(0, span.start - _FIXTURE_WINDOW), span.end + _FIXTURE_WINDOW
    return _MATCH_WORD.search(text, lo, hi) is not None and not after_cue(text, span.start)


def _role_compound(key: str, lexicon: Lexicon) -> bool:
    """Whether the folded word is a German or Dutch compound naming a role: one of
    `ROLE_HEADS` after an ordinary word of three letters or more, maybe with a joining
    letter ("kunden|betreuer", "filial(e)|leiterin", "bedrijf(s)|leider"), and no name."""
    for head in _ROLE_HEADS:
        if key.endswith(head) and len(key) - len(head) >= 3 and key not in lexicon.names:
            first = key[: -len(head)]
            forms = {first, first + "e", first + "n", first[:-1] if first[-1] in "sn" else first}
            return any(len(f) >= 3 and lexicon.is_ordinary(f) for f in forms)
    return False


def _lone_model_names(text: str, spans: Sequence[Span], keep: list[bool]) -> Iterator[int]:
    """Indexes of the kept names and organisations a recognizer did not vouch for that
    touch no other name or place (the spans the word-list rules may judge)."""
    named = [s for s in spans if s.label in (PERSON, LOCATION, ORGANIZATION)]
    edges = ({s.end for s in named}, {s.start for s in named})
    for i, span in enumerate(spans):
        if (
            keep[i]
            and span.label in (PERSON, ORGANIZATION)
            and span.source not in TRUSTED_SOURCES
            and not _touches_another(text, span, edges)
        ):
            yield i


def _touching_model_names(text: str, spans: Sequence[Span], keep: list[bool]) -> list[list[int]]:
    """Groups (two or more, in text order) of kept names and organisations a recognizer
    did not vouch for, each touching the next (`_touches_another`'s joints), with no
    other name or place touching the group; places only written in lowercase in a text
    that uses capitals."""
    named = sorted(
        (i for i, s in enumerate(spans) if s.label in (PERSON, LOCATION, ORGANIZATION)),
        key=lambda i: spans[i].start,
    )
    groups: list[list[int]] = []
    run: list[int] = []
    for i in named:
        if run and not _joined(text, spans[run[-1]], spans[i]):
            groups.append(run)
            run = []
        run.append(i)
    groups.append(run)
    # a "place" written in lowercase in a text that uses capitals may join the group: the
    # model took two lowercase words for a name and a place ("è |arrivato| |danneggiato|")
    lowercase = uses_capitals(text)
    return [
        g
        for g in groups
        if len(g) > 1
        and all(
            keep[i]
            and spans[i].source not in TRUSTED_SOURCES
            and (
                spans[i].label != LOCATION
                or (lowercase and text[spans[i].start : spans[i].end].islower())
            )
            for i in g
        )
    ]


def _joined(text: str, left: Span, right: Span) -> bool:
    return right.start == left.end or (right.start == left.end + 1 and text[left.end] in _JOINT)


def _touches_another(text: str, span: Span, edges: tuple[set[int], set[int]]) -> bool:
    """Whether another span of a name or place sits right next to `span` (one space or
    hyphen between): the model cut one name in two ("Kędzierzyn-|Koźle"). `edges` are the
    ends and the starts of those spans."""
    ends, starts = edges
    return (
        span.start in ends
        or (span.start - 1 in ends and text[span.start - 1] in _JOINT)
        or span.end in starts
        or (span.end + 1 in starts and text[span.end : span.end + 1] in _JOINT)
    )


_JOINT = frozenset(" \t-")


def _organisation_of_words(text: str, span: Span) -> bool:
    """Whether an organisation may be made of ordinary words, as names of firms often are
    ("Deutsche Bahn", "Wolters Kluwer"): several words apart, one of them capitalised in a
    text that uses capitals. Not a lowercase phrase in such a text ("een kopie van mijn
    contract") nor one compound ("Kundenservice-Team"): those are judged as words."""
    value = text[span.start : span.end]
    if len(value.split()) < 2:
        return False
    return not uses_capitals(text) or any(w[0].isupper() for w in words_of(value))


def _at_place(text: str, span: Span) -> bool:
    """Whether `span` stands where a locating word puts a place (then an ordinary word may
    be a town: "I live in Reading", "mieszkam w Krakowie"), or a street word does
    ("os. |Piastowskie| 23/4": a street named by an ordinary word)."""
    return (
        _AT_PLACE.search(text[max(0, span.start - _WINDOW) : span.start]) is not None
        or _LOCATING_AFTER.match(text[span.end : span.end + 40]) is not None
        or _STREET_BEFORE.search(text, max(0, span.start - 16), span.start) is not None
    )


_VERSION = re.compile(r"\d\.\d")
# A clothing size after its word: "Größe M.", "en taille M", "talla XL", "w rozmiarze M".
_SIZE = re.compile(
    r"(?<![^\W\d_])(?:size|größe|grösse|groesse|taille|talla|taglia|maat|rozmiar[^\W\d_]*)"
    r"\s+(?:X{0,3}[SL]|M|XXL|\d{2})\.?(?![^\W\d_])",
    re.IGNORECASE,
)
# The letters of a reference number glued to its digits: "FV/11/2024", "INV-2024-001".
_REFERENCE_LETTERS = re.compile(r"(?<![^\W\d_])[A-Z]{2,5}$")
_REFERENCE_DIGITS = re.compile(r"[/-]\d")


# Articles and possessives of the seven languages: a word after one is a noun, not a name
# ("sulla lavatrice", "wasza infolinia"). Not "to", "ta", "ten" (Polish "czy to anna?").
DETERMINERS: frozenset[str] = frozenset({
    "the", "a", "an", "my", "your", "our", "their", "its", "this", "these", "those",
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer",
    "eines", "mein", "meine", "meinen", "meinem", "meiner", "dein", "deine", "unser",
    "unsere", "euer", "eure", "le", "la", "les", "un", "une", "du", "au", "aux", "mon",
    "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
    "leur", "leurs", "ce", "cet", "cette", "ces", "el", "los", "las", "una", "unos", "unas",
    "del", "al", "mi", "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "vuestro",
    "vuestra", "este", "esta", "il", "lo", "gli", "uno", "dello", "della", "dei", "degli",
    "delle", "allo", "alla", "ai", "agli", "alle", "nel", "nello", "nella", "nei", "negli",
    "nelle", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "dal", "dallo", "dalla",
    "mio", "mia", "miei", "mie", "tuo", "tua", "suo", "sua", "nostro", "nostra", "vostro",
    "vostra", "questo", "questa", "het", "een", "mijn", "jouw", "uw", "onze", "ons", "hun",
    "deze", "dit", "moj", "moja", "moje", "twoj", "twoja", "twoje", "wasz", "wasza",
    "wasze", "nasz", "nasza", "nasze",
})  # fmt: skip
# Possessives of three letters or more: a phrase opened by one is no name, in capitals or
# not ("wasza infolinia", "my order"); "ma", "mi", "su" are surnames too ("Ma Long").
POSSESSIVES: frozenset[str] = frozenset({
    "my", "your", "our", "their", "mein", "meine", "meinen", "meinem", "meiner", "dein",
    "deine", "unser", "unsere", "euer", "eure", "notre", "nos", "votre", "vos", "leur",
    "leurs", "nuestro", "nuestra", "vuestro", "vuestra", "mio", "mia", "tuo", "tua", "suo",
    "sua", "nostro", "nostra", "vostro", "vostra", "mijn", "jouw", "onze", "moj", "moja",
    "moje", "twoj", "twoja", "twoje", "wasz", "wasza", "wasze", "nasz", "nasza", "nasze",
})  # fmt: skip
# Auxiliaries and copulas of the seven languages written in lowercase: the lowercase word
# after one is a participle or an adjective ("la password è |scaduto|", "est |grisé|",
# "wurde |abgebucht|"), not a name, unless it is a first name ("c'est marie", "sono anna")
# or a word for a name comes before it ("il mio cognome è rossi": `_NAME_WORD`).
AUXILIARIES: frozenset[str] = frozenset({
    "is", "was", "are", "were", "has", "have", "had", "been", "ist", "war", "sind", "wurde",
    "wird", "wurden", "hat", "habe", "hatte", "est", "était", "ai", "été", "sont", "es",
    "está", "fue", "ha", "han", "he", "era", "estaba", "è", "é", "ho", "stato", "stata",
    "zijn", "werd", "wordt", "heeft", "heb", "jest", "był", "była", "było", "został",
    "została", "zostało", "są",
})  # fmt: skip
# The passive's own participles ("été", "stato", "sido", "worden", "został"): the word after
# one is a participle, even one that is a first name too ("ont été |marqués|").
PASSIVE_PARTICIPLES: frozenset[str] = frozenset({
    "been", "geworden", "worden", "été", "sido", "stato", "stata", "stati", "state",
    "został", "została", "zostało", "zostały", "zostali",
})  # fmt: skip
_NAME_WORD = re.compile(
    r"(?<![^\W\d_])(?:names?|surname|nom|prénom|nombre|apellido|nome|cognome|naam|"
    r"achternaam|voornaam|nazwisko|imię|nachname|vorname|owner|holder|inhaber|titulaire|"
    r"titular|titolare|intestat\w*|houder|właściciel\w*|posiadacz\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


_NAME_WORD_REACH = 80


_LABEL_EDGES = " \t*-#>\"'"


def _name_field_label(text: str, span: Span) -> bool:
    """Whether `span` lies in the label of a field for a person's name: the line's words
    before a colon after it ("|Nome e| cognome: ____", the model's piece of the label) or a
    quoted attribute (placeholder="|Imię| i nazwisko"), or is one itself."""
    line_start, line_end = line_at(text, span.start)[0], line_at(text, span.end)[1]
    colon = text.find(":", span.end, line_end)
    if colon >= 0 and names_a_name_field(text[line_start:colon].strip(_LABEL_EDGES)):
        return True
    opening = text.rfind('"', line_start, span.start)
    closing = text.find('"', span.end, line_end)
    if opening >= 0 and closing >= 0 and names_a_name_field(text[opening + 1 : closing]):
        return True
    return names_a_name_field(text[span.start : span.end])


def _common_word_of_the_text(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is one to three words in lowercase, in a text that uses capitals,
    each one of the commonest words of the language the text is written in
    (`Lexicon.language_of`, `Lexicon.top_word`), a frequent word of that language that is
    no name of its own (`Lexicon.common_word`: "Non modificare questo |campo|", "Podane
    |dane| zostaną usunięte"; not "marie" in French, "jan" in Dutch, nor after a word for
    a name: "il mio cognome è campo") or a word written in
    lowercase (`Lexicon.lowercase_word`): words there even when one is a first name too
    ("groter zijn |dan| het einde", "parecerlo |pero| es", "Ho |già aperto| la
    segnalazione"). Not in a text of another language ("I talked to |ben| yesterday"), not
    beside a capitalised known name ("mit |dan| Schmidt"), not after a cue. A pronoun
    glued by a hyphen to a verb before it is one in any text ("L'agence est-|elle|
    ouverte")."""
    start, end = whole_words(text, span.start, span.end)
    value = text[start:end]
    words = words_of(value)
    if not words or len(words) > 3 or not value.islower() or any(c.isdigit() for c in value):
        return False
    if after_cue(text, start):
        return False
    glued = _GLUED_VERB.search(text, max(0, start - 24), start)
    if (
        glued is not None
        and len(words) == 1
        and any(
            lexicon.top_word(glued[1], language) and lexicon.top_word(value, language)
            for language in LANGUAGES
        )
    ):
        return True
    if not uses_capitals(text):
        return False
    language = lexicon.language_of(text, start, end)
    if language is None or not any(lexicon.common_word(w, language) for w in words):
        return False
    if not all(lexicon.common_word(w, language) or lexicon.lowercase_word(w) for w in words):
        return False
    if not all(lexicon.top_word(w, language) or lexicon.lowercase_word(w) for w in words) and (
        _NAME_WORD.search(text, max(0, start - _NAME_WORD_REACH), start) is not None
    ):
        return False  # "il mio cognome è |campo|": a frequent word where a name is asked
    before = _PREVIOUS_WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _NEXT_NAME_WORD.match(text, end)
    return not any(
        m is not None
        and m[1][0].isupper()
        and fold(m[1]) in lexicon.names
        and not lexicon.top_word(m[1], language)  # "|Ho| già aperto": a sentence's start
        for m in (before, after)
    )


# Demonstrative pronouns and determiners by language: one opening a sentence, before a
# lowercase word, is the sentence's subject or determiner ("|Esta| es la lista", "|Ceci|
# est la liste"), though "Esta" and "Ceci" are first names too.
DEMONSTRATIVES: dict[str, frozenset[str]] = {
    "en": frozenset({"this", "that", "these", "those"}),
    "de": frozenset({"dies", "diese", "dieser", "dieses", "das"}),
    "fr": frozenset({"ceci", "cela", "ce", "cet", "cette", "ces"}),
    "es": frozenset({"esta", "este", "esto", "estas", "estos", "esa", "ese", "eso"}),
    "it": frozenset({"questo", "questa", "questi", "queste", "quello", "quella"}),
    "nl": frozenset({"deze", "dit", "dat", "die"}),
    "pl": frozenset({"ten", "ta", "to", "te", "tego", "tej"}),
}
_NEXT_LETTER = re.compile(r"[ \t]+([^\W\d_])")


def _demonstrative_opening(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is one capitalised word opening a sentence, a demonstrative of the
    language the rest of the text is written in (`DEMONSTRATIVES`, `Lexicon.language_of`),
    with a lowercase word after it: "|Esta| es la lista", "|Ceci| est la liste". Not in
    a text of another language ("Ceci called me"), not a span of more words ("Esta
    Martínez"), not inside a sentence ("Mañana viene Esta")."""
    start, end = whole_words(text, span.start, span.end)
    value = text[start:end]
    if not (value.isalpha() and value[0].isupper() and value[1:].islower()):
        return False
    after = _NEXT_LETTER.match(text, end)
    if not sentence_start(text, start) or after is None or not after[1].islower():
        return False
    language = lexicon.language_of(text, start, end)
    return language is not None and value.casefold() in DEMONSTRATIVES[language]


# The words for a control of a screen (a button, a tab, a menu) in the seven languages
# ("tab" is a first name too: left out):
# the capitalised words right before or after one are its label ("il bottone |Marca|",
# "the |Save| button"), never a first name of the lists (tested).
CONTROL_WORDS: frozenset[str] = frozenset({
    "button", "buttons", "menu", "icon",
    "schaltfläche", "knopf", "taste", "reiter", "menü", "symbol",
    "bouton", "onglet", "icône",
    "botón", "boton", "pestaña", "menú", "icono",
    "bottone", "pulsante", "tasto", "scheda", "icona",
    "knop", "tabblad", "pictogram",
    "przycisk", "przycisku", "zakładka", "zakładkę", "ikona", "ikonę",
})  # fmt: skip
_CONTROL_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t]+[\"'“„«‘]?$")
_CONTROL_AFTER = re.compile(r"[\"'”“»’]?[ \t-]+([^\W\d_]+)")
_MAX_LABEL_WORDS = 3


def _control_label(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is the label of a control: one to three words, the first
    capitalised, none a first name of the lists, right after a word for a control
    (`CONTROL_WORDS`: "Clicca sul bottone |Marca|", "el botón |Marca Blanca|") or right
    before one ("Click the |Marca| button", "de |Opslaan|-knop"). A first name there
    stays ("El botón |Ana| lo rompió"); so does a name after a cue."""
    start, end = whole_words(text, span.start, span.end)
    words = words_of(text[start:end])
    if not words or len(words) > _MAX_LABEL_WORDS or not words[0][0].isupper():
        return False
    if any(fold(w) in lexicon.first_names for w in words) or after_cue(text, start):
        return False
    before = _CONTROL_BEFORE.search(text, max(0, start - 24), start)
    after = _CONTROL_AFTER.match(text, end)
    return any(m is not None and m[1].casefold() in CONTROL_WORDS for m in (before, after))


_CAPITALS_AFTER = re.compile(r"[ \t]+([^\W\d_]{2,})(?![\w-])")


def _label_before_capitals(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is one capitalised word the lists hold as a word only
    (`Lexicon.lowercase_word`: in no name list) right before one of the commonest words
    of the text's language written in capitals: the name of a folder or a screen written
    as the software writes it ("controleer je |Postvak| IN"). A name of the lists there
    stays ("Ik heb |Bakker| IN het kantoor gezien")."""
    start, end = whole_words(text, span.start, span.end)
    value = text[start:end]
    if not (value.isalpha() and value[0].isupper() and value[1:].islower()):
        return False
    if fold(value) in lexicon.names or not lexicon.lowercase_word(value.lower()):
        return False
    after = _CAPITALS_AFTER.match(text, end)
    if after is None or not after[1].isupper():
        return False
    language = lexicon.language_of(text, start, end)
    return language is not None and lexicon.top_word(after[1], language)


# "and" and "or" in the seven languages (not the English "of", the Dutch "en": "Bank of
# X", "en" is French "in" too).
COORDINATORS: frozenset[str] = frozenset({
    "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "od", "lub", "albo", "czy", "i",
})  # fmt: skip
_COORDINATED = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+$")


def _coordinated_with_word(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is one to three words, none a name of the lists, right after a
    capitalised ordinary word and "and" or "or" (`COORDINATORS`): a thing of the kind that
    word is, written the same way ("Euro ou |Petrodollar|", "Importar o |Exportar
    productos|"). A known name there stays ("Papa oder |Anna|", "Mama und |Kowalczyk|"),
    and so does any word beside a name ("Anna oder |Petrodollar|") or after a cue ("Herrn
    oder |Frau Zwiebelfisch|")."""
    start, end = whole_words(text, span.start, span.end)
    words = words_of(text[start:end])
    if not words or len(words) > _MAX_LABEL_WORDS or not words[0][0].isupper():
        return False
    if any(fold(w) in lexicon.names or is_cue(w) for w in words) or after_cue(text, start):
        return False  # "Herr oder |Frau Zwiebelfisch|": a cue says a person follows
    before = _COORDINATED.search(text, max(0, start - 40), start)
    if before is None or before[2] not in COORDINATORS:  # as written: the English "I" is none
        return False
    word = before[1]
    return (
        word[0].isupper()
        and len(word) > 1
        and lexicon.is_ordinary(word)
        and fold(word) not in lexicon.names
    )


# French inversion: a verb, a hyphen (and "t-"), then the subject pronoun: "est-|elle|",
# "a-t-|elle|", "peut-|elle|".
_GLUED_VERB = re.compile(r"(?<![\w-])([^\W\d_]+)-(?:t-)?$")
_NEXT_NAME_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


# German indefinite articles and "kein", demonstratives ("dieser", "jede", "welches",
# "solche"), possessives ("Ihr", "unsere") and the partitive "eines der": a noun follows
# them, a surname hardly ever ("Dieser |Kunde| hat", "eines der |Felder|").
_GERMAN_NOUN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:(?:k?ein)(?:e[mnrs]?)?)(?:[ \t]+de[mnrs])?"
    r"|(?:dies|jed|jen|welch|solch|manch)(?:e[mnrs]?)?"
    r"|(?:mein|dein|sein|ihr|unser|euer|eur)(?:e[mnrs]?)?)[ \t]+$",
    re.IGNORECASE,
)
_GERMAN_INDEFINITE_ONLY = re.compile(r"(?<![^\W\d_])k?ein(?:e[mnrs]?)?[ \t]+$", re.IGNORECASE)


def _german_noun_after_indefinite(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is one capitalised German word right after an indefinite article,
    "kein", a demonstrative, a possessive or "eines der" in a German text
    (`Lexicon.german_text`): a noun, even one that is a surname too ("ein |Haken|
    gesetzt", "kein |Kabel|", "Dieser |Kunde| hat", "eines der |Felder|", "Ihr
    |Wunschzettel|"). Not a first name ("mit einer |Anna| gesprochen", "unsere |Anna|");
    after a cue the article is not right before it ("ein Herr |Haken|"). After "ein" and
    "kein" the word is in a German list; after the others, also a word no name list
    holds ("Dieser |Wunschzettel|": a compound the lists lack)."""
    start, end = whole_words(text, span.start, span.end)
    value = text[start:end]
    if not (value.isalpha() and value[0].isupper() and value[1:].islower() and len(value) > 2):
        return False
    if _GERMAN_NOUN_BEFORE.search(text, max(0, start - 16), start) is None:
        return False
    key = unicodedata.normalize("NFC", value.casefold())
    listed = key in lexicon.german_words or key in lexicon.german_name_words
    if not listed and _GERMAN_INDEFINITE_ONLY.search(text, max(0, start - 12), start) is None:
        listed = fold(key) not in lexicon.names
    return fold(key) not in lexicon.first_names and listed and lexicon.german_text(text, start, end)


# Abbreviations of the seven languages written with dots, keyed without spaces in
# lowercase ("e.g.", "z. B.", "p. ej.", "a.u.b.", "np."), and dotted country names ("U.K.",
# "U.S."): the model reads their capitals and lone letters as initials or a firm.
ABBREVIATIONS: frozenset[str] = frozenset({
    "e.g.", "i.e.", "etc.", "cf.", "approx.", "incl.", "excl.", "no.", "vs.", "min.", "max.",
    "z.b.", "d.h.", "u.a.", "o.ä.", "u.ä.", "bzw.", "usw.", "bspw.", "ggf.", "evtl.", "inkl.",
    "zzgl.", "vgl.", "ca.", "s.o.", "s.u.", "u.u.", "z.t.", "d.i.", "ex.", "p.ex.", "c.-à-d.",
    "càd.", "env.", "p.ej.", "p.e.", "ej.", "aprox.", "ud.", "vd.", "uds.", "es.", "ad.es.",
    "ecc.", "cioè.", "a.u.b.", "aub.", "bijv.", "bv.", "vb.", "o.a.", "m.b.t.", "t.a.v.",
    "i.p.v.", "d.w.z.", "e.d.", "np.", "tj.", "itd.", "itp.", "m.in.", "tzn.", "wg.", "ok.",
    "zob.", "u.k.", "u.s.", "u.s.a.", "e.u.", "n.v.", "b.v.",
})  # fmt: skip
# A run of one to four dotted letter groups (short ones), spaces between them allowed:
# the candidates `ABBREVIATIONS` is asked about.
_DOTTED = re.compile(
    r"(?<![^\W\d_])(?:[^\W\d_]{1,6}\.(?:[ \t]?-?[ \t]?à?-?)?){1,4}(?![^\W\d_]{2})"
)


def abbreviation_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where abbreviations of `ABBREVIATIONS` are written in `text[start:end]` (widened
    by a few characters on each side): "z. B.", "e.g.", "a.u.b."; each run of dotted
    groups is cut down from its right until what is left is one."""
    out: list[tuple[int, int]] = []
    for match in _DOTTED.finditer(text, max(0, start - 12), min(len(text), end + 12)):
        # the groups' edges: each begins at a letter, each ends after its dot
        stops = [match.start() + m.end() for m in re.finditer(r"\.", match[0])]
        starts = [match.start(), *(_next_letter(text, stop) for stop in stops[:-1])]
        found = next(
            (
                (left, stop)
                for k, left in enumerate(starts)
                for stop in reversed(stops[k:])
                if re.sub(r"[ \t]", "", text[left:stop]).casefold() in ABBREVIATIONS
            ),
            None,
        )
        if found is not None:
            out.append(found)
    return out


def _next_letter(text: str, at: int) -> int:
    while at < len(text) and not text[at].isalpha():
        at += 1
    return at


def _abbreviation(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span overlaps an abbreviation written with dots (`abbreviation_spans`:
    "E.|g|.", "Negativer Wert zum |Senken. Z. B|.", "|P.| ej.", "Selecteer de
    |verzendmethode a.u.b.|", "buying |U.K.| startup") and every word of it outside the
    abbreviation is an ordinary word or a German one (`Lexicon.ordinary_phrase`,
    `Lexicon.german_phrase`). A name beside one stays ("z. B. |Anna Schmidt|": no
    overlap; "|P. Kowalski|": "p." alone is none); not after a cue."""
    found = abbreviation_spans(text, span.start, span.end)
    covered = [(a, b) for a, b in found if a < span.end and b > span.start]
    if not covered or after_cue(text, span.start):
        return False
    for word in _WORD_RUN.finditer(text, *whole_words(text, span.start, span.end)):
        if any(a <= word.start() and word.end() <= b for a, b in covered):
            continue
        if not (
            lexicon.ordinary_phrase(text, word.start(), word.end())
            or lexicon.german_phrase(text, word.start(), word.end())
        ):
            return False
    return True


# Pronouns and possessives of address written with a capital, as letters and forms do
# ("Jeśli to |Ty|", "o |Tobie|", "na |Twoim| urządzeniu"); keyed in lowercase by language.
# "Ty" and "Tobie" are first names elsewhere, so the text must be in that language, or the
# word no known name at all.
ADDRESS_PRONOUNS: dict[str, frozenset[str]] = {
    "pl": frozenset({
        "ty", "ciebie", "cię", "tobie", "ci", "tobą", "twój", "twoja", "twoje", "twojego",
        "twojej", "twojemu", "twoim", "twoją", "twoi", "twoich", "twoimi", "wy", "was",
        "wam", "wami", "wasz", "wasza", "wasze", "waszego", "waszej", "waszemu", "waszym",
        "waszą", "wasi", "waszych", "waszymi",
    }),
    "it": frozenset({"lei", "suo", "sua", "suoi", "sue", "voi", "vostro", "vostra"}),
    "es": frozenset({"usted", "ustedes", "ud", "uds", "vd", "vds"}),
    "nl": frozenset({"u", "uw", "jij", "jouw", "je"}),
    "fr": frozenset({"vous", "votre", "vos", "toi", "ton", "ta", "tes"}),
    "de": frozenset({
        "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "du", "dich", "dir",
        "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer", "eure",
    }),
}  # fmt: skip


def _address_pronoun(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is capitalised pronouns or possessives of address
    (`ADDRESS_PRONOUNS`) of the language the text is written in, or of one whose words are
    no known names ("na |Twoim| urządzeniu", "Jeśli to |Ty|"), then at most two ordinary
    words ("|Twojej przeglądarce są|", "|Ihr Kundenservice|-Team": a possessive opens a
    phrase, not a name); never after a cue ("Pan Ty")."""
    start, end = whole_words(text, span.start, span.end)
    words = list(_WORD_RUN.finditer(text, start, end))
    if not words or after_cue(text, start):
        return False
    language: str | None = None
    pronouns = 0
    for match in words:
        word = match[0]
        key = unicodedata.normalize("NFC", word.casefold())
        owners = [lang for lang, forms in ADDRESS_PRONOUNS.items() if key in forms]
        if not owners or not word[0].isupper():
            break
        if fold(key) in lexicon.names:
            language = language or lexicon.language_of(text, start, end)
            if language not in owners:
                return False
        pronouns += 1
    rest = words[pronouns:]
    return (
        pronouns > 0
        and len(rest) <= 2
        and all(
            lexicon.ordinary_phrase(text, m.start(), m.end())
            or lexicon.german_phrase(text, m.start(), m.end())
            for m in rest
        )
    )


# A house number right after a place: "calle mayor| 5", "ulicy długiej| 12a".
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t,]{0,3}(?:n[º°o.]\s?|nr\.?\s?)?\d")


def _lowercase_words(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is written in lowercase, in a text that uses capitals (so names
    and places there are written with one), and is words (`Lexicon.ordinary_phrase`,
    forms the lists lack included) with no place word: a locating word before it ("je
    viens de l'|endroit|", "avec |laquelle|") makes no town of it."""
    value = text[span.start : span.end]
    return (
        value.islower()
        and uses_capitals(text)
        and not any(
            fold(w) in lexicon.places and not lexicon.top_word_anywhere(w)
            for w in words_of(value)
        )  # "ci", "de", "le" are towns somewhere, and among the commonest words here
        and lexicon.ordinary_phrase(text, span.start, span.end)
    )



def _lowercase_after_determiner(text: str, span: Span) -> bool:
    """Whether the span is written in lowercase, in a text that uses capitals, right after
    an article or a possessive ("le |carton| était ouvert"): a noun."""
    if not text[span.start : span.end].islower() or not uses_capitals(text):
        return False
    before = _PREVIOUS_WORD_BEFORE.search(text, max(0, span.start - 24), span.start)
    return before is not None and fold(before[1]) in DETERMINERS


def _participle(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is one lowercase word right after a lowercase auxiliary or copula
    (`AUXILIARIES`: "la password è |scaduto|", "est |grisé|"), no first name (unless the
    auxiliary is the passive's participle, `PASSIVE_PARTICIPLES`: "ont été |marqués|"),
    with no word for a name in the `_NAME_WORD_REACH` characters before it (`_NAME_WORD`)
    and after no cue for a person."""
    start, end = whole_words(text, span.start, span.end)
    words = _WORD_RUN.findall(text, start, end)
    if len(words) != 1 or not words[0].islower():
        return False
    before = _PREVIOUS_WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None or (before[1] not in AUXILIARIES and before[1] not in PASSIVE_PARTICIPLES):
        return False
    if fold(words[0]) in lexicon.first_names and before[1] not in PASSIVE_PARTICIPLES:
        return False  # "c'est marie", "sono anna"; but "ont été |marqués|": a participle
    pointer = _PREVIOUS_WORD_BEFORE.search(text, max(0, before.start() - 24), before.start())
    return (
        (pointer is None or pointer[1].lower() not in _PRESENTING)
        and _NAME_WORD.search(text, max(0, start - _NAME_WORD_REACH), start) is None
        and not after_cue(text, start)
    )


# "this is |kowalski|", "hier ist |nowak|", "to jest |kowalski|": a word pointing at the
# speaker before the copula presents someone, so the word after it is no participle.
_PRESENTING: frozenset[str] = frozenset({
    "this", "that", "here", "das", "dies", "hier", "ici", "voici", "esto", "este", "aquí",
    "questo", "qui", "dit", "dat", "to", "tu", "tutaj",
})  # fmt: skip


_WORD_RUN = re.compile(r"[^\W\d_]+")
_PREVIOUS_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]+$")
# A destination after a means of transport: "Flug nach |Palma|", "flight to |Nice|".
_TRAVEL_TO = re.compile(
    rf"(?<!\w)(?:{phrases(TRANSPORT_WORDS)}|flights|trains|flüge|vols|vuelos|voli|vluchten"
    r"|loty)(?:\s+[^\W\d_]+){0,2}?\s+(?:to|nach|pour|vers|à|a|para|per|naar|do)\s+$",
    re.IGNORECASE,
)
# A word glued to a product's or code's other part by a symbol: "FRITZ!Box", "C++".
_GLUE = "!#+=~^|*"


def _glued_piece(text: str, span: Span) -> bool:
    """Whether the span is a piece of a token glued by a symbol (`_GLUE`) to letters or
    digits, written in capitals or glued to a digit ("|FRITZ|!Box 7530", "ACME#4"): a
    product or code, never a name ("Danke Anna!Bis morgen" is a typo, and stays)."""
    after = text[span.end : span.end + 2]
    before = text[max(0, span.start - 2) : span.start]
    glued = (len(after) == 2 and after[0] in _GLUE and after[1].isalnum()) or (
        len(before) == 2 and before[1] in _GLUE and before[0].isalnum()
    )
    if not glued:
        return False
    value = text[span.start : span.end]
    return value.isupper() or after[1:].isdigit() or before[:1].isdigit()


# The words for the name of an account in a game or a network: the word, not its holder
# ("mój |nick| w grze to ...", "il mio |nick| è sparito").
_ACCOUNT_WORDS: frozenset[str] = frozenset({
    "nick", "nickname", "pseudo", "gamertag", "username", "login", "handle", "spielername",
})  # fmt: skip


def _account_word(text: str, span: Span) -> bool:
    """Whether the span is a lowercase word for an account's name (`_ACCOUNT_WORDS`) after
    a possessive: the model takes "mój |nick|" for a Nick ("ask nick" stays a name)."""
    value = text[span.start : span.end]
    return (
        value.islower()
        and value in _ACCOUNT_WORDS
        and _POSSESSIVE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None
    )


_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:my|your|mein|meinen|dein|mon|ton|mi|tu|mio|tuo|mijn|je|jouw|mój|moj"
    r"|twój|twoj)[ \t]+$"
)


# "and" between two people: a lowercase name joined to another name is one too ("ben and
# jan", "rosa e marco").
_AND_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]+(?:and|und|et|y|e|i|en|oraz)[ \t]+$")
_AND_AFTER = re.compile(r"[ \t]+(?:and|und|et|y|e|i|en|oraz)[ \t]+([^\W\d_]+)")


def _word_names_in_lowercase(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether `text[start:end]` is a first name written in lowercase right after an
    indefinite article, in a text that writes names with a capital, with ordinary words
    and particles at most beside it: a noun, not the name ("Ik heb een |roos| gekocht",
    "I planted a |rose|"). Not after a cue ("my friend frank"), beside a name ("anna
    |will|", `_name_beside`), after a verb of asking or a greeting ("ask |frank|") or
    joined by "and" to a name ("ben and jan")."""
    start, end = whole_words(text, start, end)
    words = _WORD_RUN.findall(text, start, end)
    if not words or len(words) > 3 or not all(w.islower() for w in words):
        return False
    # after an indefinite article a first name in lowercase is a noun ("een |roos|"); a
    # lowercase name elsewhere stays one even when it is a word somewhere ("I talked to
    # ben", "Ho parlato con la giulia": names that are words are too often names)
    if _INDEFINITE_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    word_names = 0
    for word in words:
        key = fold(word)
        if key in lexicon.first_names:
            word_names += 1
        elif not (key in PARTICLES or lexicon.is_ordinary(word)):
            return False
    if word_names != 1 or not uses_capitals(text) or after_cue(text, start):
        # two first names in one span are two people ("ben and jan")
        return False
    before = _PREVIOUS_WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _NEXT_WORD_AFTER.match(text, end)
    if any(m is not None and _name_beside(text, m, lexicon) for m in (before, after)):
        return False  # "anna |will|", "|frank| meyer"
    if before is not None and before[1].casefold() in _ADDRESSING_WORDS:
        return False  # "ask |frank| to call me", "hi |rose|": someone spoken to or of
    before = _AND_BEFORE.search(text, max(0, start - 40), start)
    after = _AND_AFTER.match(text, end)
    return not any(
        m is not None and (_name_beside(text, m, lexicon) or fold(m[1]) in lexicon.first_names)
        for m in (before, after)
    )  # "ben and jan"; not "luz en la cocina"


# Verbs of asking, telling and calling someone, and greetings: a lowercase first name
# right after one is a person ("ask frank", "hola luz").
_ADDRESSING_WORDS: frozenset[str] = frozenset({
    "ask", "tell", "call", "text", "email", "message", "ping", "thank", "thanks", "dear",
    "hi", "hello", "hey", "cc", "frag", "sag", "ruf", "hallo", "demande", "dis", "appelle",
    "salut", "bonjour", "pregunta", "dile", "llama", "hola", "chiedi", "chiama", "ciao",
    "vraag", "zeg", "bel", "hoi", "zapytaj", "powiedz", "zadzwoń", "cześć",
})  # fmt: skip
_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:a|an|een|ein|eine|einen|einem|un|une|una|uno|un['’])[ \t]+$"
)
_NEXT_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)(?![\w'’-])")


def _name_beside(text: str, word: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether the word right beside a lowercase first name makes it a name: a known name
    capitalised where a sentence does not start, or one in lowercase that is no frequent
    word ("hay" of "No hay luz" is a surname too, and one of the commonest Spanish
    words)."""
    value, key = word[1], fold(word[1])
    if key not in lexicon.names:
        return False
    if value[0].isupper():
        return not sentence_start(text, word.start(1))
    return key not in lexicon.names_also_words and not lexicon.top_word_anywhere(value.casefold())


# Words for a card or a pass: a word right after one is the card's own name ("carte
# Vitale", "Carte Bleue", "tarjeta Sanitaria").
_CARD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:card|carte|karte|tarjeta|carta|tessera|kaart|pas|karta|karty|kartę|"
    r"karcie)[ \t]+$",
    re.IGNORECASE,
)


def _card_name(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is one capitalised word right after a word for a card ("carte
    |Vitale|", "Carte |Bleue|"), a word (ordinary, or one of `Lexicon.lowercase_words`)
    and no known name: the card's name. Polish names a card's holder in the genitive
    right after it ("karta Kowalskiego", "karta Anny"): known names stay."""
    start, end = whole_words(text, span.start, span.end)
    words = _WORD_RUN.findall(text, start, end)
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    key = fold(words[0])
    return (
        _CARD_BEFORE.search(text, max(0, start - 16), start) is not None
        and key not in lexicon.names
        and (lexicon.is_ordinary(words[0]) or key in lexicon.lowercase_words)
    )


def _clothing_size(text: str, span: Span) -> bool:
    """Whether the span lies within a clothing size and its word ("taille M", "M." of
    "Größe M."): a size, not a name's initial."""
    if span.length > 12:
        return False
    for match in _SIZE.finditer(text, max(0, span.start - 14), min(len(text), span.end + 2)):
        if match.start() <= span.start and span.end <= match.end():
            return True
    return False


def _reference_prefix(text: str, span: Span) -> bool:
    """Whether the span ends in the capitals of a reference number glued to its digits
    ("faktura |FV|/11/2024", "Rechnung |RE|-2024-001"): letters of a number, no name."""
    return bool(
        _REFERENCE_DIGITS.match(text, span.end)
        and _REFERENCE_LETTERS.search(text, max(span.start, span.end - 6), span.end)
    )


def has_locating_word(text: str, start: int = 0) -> bool:
    """Whether `text` from `start` has a word that puts a place (`LOCATING_WORDS`: "live
    in", "Adresse", "mieszkam w", ...)."""
    return _LOCATING_WORD.search(text, start) is not None


def _route_start(text: str, span: Span, place_starts: set[int]) -> bool:
    """A one-word "name" between "from" and "to" + a place: where a route starts ("von
    Kopenhagen nach Prag"), so a place, not a person."""
    if span.length > _MAX_GAP or " " in text[span.start : span.end].strip():
        return False
    before = text[max(0, span.start - 8) : span.start]
    to = _ROUTE_TO.match(text[span.end : span.end + 24])
    if not _ROUTE_FROM.search(before) or to is None:
        return False
    destination = span.end + to.end() - 1
    return destination in place_starts


# A place's slot: a preposition of place right before ("il negozio di |Torino|", "naar
# |Zwolle|", "w |Krakowie|"; not "to", "a": "I spoke to Afonso", "llamé a Afonso"), or
# the end of a route from a place ("da Torino a |Londra|", "from Leeds to |York|").
_PLACE_SLOT = re.compile(
    r"(?<![\w'’])(?:in|im|at|near|from|nach|naar|aus|bei|à|au|aux|en|dans|de|di|da|dal|"
    r"dalla|del|della|desde|uit|vanuit|bij|op|w|we|z|ze|do|na|koło|obok)\s+$|"
    r"(?<!\w)(?:from|von|de|da|van|z|ze|desde|dal|dalla)\s+[^\W\d_][\w'’-]*"
    r"(?:\s+[^\W\d_][\w'’-]*)?\s+(?:to|a|al|à|do|verso|per|para|hacia)\s+$",
    re.IGNORECASE,
)


def _place_slot(text: str, span: Span) -> bool:
    return _PLACE_SLOT.search(text, max(0, span.start - 48), span.start) is not None or (
        _TOWN_WORD.search(text, *_sentence(text, span.start, span.end)) is not None
    )


# A word for a town or country in the sentence says a name there that is a place is one
# ("|Londres| est une grande ville", "|Londra| è una grande città").
_TOWN_WORD = re.compile(
    r"(?<![^\W\d_])(?:city|cities|town|village|capital|country|stadt|städte|hauptstadt|dorf"
    r"|ville|villes|capitale|pays|ciudad|ciudades|pueblo|país|città|paese|stad|steden"
    r"|hoofdstad|dorp|miasto|miasta|mieście|stolica|stolicy|wieś|kraj)(?![^\W\d_])",
    re.IGNORECASE,
)


def _after_postcode_word(text: str, span: Span) -> bool:
    """A postcode word before the span in its clause, and the postcode not asked about
    (`postcode.asked_about`: "kod pocztowy 79005 to Lwów?" is nobody's)."""
    before = text[max(0, span.start - 32) : span.start]
    return _POSTCODE_WORD.search(before) is not None and not asked_about(
        text, span.start, span.end
    )


def _joined_after(text: str, span: Span, ends: set[int], gap: re.Pattern[str]) -> bool:
    """Whether a span ending at one of `ends` comes shortly before `span`, with only `gap`
    between them."""
    return any(
        end in ends and gap.fullmatch(text, end, span.start) is not None
        for end in range(max(0, span.start - _MAX_GAP), span.start + 1)
    )


def _joined_before(text: str, span: Span, starts: set[int], gap: re.Pattern[str]) -> bool:
    """Whether a span starting at one of `starts` comes shortly after `span`, with only
    `gap` between them."""
    return any(
        start in starts and gap.fullmatch(text, span.end, start) is not None
        for start in range(span.end, min(len(text), span.end + _MAX_GAP) + 1)
    )


# --- Things named like people: holidays, colours, shops and brands, book titles ---
# Each rule below reads a name the model found as what its context says it is; none
# judges a name after a cue for a person ("my colleague Rosa Grau", "ask Otto Meyer").

_HOLIDAY_NAMES_FILE = "holiday_names.txt.gz"
# Holidays that are first names too: a holiday only beside another holiday ("zwischen
# Heiligabend und |Silvester|", "entre |Noël| et la Saint-Sylvestre", "między Wigilią a
# |Sylwestrem|"); alone they may be someone ("écrit à Noël").
NAMED_HOLIDAYS: frozenset[str] = frozenset({
    "silvester", "sylvester", "sylwester", "noel", "natale", "reyes", "nikolaus",
    "sinterklaas", "pascua", "pasqua",
})  # fmt: skip
# A saint's day is a saint word and the saint's name ("an |Sankt Martin|", "la
# Saint-Jean", "per San Giovanni", "na św. Mikołaja") after a word of time.
SAINT_WORDS: frozenset[str] = frozenset({
    "sankt", "st", "saint", "sainte", "san", "santo", "santa", "sant", "sint", "swiety",
    "swietego", "swietej", "sw", "hl", "heilige", "heiligen", "heiliger",
})  # fmt: skip
_LEADING_ARTICLES: frozenset[str] = frozenset({
    "la", "le", "les", "l", "el", "los", "las", "il", "lo", "the", "die", "der", "das", "de",
    "het",
})  # fmt: skip
_JOINS = r"(?:und|and|et|y|e|en|i|a|oraz|or|oder|ou|o|of|lub|albo|bis|till|until|tot|do|&)"
_JOIN_WORDS: frozenset[str] = frozenset(
    {"und", "and", "et", "y", "e", "en", "i", "a", "oraz", "or", "oder", "ou", "o", "of", "lub"}
)
_HOLIDAY_AFTER = re.compile(
    rf"[ \t]*,?[ \t]+{_JOINS}[ \t]+(?:(?:an|am|la|le|el|il|the|de|het|w|we|à|au|l['’])[ \t]*)?"
    r"([^\W\d_]+(?:[ \t-][^\W\d_]+){0,3})",
    re.IGNORECASE,
)
_HOLIDAY_BEFORE = re.compile(
    rf"([^\W\d_]+(?:[ \t-][^\W\d_]+){{0,3}})[ \t]*,?[ \t]+{_JOINS}[ \t]+"
    r"(?:(?:an|am|la|le|el|il|the|de|het|w|we|à|au|l['’])[ \t]*)?$",
    re.IGNORECASE,
)
# Case endings of Polish nouns (folded): "Wigili|ą|", "Sylwestr|em|", "Wiśni|ę|".
_POLISH_ENDINGS = ("a", "e", "i", "y", "u", "em", "ie", "om", "ach", "ami", "ow")


@lru_cache(maxsize=1)
def holiday_names() -> frozenset[str]:
    """The folded names of holidays, words joined by one space: `holiday_names.txt.gz`
    (built from the `holidays` package by `models.lexicon.build_holidays`) and
    `HOLIDAYS`."""
    lines = read_packaged(
        DATA / _HOLIDAY_NAMES_FILE, str.splitlines, "holiday list", "models.lexicon.build_holidays"
    )
    names = {line for line in lines if line}
    names.update(" ".join(fold(w) for w in words_of(h)) for h in HOLIDAYS)
    return frozenset(names)


@lru_cache(maxsize=1)
def _one_word_holidays() -> frozenset[str]:
    return frozenset(n for n in holiday_names() if " " not in n) | NAMED_HOLIDAYS


def _declined(key: str, words: Collection[str]) -> str | None:
    """The word of `words` that the folded `key` is, or is a Polish case of ("wigilią",
    "sylwestrem", "wiśnię"): the same word but its last two letters, a case ending
    after it."""
    if key in words:
        return key
    for ending in _POLISH_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            stem = key[: -len(ending)]
            for word in (stem, stem + "a", stem[:-1] + "er", stem[:-1] + "e" + stem[-1]):
                if word in words and len(word) >= 5:
                    return word
    return None


def _holiday_kind(words: Sequence[str], lexicon: Lexicon) -> str | None:
    """What the words are as a holiday: "phrase" (a name of several words, none a first
    name: "Tag der Deutschen Einheit"), "day" (one word, no first name: "Pfingsten",
    "Wigilią"), "saint" (a saint's day: "Sankt Martin", "Saint-Sylvestre", "San
    Martino"), "named" (a holiday that is a first name too: "Noël", "Silvester"), or
    None."""
    keys = [fold(w) for w in words]
    if not keys:
        return None
    if len(keys) > 1:
        saint = keys[0] in SAINT_WORDS and len(keys) <= 3
        if " ".join(keys) in holiday_names():
            if saint:
                return "saint"
            return "named" if any(k in lexicon.first_names for k in keys) else "phrase"
        return "saint" if saint else None
    word = _declined(keys[0], _one_word_holidays())
    if word is None or (word != keys[0] and keys[0] in lexicon.names):
        return None
    if word in NAMED_HOLIDAYS or word in lexicon.first_names:
        return "named"
    return "day"


def _beside_holiday(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a holiday is joined to the words at `start`:`end` by "and", "or", "und",
    "et", "y", "a", "bis", ... ("Heiligabend und |Silvester|", "|Noël| et la
    Saint-Sylvestre")."""
    found: list[list[str]] = []
    after = _HOLIDAY_AFTER.match(text, end)
    if after is not None:
        words = words_of(after[1])
        found += [words[:n] for n in range(1, len(words) + 1)]
    before = _HOLIDAY_BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        words = words_of(before[1])
        found += [words[-n:] for n in range(1, len(words) + 1)]
    return any(_holiday_kind(w, lexicon) in ("phrase", "day", "saint") for w in found)


def _inside_holiday_name(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the words at `start`:`end` and up to four words on either side make a
    holiday's name of several words, none a first name ("Tag der |Deutschen Einheit|")."""
    before = words_of(text[max(0, start - 48) : start])[-4:]
    middle = words_of(text[start:end])
    after = words_of(text[end : end + 48])[:4]
    return any(
        _holiday_kind([*before[len(before) - a :], *middle, *after[:b]], lexicon) == "phrase"
        for a in range(len(before) + 1)
        for b in range(len(after) + 1)
        if a + b > 0
    )


def _holiday(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is a holiday or saint's day, or holidays joined by "and", "or",
    ... (`_holiday_kind`), after no cue for a person: a name of several words; one word
    after a word of time ("an |Pfingsten|", "à |la Toussaint|": a leading article is no
    part of it) or beside another holiday; a saint's day after a word of time ("an
    |Sankt Martin|"); a holiday that is a first name only beside another holiday
    ("zwischen Heiligabend und |Silvester|", "¿enviáis entre |Nochebuena y Reyes|?")."""
    start, end = whole_words(text, span.start, span.end)
    saint = _PREVIOUS_WORD_BEFORE.search(text, max(0, start - 12), start)
    if saint is not None and fold(saint[1]) in SAINT_WORDS:
        start = saint.start(1)  # the model found "Sankt |Martin|"
    runs = list(_WORD_RUN.finditer(text, start, end))
    while runs and fold(runs[0][0]) in _LEADING_ARTICLES:
        runs.pop(0)
    if not runs or len(runs) > 8:
        return False
    parts: list[list[str]] = [[]]
    for run in runs:
        if fold(run[0]) in _JOIN_WORDS and run[0].islower():
            parts.append([])
        else:
            parts[-1].extend(words_of(run[0]))
    if after_cue(text, start) or after_cue(text, runs[0].start()):
        return False
    if _inside_holiday_name(text, start, end, lexicon):
        return True
    kinds = [_holiday_kind(p, lexicon) for p in parts]
    if None in kinds:
        return False
    if "phrase" in kinds or (len(kinds) > 1 and "day" in kinds):
        return True
    if _beside_holiday(text, start, end, lexicon):
        return True
    when = _WHEN.search(text, max(0, runs[0].start() - 16), runs[0].start()) is not None
    return when and "named" not in kinds


# Shops and brands. A shop after "bei", "chez", "bij", "at", "en", "w", ... in a sentence
# about a price, a purchase or stock ("Ist das bei |Rossmann| günstiger?", "c'est moins
# cher chez |Leclerc|", "gibts das auch bei |Otto|?", "is het goedkoper bij |Albert
# Heijn|?"): a seller, not a person (two known names, "bei Otto Meyer", stay).
_SHOP_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:bei|chez|bij|at|en|w|we|presso|da)[ \t]+$", re.IGNORECASE
)
_SHOPPING = re.compile(
    r"(?<![^\W\d_])(?:cheaper|more\s+expensive|price[sd]?|discount|on\s+sale|offer|"
    r"in\s+stock|available|buy|bought|günstiger|billiger|teurer|preis\w*|angebot\w*|"
    r"rabatt\w*|gibt(?:'?s)?\s+es|gibts|vorrätig|erhältlich|auf\s+lager|kaufen|gekauft|"
    r"moins\s+cher|plus\s+cher|prix|promo\w*|soldes|en\s+stock|disponibles?|acheter|"
    r"achetée?s?|m[aá]s\s+barat[oa]s?|m[aá]s\s+car[oa]s?|precios?|ofertas?|descuentos?|"
    r"rebajas|comprar|compr[ée]|più\s+economic[oi]|meno\s+car[oi]|più\s+car[oi]|prezz[oi]|"
    r"offert[ae]|scont[oi]|saldi|disponibil[ei]|comprare|comprat[oa]|goedkoper|duurder|"
    r"prijs|prijzen|aanbieding\w*|korting|op\s+voorraad|verkrijgbaar|kopen|gekocht|"
    r"taniej|drożej|tańsz\w*|droższ\w*|cen[ay]|cenie|promocj\w*|rabat\w*|wyprzedaż\w*|"
    r"dostępn\w*|kupić|kupi[łl]\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
# ... and a brand before a thing to wear or carry ("in a |Ted Baker| bag", "eine |Hugo
# Boss| Jacke", "een |Tommy Hilfiger| jas"): an article or possessive before it, no "'s".
GOODS_WORDS: tuple[str, ...] = (
    "bag", "bags", "handbag", "dress", "shirt", "t-shirt", "jacket", "coat", "shoes",
    "sneakers", "trainers", "boots", "jeans", "perfume", "scarf", "wallet", "watch",
    "sunglasses", "suit", "hoodie", "sweater", "jumper", "tasche", "handtasche", "jacke",
    "kleid", "schuhe", "parfüm", "mantel", "hemd", "uhr", "tas", "handtas", "jurk", "jas",
    "schoenen", "horloge", "trui",
)  # fmt: skip
_GOODS_AFTER = re.compile(rf"[ \t-]+(?:{phrases(GOODS_WORDS)})(?![\w'’-])", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:a|an|the|this|that|my|your|our|his|her|ein|eine|einen|einer|der|die|"
    r"das|den|dem|meine?n?|deine?n?|een|de|het|mijn|jullie)[ \t]+$",
    re.IGNORECASE,
)
# ... and a maker before a model number, after an article ("past de muurbeugel op de
# |Philips| 55OLED808?", "für den |Siemens| EQ.6"): letters and digits, a capital in it,
# a digit first too, and also when the model's span took the number in
# (`_model_maker` judges a capitalised code without the article, in a message with no
# other personal data).
_MODEL_NUMBER = re.compile(
    r"[ \t]+(?=[\w.-]*\d)(?=[\w.-]*[A-Z])[A-Z0-9][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*(?![\w.-])"
)
_MODEL_LENGTH = 14
_THE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:the|a|an|der|die|das|den|dem|de|het|een|le|la|l['’]|un|une|el|il|lo|"
    r"uno|una)[ \t]+$",
    re.IGNORECASE,
)
# ... and French partitive "c'est du |Louis Vuitton| ou du Yves Saint Laurent".
_PARTITIVE_BEFORE = re.compile(r"(?<![^\W\d_])(?:c['’]est|est-ce|ou)[ \t]+du[ \t]+$", re.I)


# ... and a firm the business is asked whether it works or ships with ("¿trabajáis con
# |SEUR| o con Correos Express?", "lavorate con |Bartolini| o con Poste Italiane?",
# "versendet ihr mit |Hermes|?"): a verb of working or shipping in the polite or plural
# "you", then "with" (or "or with" after a first firm).
_PARTNER_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:do|does|can)\s+you\s+(?:work|ship|deliver|partner|cooperate)|"
    r"(?:arbeitet|versendet|verschickt|liefert)\s+ihr|(?:versenden|verschicken|"
    r"liefern)\s+sie|travaillez-vous|vous\s+travaillez|livrez-vous|vous\s+livrez|"
    r"envoyez-vous|vous\s+envoyez|expédiez-vous|trabajáis|enviáis|"
    r"lavorate|spedite|consegnate|werken\s+jullie|werkt\s+u|versturen\s+jullie|"
    r"verzenden\s+jullie|leveren\s+jullie|współpracujecie|wysyłacie)"
    r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:with|via|through|mit|über|avec|par|con|tramite|"
    r"met|via|z|przez)[ \t]+"
    r"(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+(?:or|oder|ou|o|of|czy|lub)[ \t]+"
    r"(?:with|mit|avec|con|met|z|przez)?[ \t]*)?$",
    re.IGNORECASE,
)


def _maker_and_model(text: str, span: Span) -> bool:
    """Whether the span is one word after an article and before a model number of at
    most `_MODEL_LENGTH` characters, or the two of them (`_MODEL_NUMBER`)."""
    start, end = whole_words(text, span.start, span.end)
    if not _THE_BEFORE.search(text, max(0, start - 6), start):
        return False
    inside = _MODEL_NUMBER.search(text, start, end)  # the model's span took it in
    maker = text[start : inside.start()] if inside is not None else text[start:end]
    model = _MODEL_NUMBER.match(text, inside.start() if inside is not None else end)
    return (
        model is not None
        and len(model[0].strip()) <= _MODEL_LENGTH
        and len(words_of(maker)) == 1
        and not any(c.isdigit() for c in maker)
        # a street and its house number: "aan de |Herenstraat 17A|" is an address
        and _STREET.search(maker) is None
    )


def _shop_or_brand(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is a shop or a brand by its context (see `_SHOP_BEFORE`,
    `_GOODS_AFTER`, `_PARTITIVE_BEFORE`, `_PARTNER_BEFORE`): one to three
    words, not two known names after a shop or partner word ("bei Otto Meyer"), after no
    cue for a person."""
    start, end = whole_words(text, span.start, span.end)
    words = words_of(text[start:end])
    if not 1 <= len(words) <= 3 or after_cue(text, start):
        return False
    if _PARTITIVE_BEFORE.search(text, max(0, start - 16), start):
        return True
    if _GOODS_AFTER.match(text, end) and _ARTICLE_BEFORE.search(text, max(0, start - 10), start):
        return True
    two_names = len(words) == 2 and all(fold(w) in lexicon.names for w in words)
    partner = _PARTNER_BEFORE.search(text, max(0, start - 80), start)
    if partner is not None and not two_names and fold(words[0]) not in lexicon.first_names:
        return len(words) <= 2  # "do you ship with Anna?" stays
    if len(words) > 2 or two_names or not _SHOP_BEFORE.search(text, max(0, start - 10), start):
        return False
    lo, hi = _sentence(text, start, end)
    # "ich wohne bei Otto": someone's home, not a shop
    return _SHOPPING.search(text, lo, hi) is not None and not _LIVING.search(text, lo, hi)


# Book titles: in a sentence that looks for a book in a format ("busco |Don Quijote| en
# tapa dura", "szukam |Pana Tadeusza| i |Lalki| w twardej oprawie", "cerco Il nome
# |della rosa| in edizione economica"), after a word of looking for it; not after "for",
# "für", "pour", ... (a book for someone).
BOOK_FORMATS: tuple[str, ...] = (
    "hardcover", "hardback", "paperback", "audiobook", "ebook", "e-book", "taschenbuch",
    "gebundene ausgabe", "hörbuch", "livre de poche", "en poche", "format poche", "broché",
    "relié", "tapa dura", "tapa blanda", "edición de bolsillo", "de bolsillo",
    "edizione economica", "edizione tascabile", "tascabile", "copertina rigida",
    "copertina flessibile", "gebonden", "luisterboek", "pocketeditie", "twardej oprawie",
    "miękkiej oprawie", "oprawie twardej", "audiobooka",
)  # fmt: skip
_BOOK_FORMAT = re.compile(rf"(?<![^\W\d_])(?:{phrases(BOOK_FORMATS)})(?![^\W\d_])", re.I)
_LOOKING_FOR = re.compile(
    r"(?<![^\W\d_])(?:looking\s+for|search(?:ing)?\s+for|have\s+you\s+got|do\s+you\s+have|"
    r"suche|such(?:en)?|habt\s+ihr|haben\s+sie|cherche|avez-vous|vous\s+avez|busco|"
    r"buscando|tenéis|tienen|cerco|cercando|avete|zoek|hebben\s+jullie|heeft\s+u|szukam|"
    r"macie|czy\s+jest)(?![^\W\d_])",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:for|für|pour|para|per|voor|dla|to|an|à|a)[ \t]+$", re.IGNORECASE
)


def _book_title(text: str, span: Span) -> bool:
    """Whether the span is (part of) a book's title: a book format and, before the span,
    a word of looking for it in its sentence, no digit in it, not after "for", "für",
    "pour", ... nor a cue for a person."""
    start, end = whole_words(text, span.start, span.end)
    lo, hi = _sentence(text, start, end)
    if _BOOK_FORMAT.search(text, lo, hi) is None or any(c.isdigit() for c in text[start:end]):
        return False
    return (
        _LOOKING_FOR.search(text, lo, start) is not None
        and not _FOR_BEFORE.search(text, max(0, start - 8), start)
        and not after_cue(text, start)
    )


# Greetings and sign-offs that open or close a message on their own line, in the seven
# languages: "Salve, ho un problema ...", "Cordialement,".
_GREETINGS: frozenset[str] = frozenset(
    fold(w)
    for w in """hello hi hey hiya greetings regards cheers thanks hallo moin servus grüezi
    grüße gruß tschüss bonjour bonsoir salut coucou cordialement merci hola buenas saludos
    atentamente gracias salve ciao buongiorno buonasera saluti grazie cordiali hoi dag
    goedemorgen goedemiddag goedenavond groeten groetjes bedankt witam cześć dzięki
    pozdrawiam pozdrowienia""".split()  # noqa: SIM905
)


def _greeting(text: str, span: Span) -> bool:
    """Whether the span is one greeting or sign-off word opening its line (`_GREETINGS`)."""
    return (
        fold(text[span.start : span.end]) in _GREETINGS
        and not text[: span.start].rstrip(" \t").rstrip("\r")[-1:].strip()
    )


def _cue_word(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the span is only a word that introduces a person ("t.n.v.", "Herr"), and no
    name too ("Don", "Mann" are people's names as well)."""
    value = text[span.start : span.end]
    return is_cue(value) and fold(value).rstrip(".") not in lexicon.names


def named_like_a_person(
    text: str, span: Span, spans: Sequence[Span], lexicon: Lexicon
) -> bool:
    """Whether a name the model found is a thing its context names: a greeting opening
    its line (`_greeting`), a word that introduces a person (`_cue_word`), a holiday
    (`_holiday`), a colour (`_colour`), a shop or brand (`_shop_or_brand`), a book's title
    (`_book_title`)."""
    return (
        _greeting(text, span)
        or _cue_word(text, span, lexicon)
        or _holiday(text, span, lexicon)
        or _colour(text, span, spans)
        or _shop_or_brand(text, span, lexicon)
        or _book_title(text, span)
    )


__all__ = [
    "TRUSTED_SOURCES",
    "PersonalDataPolicy",
    "can_be_date",
    "has_letter",
    "has_locating_word",
]
