"""Build `benchmarks/data/probe22.jsonl`, the twenty-second chat breadth probe: the genres
the earlier probes left out, personal values in each and clean look-alikes of the same shapes.

Written blind (its author read only the docstrings of `bench_chat_breadth.py`,
`make_probe20.py` and `make_probe21.py`, the row format, `probe_templates.py` and
`probe_values.py`; not the detection rules nor their tests) and committed before any
detector ran on it. 1,302 messages, 186 in each of seven languages (en, de, fr, es, it, nl,
pl): per language 14 rows in each of nine personal categories (`credential`, `id`,
`account`, `phone`, `person`, `address`, `email`, `dob`, `card`; 98 per category) and 60
clean rows (420 in all). Each personal category has seven shapes (`kind`), each drawn twice
with fresh values; each clean shape is drawn three times.

Genres (a short line in the row's language introduces a pasted block; software's keys are
English, forms use the language's own labels):
- structured pastes: `json`, `yaml`, `csv` (header and a row), `kvlog` (`key=value` log
  lines), `url` (values in query parameters, some percent-encoded), `mdtable` (a markdown
  table), `html` (an HTML form dump with `value=` attributes);
- config and code pastes with secrets (category `credential`): `env` (a `.env` file),
  `dsn` (`postgres://user:pass@host/db` and friends), `curl_user` (`curl -u user:pass`),
  `curl_bearer` (`-H 'Authorization: Bearer ...'`), `kube` (a kubeconfig's user entry),
  `docker` (`docker login -u ... -p ...`), `voice_pin` (a PIN read out as words);
- voice-to-text (`voice`): numbers spelled as words in the language, lower case, no
  punctuation (phone, ID, IBAN, card; a date of birth with its month's name);
- typing: `nodia` (no diacritics), `allcaps`, `lower` (all lower case);
- `mixed`: a message switching between English and the language;
- `emoji_md`: markdown bold/bullets and emoji around the values;
- `form`: a forwarded form ("Name: ... / Geburtsdatum: ... / IBAN: ...").
Clean rows (`kind` the look-alike family): an order's JSON, a deployment's YAML, a product
CSV, request logs with UUIDs and latencies, shop URLs with tracking parameters, a release
table with versions, dates and commit hashes, an empty HTML form with placeholders, `.env`
files with placeholders and `${VAR}`s, DSNs without secrets, curl commands with `$TOKEN`,
a git log line and an image digest, an order number read out as words, a parcel's tracking
id with the carrier's public hotline, a mixed-language question about versions and error
codes, a markdown release note with emoji, an empty forwarded form, an API error's JSON
with a request id, a kubeconfig without secrets, an all-caps complaint with an order
number, a lower-case question with product codes and prices.

Decisions (a reviewer should check them):
- Gold spans as in `make_probe20.py`: a name as written (first and last name in separate
  fields are separate spans); an address as its street line and its postcode with its
  city; an e-mail, phone, ID, IBAN, card number, password, token, PIN and date of birth
  exactly as written (percent-encoded in a URL as it stands; spelled out as words: the
  whole spelled run).
- In a DSN, `curl -u` or `docker login` the password is gold; a user name that is a
  person's e-mail is gold too, a service account's name (`app`, `deploy`, `ci-bot`) is not.
  A bearer token, an API secret and a kubeconfig token or password are gold (`PASSWORD`).
- Placeholders (`${DB_PASSWORD}`, `<your-token>`, `changeme` is not used), UUIDs of
  requests, commit hashes, image digests, versions, order/tracking/ticket numbers, prices,
  timestamps, a carrier's or company's public hotline, private IPs and hostnames are not
  personal.

Row format as `bench_chat_breadth.py --set probe22` reads it:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.
Values: IBANs, national IDs (NINO/NHS, Steuer-IdNr, NIR, DNI/NIE, codice fiscale, BSN,
PESEL) and cards with valid check digits (python-stdnum), phone numbers valid for
`phonenumbers`, names and streets from Faker's locale of each language, all seeded here.

    python benchmarks/make_probe22.py            # writes the data file
    python benchmarks/make_probe22.py --check    # exits 1 if the file differs
"""

# ruff: noqa: E501
from __future__ import annotations

import string
import sys
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import probe_templates
import probe_values
from faker import Faker
from probe_values import rng

OUT = Path(__file__).resolve().parent / "data" / "probe22.jsonl"
SEED = 22_2026
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")
PERSONAL_DRAWS = 2
CLEAN_DRAWS = 3
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits


def m(label: str, value: str) -> str:
    """A value marked gold in a template."""
    assert "]" not in value and "[" not in value and value, value
    return f"[[{label}|{value}]]"


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


LOCALE = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
}
REGION = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL"}
IDS = {
    "en": [("nino", "NI number"), ("nhs", "NHS number")],
    "de": [("idnr", "Steuer-ID")],
    "fr": [("nir", "n° de sécurité sociale")],
    "es": [("dni", "DNI"), ("nie", "NIE")],
    "it": [("cf", "codice fiscale")],
    "nl": [("bsn", "BSN")],
    "pl": [("pesel", "PESEL")],
}
DIGITS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
}
PLUS = {
    "en": "plus",
    "de": "plus",
    "fr": "plus",
    "es": "más",
    "it": "più",
    "nl": "plus",
    "pl": "plus",
}
MONTHS = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
# Form labels: name, first, last, dob, street, city, phone, email, iban, holder, card, password, user
LABELS = {
    "en": dict(
        name="Full name",
        first="First name",
        last="Surname",
        dob="Date of birth",
        street="Address",
        city="Postcode / town",
        phone="Phone",
        email="Email",
        iban="IBAN",
        holder="Account holder",
        card="Card number",
        password="Password",
        user="Username",
    ),
    "de": dict(
        name="Name",
        first="Vorname",
        last="Nachname",
        dob="Geburtsdatum",
        street="Straße",
        city="PLZ / Ort",
        phone="Telefon",
        email="E-Mail",
        iban="IBAN",
        holder="Kontoinhaber",
        card="Kartennummer",
        password="Passwort",
        user="Benutzername",
    ),
    "fr": dict(
        name="Nom complet",
        first="Prénom",
        last="Nom",
        dob="Date de naissance",
        street="Adresse",
        city="Code postal / ville",
        phone="Téléphone",
        email="E-mail",
        iban="IBAN",
        holder="Titulaire du compte",
        card="Numéro de carte",
        password="Mot de passe",
        user="Identifiant",
    ),
    "es": dict(
        name="Nombre completo",
        first="Nombre",
        last="Apellidos",
        dob="Fecha de nacimiento",
        street="Dirección",
        city="CP / localidad",
        phone="Teléfono",
        email="Correo",
        iban="IBAN",
        holder="Titular",
        card="Número de tarjeta",
        password="Contraseña",
        user="Usuario",
    ),
    "it": dict(
        name="Nome e cognome",
        first="Nome",
        last="Cognome",
        dob="Data di nascita",
        street="Indirizzo",
        city="CAP / città",
        phone="Telefono",
        email="E-mail",
        iban="IBAN",
        holder="Intestatario",
        card="Numero carta",
        password="Password",
        user="Nome utente",
    ),
    "nl": dict(
        name="Naam",
        first="Voornaam",
        last="Achternaam",
        dob="Geboortedatum",
        street="Adres",
        city="Postcode / plaats",
        phone="Telefoon",
        email="E-mail",
        iban="IBAN",
        holder="Rekeninghouder",
        card="Kaartnummer",
        password="Wachtwoord",
        user="Gebruikersnaam",
    ),
    "pl": dict(
        name="Imię i nazwisko",
        first="Imię",
        last="Nazwisko",
        dob="Data urodzenia",
        street="Adres",
        city="Kod pocztowy / miasto",
        phone="Telefon",
        email="E-mail",
        iban="IBAN",
        holder="Właściciel rachunku",
        card="Numer karty",
        password="Hasło",
        user="Login",
    ),
}
INTROS = {
    "en": [
        "here's what I pasted from the export:",
        "can you check this? copied from our system",
        "fwd from my colleague, see below",
    ],
    "de": [
        "hier der Export, kannst du mal schauen:",
        "aus unserem System kopiert, passt das so?",
        "von der Kollegin weitergeleitet, siehe unten",
    ],
    "fr": [
        "voici ce que j'ai copié de l'export :",
        "tu peux vérifier ? copié depuis notre outil",
        "transféré par un collègue, voir ci-dessous",
    ],
    "es": [
        "esto es lo que copié de la exportación:",
        "¿puedes revisarlo? copiado de nuestro sistema",
        "me lo reenvió una compañera, mira abajo",
    ],
    "it": [
        "ecco cosa ho copiato dall'export:",
        "puoi controllare? copiato dal nostro gestionale",
        "inoltrato da un collega, vedi sotto",
    ],
    "nl": [
        "dit heb ik uit de export gekopieerd:",
        "kun je dit checken? uit ons systeem gehaald",
        "doorgestuurd door een collega, zie hieronder",
    ],
    "pl": [
        "to skopiowałem z eksportu:",
        "możesz sprawdzić? skopiowane z naszego systemu",
        "przesłane od koleżanki, poniżej",
    ],
}
FORWARD = {
    "en": "---------- Forwarded form ----------",
    "de": "---------- Weitergeleitetes Formular ----------",
    "fr": "---------- Formulaire transféré ----------",
    "es": "---------- Formulario reenviado ----------",
    "it": "---------- Modulo inoltrato ----------",
    "nl": "---------- Doorgestuurd formulier ----------",
    "pl": "---------- Przekazany formularz ----------",
}
# Voice-to-text phrases (lower case, no punctuation); {v} the spelled value.
VOICE = {
    "en": dict(
        pin="yeah so the pin is {v} and then it asks again",
        phone="hi you can reach me on {v} any time after five",
        id="okay my {l} is {v} did you get that",
        iban="the iban is {v} thats my main account",
        card="card number {v} expiry i will check",
        dob="i was born on the {v} if that helps",
        order="hi its about my order the number is {v} it still hasnt arrived",
    ),
    "de": dict(
        pin="also die pin ist {v} und dann fragt er nochmal",
        phone="hallo sie erreichen mich unter {v} ab fünf uhr",
        id="okay meine {l} ist {v} haben sie das",
        iban="die iban lautet {v} das ist mein hauptkonto",
        card="kartennummer {v} ablaufdatum schau ich nach",
        dob="ich bin am {v} geboren falls das hilft",
        order="hallo es geht um meine bestellung die nummer ist {v} sie ist immer noch nicht da",
    ),
    "fr": dict(
        pin="alors le code pin c'est {v} et après il redemande",
        phone="bonjour vous pouvez me joindre au {v} après dix-sept heures",
        id="alors mon {l} c'est {v} vous avez noté",
        iban="l'iban c'est {v} c'est mon compte principal",
        card="numéro de carte {v} la date je regarde",
        dob="je suis né le {v} si ça aide",
        order="bonjour c'est pour ma commande le numéro c'est {v} elle n'est toujours pas arrivée",
    ),
    "es": dict(
        pin="pues el pin es {v} y luego lo vuelve a pedir",
        phone="hola me puedes llamar al {v} a partir de las cinco",
        id="vale mi {l} es {v} lo tienes",
        iban="el iban es {v} es mi cuenta principal",
        card="número de tarjeta {v} la caducidad la miro",
        dob="nací el {v} por si sirve",
        order="hola es por mi pedido el número es {v} todavía no ha llegado",
    ),
    "it": dict(
        pin="allora il pin è {v} e poi lo richiede",
        phone="salve mi trovate al {v} dopo le cinque",
        id="allora il mio {l} è {v} l'ha preso",
        iban="l'iban è {v} è il mio conto principale",
        card="numero della carta {v} la scadenza la controllo",
        dob="sono nato il {v} se serve",
        order="salve è per il mio ordine il numero è {v} non è ancora arrivato",
    ),
    "nl": dict(
        pin="dus de pincode is {v} en dan vraagt hij het opnieuw",
        phone="hoi je kunt me bereiken op {v} na vijf uur",
        id="oké mijn {l} is {v} heb je dat",
        iban="het iban is {v} dat is mijn hoofdrekening",
        card="kaartnummer {v} de vervaldatum zoek ik op",
        dob="ik ben geboren op {v} als dat helpt",
        order="hoi het gaat over mijn bestelling het nummer is {v} hij is nog steeds niet binnen",
    ),
    "pl": dict(
        pin="no więc pin to {v} i potem znowu pyta",
        phone="dzień dobry można do mnie dzwonić na {v} po piątej",
        id="dobrze mój {l} to {v} ma pan to",
        iban="numer iban to {v} to moje główne konto",
        card="numer karty {v} datę ważności sprawdzę",
        dob="urodziłem się {v} jeśli to pomoże",
        order="dzień dobry chodzi o moje zamówienie numer to {v} nadal nie dotarło",
    ),
}
# Mixed-language messages: English wrapped around the language or the other way round.
MIXED = {
    "en": dict(
        phone="bonjour! quick one — pls call me back at {v}, merci beaucoup",
        person="hola, the booking is under {v}, gracias!",
        email="danke for the help, send the invoice to {v} pls",
        clean="hallo, quick question: after the update to v3.2.1 the app shows error E-4012, weißt du warum?",
    ),
    "de": dict(
        phone="hi, kurze Frage — can you call me back at {v}? danke!",
        person="Hallo, the reservation is on the name {v}, thanks a lot",
        email="Servus, bitte schick the confirmation an {v}, cheers",
        clean="Hi, nach dem update auf v3.2.1 kommt error E-4012, any idea warum?",
    ),
    "fr": dict(
        phone="salut, can you call me at {v} stp? thanks",
        person="bonjour, the booking is under the name {v}, merci",
        email="merci, please send the receipt à {v} asap",
        clean="salut, depuis l'update en v3.2.1 j'ai l'error E-4012, any idea ?",
    ),
    "es": dict(
        phone="hola! can you call me back al {v}? thanks!!",
        person="buenas, the reservation is a nombre de {v}, gracias",
        email="gracias, please send the invoice a {v} cuando puedas",
        clean="hola, after the update a la v3.2.1 sale el error E-4012, any idea?",
    ),
    "it": dict(
        phone="ciao, can you call me back al {v}? grazie mille",
        person="buongiorno, the booking is a nome di {v}, thanks",
        email="grazie, please manda la fattura a {v}",
        clean="ciao, dopo l'update alla v3.2.1 esce error E-4012, any idea perché?",
    ),
    "nl": dict(
        phone="hoi, can you call me back op {v}? thanks!",
        person="hallo, the booking staat op naam van {v}, dank je",
        email="bedankt, please stuur de factuur naar {v}",
        clean="hoi, na de update naar v3.2.1 krijg ik error E-4012, any idea waarom?",
    ),
    "pl": dict(
        phone="cześć, can you call me back na {v}? dzięki!",
        person="dzień dobry, the booking jest na nazwisko {v}, thanks",
        email="dzięki, please wyślij fakturę na {v}",
        clean="hej, po update do v3.2.1 wyskakuje error E-4012, any idea czemu?",
    ),
}
LOWER = {
    "en": "hi im {v} and i cant log into my account since yesterday",
    "de": "hallo ich bin {v} und komme seit gestern nicht mehr in mein konto",
    "fr": "bonjour c'est {v} je n'arrive plus à me connecter depuis hier",
    "es": "hola soy {v} y no puedo entrar en mi cuenta desde ayer",
    "it": "ciao sono {v} e da ieri non riesco ad accedere al mio account",
    "nl": "hoi ik ben {v} en ik kan sinds gisteren niet meer inloggen",
    "pl": "cześć tu {v} i od wczoraj nie mogę się zalogować",
}
ALLCAPS = {
    "en": "PLEASE UPDATE MY DETAILS!!! {v}",
    "de": "BITTE MEINE DATEN ÄNDERN!!! {v}",
    "fr": "MERCI DE METTRE À JOUR MES COORDONNÉES !!! {v}",
    "es": "¡¡POR FAVOR ACTUALICEN MIS DATOS!! {v}",
    "it": "PER FAVORE AGGIORNATE I MIEI DATI!!! {v}",
    "nl": "GRAAG MIJN GEGEVENS AANPASSEN!!! {v}",
    "pl": "PROSZĘ ZMIENIĆ MOJE DANE!!! {v}",
}
EMOJI = {
    "en": "thanks so much 🙏 here are my details:",
    "de": "danke dir 🙏 hier meine Daten:",
    "fr": "merci beaucoup 🙏 voici mes infos :",
    "es": "mil gracias 🙏 aquí mis datos:",
    "it": "grazie mille 🙏 ecco i miei dati:",
    "nl": "super bedankt 🙏 hier mijn gegevens:",
    "pl": "dzięki wielkie 🙏 oto moje dane:",
}
# Clean phrases per language.
CLEAN = {
    "en": dict(
        hotline="0800 731 7700",
        carrier="Your parcel {t} is on its way 🚚 questions? call our hotline {h} (Mon-Fri 8-20)",
        caps="ORDER {o} STILL NOT SHIPPED!!! I PAID {p} EUR ON {d}, WHERE IS IT???",
        lower="hi does the {s} fit the {s2}? price says {p} but cart shows {p2}",
        empty_form=dict(name="__________", dob="DD/MM/YYYY", iban="GB__ ____ ____ ____ ____ __"),
        release="**Release v{v} is live** 🚀\n- fixed the checkout bug (#{n}) ✅\n- build {b} deployed at {t} UTC",
    ),
    "de": dict(
        hotline="0800 330 1000",
        carrier="Ihr Paket {t} ist unterwegs 🚚 Fragen? Hotline {h} (Mo-Fr 8-20 Uhr)",
        caps="BESTELLUNG {o} IMMER NOCH NICHT VERSCHICKT!!! HABE AM {d} {p} EUR BEZAHLT???",
        lower="hallo passt das {s} zum {s2}? preis sagt {p} aber im warenkorb steht {p2}",
        empty_form=dict(name="__________", dob="TT.MM.JJJJ", iban="DE__ ____ ____ ____ ____ __"),
        release="**Release v{v} ist live** 🚀\n- Checkout-Bug behoben (#{n}) ✅\n- Build {b} um {t} UTC ausgerollt",
    ),
    "fr": dict(
        hotline="3631",
        carrier="Votre colis {t} est en route 🚚 une question ? appelez le {h} (lun-ven 8h-20h)",
        caps="COMMANDE {o} TOUJOURS PAS EXPÉDIÉE !!! J'AI PAYÉ {p} EUR LE {d} !!!",
        lower="bonjour le {s} est compatible avec le {s2} ? le prix affiche {p} mais le panier {p2}",
        empty_form=dict(
            name="__________", dob="JJ/MM/AAAA", iban="FR__ ____ ____ ____ ____ ____ ___"
        ),
        release="**Version v{v} en ligne** 🚀\n- bug du paiement corrigé (#{n}) ✅\n- build {b} déployé à {t} UTC",
    ),
    "es": dict(
        hotline="900 100 500",
        carrier="Tu paquete {t} está en camino 🚚 ¿dudas? llama al {h} (L-V 8-20 h)",
        caps="¡¡EL PEDIDO {o} SIGUE SIN ENVIARSE!! PAGUÉ {p} EUR EL {d}",
        lower="hola el {s} sirve para el {s2}? pone {p} pero en el carrito sale {p2}",
        empty_form=dict(name="__________", dob="DD/MM/AAAA", iban="ES__ ____ ____ ____ ____ ____"),
        release="**Versión v{v} publicada** 🚀\n- corregido el fallo del pago (#{n}) ✅\n- build {b} desplegado a las {t} UTC",
    ),
    "it": dict(
        hotline="800 100 800",
        carrier="Il tuo pacco {t} è in viaggio 🚚 domande? chiama il numero verde {h} (lun-ven 8-20)",
        caps="ORDINE {o} ANCORA NON SPEDITO!!! HO PAGATO {p} EUR IL {d}!!!",
        lower="ciao il {s} va bene con il {s2}? il prezzo dice {p} ma nel carrello {p2}",
        empty_form=dict(
            name="__________", dob="GG/MM/AAAA", iban="IT__ _ _____ _____ ____________"
        ),
        release="**Release v{v} online** 🚀\n- risolto il bug del checkout (#{n}) ✅\n- build {b} rilasciata alle {t} UTC",
    ),
    "nl": dict(
        hotline="0800 0400",
        carrier="Je pakket {t} is onderweg 🚚 vragen? bel onze klantenservice {h} (ma-vr 8-20 uur)",
        caps="BESTELLING {o} NOG STEEDS NIET VERZONDEN!!! BETAALD OP {d}: {p} EUR",
        lower="hoi past de {s} op de {s2}? prijs zegt {p} maar in het mandje {p2}",
        empty_form=dict(name="__________", dob="DD-MM-JJJJ", iban="NL__ ____ ____ ____ __"),
        release="**Release v{v} staat live** 🚀\n- checkout-bug opgelost (#{n}) ✅\n- build {b} uitgerold om {t} UTC",
    ),
    "pl": dict(
        hotline="801 100 100",
        carrier="Twoja paczka {t} jest w drodze 🚚 pytania? infolinia {h} (pn-pt 8-20)",
        caps="ZAMÓWIENIE {o} WCIĄŻ NIEWYSŁANE!!! ZAPŁACIŁEM {p} ZŁ DNIA {d}!!!",
        lower="hej czy {s} pasuje do {s2}? cena {p} a w koszyku {p2}",
        empty_form=dict(
            name="__________", dob="DD.MM.RRRR", iban="PL__ ____ ____ ____ ____ ____ ____"
        ),
        release="**Wersja v{v} już działa** 🚀\n- naprawiony błąd płatności (#{n}) ✅\n- build {b} wdrożony o {t} UTC",
    ),
}
STREET = {
    "en": ["Road", "Street", "Lane", "Close", "Avenue"],
    "de": ["straße", "weg", "allee"],
    "fr": ["rue", "avenue", "boulevard"],
    "es": ["Calle", "Avenida de", "Paseo de"],
    "it": ["Via", "Viale", "Piazza", "Corso"],
    "nl": ["straat", "laan", "weg"],
    "pl": ["ul.", "al.", "ulica"],
}
# Faker's it_IT cities are not stable across runs; every language takes its towns from here.
CITIES = {
    "en": ["Leeds", "Bristol", "Norwich", "Sheffield", "Reading", "York"],
    "de": ["Bielefeld", "Würzburg", "Köln", "Leipzig", "Freiburg im Breisgau", "Kiel"],
    "fr": ["Nantes", "Besançon", "Lyon", "Saint-Étienne", "Rennes", "Perpignan"],
    "es": ["Valladolid", "Córdoba", "Zaragoza", "Alcalá de Henares", "Gijón", "Murcia"],
    "it": ["Bergamo", "Lecce", "Forlì", "Torino", "Reggio Emilia", "Padova"],
    "nl": ["Utrecht", "Zwolle", "Den Bosch", "Groningen", "Haarlem", "Eindhoven"],
    "pl": ["Łódź", "Gdańsk", "Kraków", "Bielsko-Biała", "Poznań", "Lublin"],
}
DATESEP = {"en": "/", "de": ".", "fr": "/", "es": "/", "it": "/", "nl": "-", "pl": "."}
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "web.de",
    "orange.fr",
    "yahoo.es",
    "libero.it",
    "ziggo.nl",
    "wp.pl",
    "icloud.com",
    "proton.me",
]


class Lang:
    """What a language's rows draw from."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.fake = Faker(LOCALE[code])
        self.fake.seed_instance(SEED + LANGS.index(code))
        self.lab = LABELS[code]
        self.n_intro = 0

    def intro(self) -> str:
        self.n_intro += 1
        return INTROS[self.code][self.n_intro % 3]

    def name(self) -> tuple[str, str]:
        return self.fake.first_name(), self.fake.last_name()

    def full(self) -> str:
        first, last = self.name()
        return f"{first} {last}"

    def email(self, full: str | None = None) -> str:
        first, last = (full or self.full()).split(" ", 1)
        fold = [ascii_fold(p).lower().replace(" ", "").replace("'", "") for p in (first, last)]
        local = fold[0] + rng.choice((".", "_", "")) + fold[1]
        if rng.random() < 0.4:
            local += str(rng.randint(70, 99))
        return f"{local}@{rng.choice(DOMAINS)}"

    def street(self) -> str:
        # Faker's own street names are not stable across runs for every locale: the
        # street is a type word and a surname of the locale, both drawn here.
        number, last = str(rng.randint(1, 140)), self.fake.last_name()
        kind = rng.choice(STREET[self.code])
        if self.code == "en":
            return f"{number} {last} {kind}"
        if self.code == "fr":
            return f"{number} {kind} {self.fake.first_name()} {last}"
        if self.code in ("es", "it"):
            return f"{kind} {last}, {number}"
        if self.code == "pl":
            return f"{kind} {last} {number}"
        return f"{last}{kind} {number}"

    def city(self) -> str:
        postcode = self.fake.postcode().strip()
        if self.code == "nl" and " " not in postcode:
            postcode = f"{postcode[:4]} {postcode[4:]}"
        return f"{postcode} {rng.choice(CITIES[self.code])}"

    def phone(self, layout: str = "") -> str:
        return probe_values.phone(
            REGION[self.code],
            rng.choice(("mob", "mob", "fix")),
            layout or rng.choice(("intl", "nat", "intl", "e164")),
        )

    def iban(self, layout: str = "") -> str:
        return probe_values.make_iban(REGION[self.code], layout or rng.choice(("sp", "sp", "raw")))

    def national_id(self) -> tuple[str, str]:
        gen, label = rng.choice(IDS[self.code])
        return label, probe_values.GEN[gen]()

    def card(self, layout: str = "") -> str:
        iin, length = rng.choice(
            (("4", "16"), ("51", "16"), ("55", "16"), ("4", "16"), ("2221", "16"))
        )
        return probe_values.card(iin, length, layout or rng.choice(("sp", "sp", "no")))

    def dob(self, iso: bool = False) -> str:
        year, month, day = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
        if iso:
            return f"{year}-{month:02d}-{day:02d}"
        sep = DATESEP[self.code]
        return f"{day:02d}{sep}{month:02d}{sep}{year}"

    def dob_words(self) -> str:
        year, month, day = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
        return f"{day} {MONTHS[self.code].split()[month - 1]} {year}"

    def spell(self, value: str) -> str:
        """A value as a voice-to-text transcript writes it: digits as words, letters lower."""
        words = DIGITS[self.code].split()
        out = []
        for c in value:
            if c.isdigit():
                out.append(words[int(c)])
            elif c == "+":
                out.append(PLUS[self.code])
            elif c.isalpha():
                out.append(c.lower())
        return " ".join(out)


def password() -> str:
    words = [
        "Sommer",
        "Biscuit",
        "Soleil",
        "Girasole",
        "Tulp",
        "Jesien",
        "Falke",
        "Marea",
        "Harbour",
    ]
    if rng.random() < 0.5:
        return rng.choice(words) + rng.choice("!#$%&*?") + str(rng.randint(10, 2026))
    body = probe_values.pick(ALNUM, rng.randint(10, 14))
    return body[:5] + rng.choice("!#%*-_") + body[5:]


def token(kind: str) -> str:
    if kind == "gh":
        return "ghp_" + probe_values.pick(ALNUM, 36)
    if kind == "sk":
        return "sk_live_" + probe_values.pick(ALNUM, 24)
    if kind == "jwt":
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        return f"{head}.eyJ{probe_values.pick(ALNUM, 40)}.{probe_values.pick(ALNUM + '-_', 43)}"
    return probe_values.pick(ALNUM, 32)


def hexs(n: int) -> str:
    return probe_values.pick(HEX, n)


def a_uuid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def stamp() -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


Shape = Callable[[Lang], str]


def cred_shapes() -> list[tuple[str, Shape]]:
    def env(x: Lang) -> str:
        return (
            f"{x.intro()}\n```\nAPP_ENV=production\nDB_HOST=db.internal\nDB_USER=app\n"
            f"DB_PASSWORD={m('PASSWORD', password())}\nSTRIPE_SECRET_KEY={m('PASSWORD', token('sk'))}\nLOG_LEVEL=info\n```"
        )

    def dsn(x: Lang) -> str:
        scheme, port = rng.choice(
            (
                ("postgres", 5432),
                ("postgresql", 5432),
                ("mysql", 3306),
                ("mongodb", 27017),
                ("redis", 6379),
            )
        )
        user = rng.choice(("app", "svc_orders", "deploy", "root"))
        return f"{x.intro()}\nDATABASE_URL={scheme}://{user}:{m('PASSWORD', password())}@db-{rng.randint(1, 9)}.prod.internal:{port}/shop"

    def curl_user(x: Lang) -> str:
        full = x.full()
        return (
            f"{x.intro()}\n$ curl -s -u {m('EMAIL', x.email(full))}:{m('PASSWORD', password())} "
            f"https://api.{rng.choice(('acme.io', 'billing.example.net', 'shopware.cloud'))}/v1/invoices?limit=20"
        )

    def curl_bearer(x: Lang) -> str:
        return (
            f"{x.intro()}\ncurl -X GET 'https://api.github.com/user/repos' \\\n"
            f"  -H 'Accept: application/vnd.github+json' \\\n  -H 'Authorization: Bearer {m('PASSWORD', token(rng.choice(('gh', 'jwt'))))}'"
        )

    def kube(x: Lang) -> str:
        if rng.random() < 0.5:
            secret = f"    token: {m('PASSWORD', token('raw'))}"
        else:
            secret = f"    username: admin\n    password: {m('PASSWORD', password())}"
        return (
            f"{x.intro()}\n```yaml\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.{rng.randint(0, 255)}.0.1:6443\n  name: prod\n"
            f"users:\n- name: prod-admin\n  user:\n{secret}\ncurrent-context: prod\n```"
        )

    def docker(x: Lang) -> str:
        return f"{x.intro()}\n$ docker login -u ci-bot -p {m('PASSWORD', password())} registry.gitlab.com\nWARNING! Using --password via the CLI is insecure."

    def voice_pin(x: Lang) -> str:
        pin = probe_values.digits(rng.choice((4, 4, 6)))
        return VOICE[x.code]["pin"].format(v=m("PIN", x.spell(pin)))

    return [
        ("env", env),
        ("dsn", dsn),
        ("curl_user", curl_user),
        ("curl_bearer", curl_bearer),
        ("kube", kube),
        ("docker", docker),
        ("voice_pin", voice_pin),
    ]


def id_shapes() -> list[tuple[str, Shape]]:
    def json_(x: Lang) -> str:
        _label, value = x.national_id()
        return f'{x.intro()}\n{{"customer_id": {rng.randint(10000, 99999)}, "name": "{m("PERSON", x.full())}", "national_id": "{m("ID", value)}", "verified": true}}'

    def csv(x: Lang) -> str:
        _label, value = x.national_id()
        first, last = x.name()
        return f"{x.intro()}\nid;first_name;last_name;tax_id;created\n{rng.randint(100, 999)};{m('PERSON', first)};{m('PERSON', last)};{m('ID', value)};2026-11-{rng.randint(10, 28)}"

    def form(x: Lang) -> str:
        label, value = x.national_id()
        return f"{x.intro()}\n{FORWARD[x.code]}\n{x.lab['name']}: {m('PERSON', x.full())}\n{label}: {m('ID', value)}\n{x.lab['dob']}: {m('DOB', x.dob())}"

    def mdtable(x: Lang) -> str:
        label, value = x.national_id()
        return f"{x.intro()}\n| {x.lab['name']} | {label} |\n|---|---|\n| {m('PERSON', x.full())} | {m('ID', value)} |"

    def url(x: Lang) -> str:
        _label, value = x.national_id()
        return f"{x.intro()}\nhttps://portal.{rng.choice(('insurance-online.eu', 'hr-suite.com'))}/employee/lookup?taxid={m('ID', quote(value))}&lang={x.code}&tab=2"

    def voice(x: Lang) -> str:
        label, value = x.national_id()
        return VOICE[x.code]["id"].format(l=label.lower(), v=m("ID", x.spell(value)))

    def lower(x: Lang) -> str:
        label, value = x.national_id()
        return f"{x.intro().lower()} {label.lower()}: {m('ID', value.lower())}"

    return [
        ("json", json_),
        ("csv", csv),
        ("form", form),
        ("mdtable", mdtable),
        ("url", url),
        ("voice", voice),
        ("lower", lower),
    ]


def account_shapes() -> list[tuple[str, Shape]]:
    def json_(x: Lang) -> str:
        return f'{x.intro()}\n{{"payout": {{"holder": "{m("PERSON", x.full())}", "iban": "{m("ACCOUNT", x.iban("raw"))}", "currency": "EUR"}}}}'

    def csv(x: Lang) -> str:
        return f"{x.intro()}\nholder,iban,amount,reference\n{m('PERSON', x.full())},{m('ACCOUNT', x.iban('raw'))},{rng.randint(10, 999)}.{rng.randint(10, 99)},INV-{rng.randint(10000, 99999)}"

    def form(x: Lang) -> str:
        return f"{x.intro()}\n{FORWARD[x.code]}\n{x.lab['holder']}: {m('PERSON', x.full())}\n{x.lab['iban']}: {m('ACCOUNT', x.iban())}\nBIC: {rng.choice(('DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'PKOPPLPW', 'CAIXESBB'))}"

    def mdtable(x: Lang) -> str:
        return f"{x.intro()}\n| {x.lab['holder']} | IBAN |\n|---|---|\n| {m('PERSON', x.full())} | {m('ACCOUNT', x.iban())} |"

    def html(x: Lang) -> str:
        return (
            f'{x.intro()}\n<form action="/sepa/mandate" method="post">\n  <input type="text" name="account_holder" value="{m("PERSON", x.full())}">\n'
            f'  <input type="text" name="iban" value="{m("ACCOUNT", x.iban("raw"))}">\n  <button type="submit">OK</button>\n</form>'
        )

    def voice(x: Lang) -> str:
        return VOICE[x.code]["iban"].format(v=m("ACCOUNT", x.spell(x.iban("raw"))))

    def emoji_md(x: Lang) -> str:
        return f"{EMOJI[x.code]}\n- **{x.lab['holder']}:** {m('PERSON', x.full())}\n- **IBAN:** `{m('ACCOUNT', x.iban())}` 💶"

    return [
        ("json", json_),
        ("csv", csv),
        ("form", form),
        ("mdtable", mdtable),
        ("html", html),
        ("voice", voice),
        ("emoji_md", emoji_md),
    ]


def phone_shapes() -> list[tuple[str, Shape]]:
    def url(x: Lang) -> str:
        number = x.phone("e164")
        return f"{x.intro()}\nhttps://book.{rng.choice(('salonapp.eu', 'dentist-online.com'))}/confirm?slot=14%3A30&phone={m('PHONE', quote(number))}&ref=sms"

    def kvlog(x: Lang) -> str:
        return f'{x.intro()}\n{stamp()} level=WARN svc=sms-gateway msg="delivery failed" to={m("PHONE", x.phone(rng.choice(("e164", "intl"))).replace(" ", ""))} attempt=3 provider=twilio'

    def voice(x: Lang) -> str:
        return VOICE[x.code]["phone"].format(
            v=m("PHONE", x.spell(x.phone(rng.choice(("intl", "nat")))))
        )

    def mixed(x: Lang) -> str:
        return MIXED[x.code]["phone"].format(v=m("PHONE", x.phone()))

    def emoji_md(x: Lang) -> str:
        return f"{EMOJI[x.code]}\n📞 **{x.lab['phone']}:** {m('PHONE', x.phone())}\n✅"

    def html(x: Lang) -> str:
        return f'{x.intro()}\n<input type="tel" name="phone" id="phone" value="{m("PHONE", x.phone())}" required>'

    def yaml(x: Lang) -> str:
        return f'{x.intro()}\ncontact:\n  name: {m("PERSON", x.full())}\n  phone: "{m("PHONE", x.phone())}"\n  preferred: sms'

    return [
        ("url", url),
        ("kvlog", kvlog),
        ("voice", voice),
        ("mixed", mixed),
        ("emoji_md", emoji_md),
        ("html", html),
        ("yaml", yaml),
    ]


def person_shapes() -> list[tuple[str, Shape]]:
    def form(x: Lang) -> str:
        first, last = x.name()
        return f"{x.intro()}\n{FORWARD[x.code]}\n{x.lab['first']}: {m('PERSON', first)}\n{x.lab['last']}: {m('PERSON', last)}\n{x.lab['phone']}: {m('PHONE', x.phone())}"

    def json_(x: Lang) -> str:
        first, last = x.name()
        return f'{x.intro()}\n{{"user": {{"id": {rng.randint(1000, 99999)}, "firstName": "{m("PERSON", first)}", "lastName": "{m("PERSON", last)}", "role": "customer"}}}}'

    def csv(x: Lang) -> str:
        return f"{x.intro()}\nticket,customer,status,opened\nT-{rng.randint(1000, 9999)},{m('PERSON', x.full())},open,2026-11-{rng.randint(10, 28)}"

    def mdtable(x: Lang) -> str:
        return f"{x.intro()}\n| # | {x.lab['name']} | Status |\n|---|---|---|\n| 1 | {m('PERSON', x.full())} | ✅ |\n| 2 | {m('PERSON', x.full())} | ⏳ |"

    def allcaps(x: Lang) -> str:
        first, last = x.name()
        return ALLCAPS[x.code].format(
            v=f"{x.lab['last'].upper()}: {m('PERSON', last.upper())} {x.lab['first'].upper()}: {m('PERSON', first.upper())}"
        )

    def lower(x: Lang) -> str:
        return LOWER[x.code].format(v=m("PERSON", x.full().lower()))

    def mixed(x: Lang) -> str:
        return MIXED[x.code]["person"].format(v=m("PERSON", x.full()))

    return [
        ("form", form),
        ("json", json_),
        ("csv", csv),
        ("mdtable", mdtable),
        ("allcaps", allcaps),
        ("lower", lower),
        ("mixed", mixed),
    ]


def address_shapes() -> list[tuple[str, Shape]]:
    def form(x: Lang) -> str:
        return f"{x.intro()}\n{FORWARD[x.code]}\n{x.lab['name']}: {m('PERSON', x.full())}\n{x.lab['street']}: {m('ADDRESS', x.street())}\n{x.lab['city']}: {m('ADDRESS', x.city())}"

    def json_(x: Lang) -> str:
        return f'{x.intro()}\n{{"shipping_address": {{"line1": "{m("ADDRESS", x.street())}", "postal_city": "{m("ADDRESS", x.city())}", "country": "{REGION[x.code]}"}}}}'

    def yaml(x: Lang) -> str:
        return f"{x.intro()}\ndelivery:\n  street: {m('ADDRESS', x.street())}\n  city: {m('ADDRESS', x.city())}\n  window: 08:00-12:00"

    def html(x: Lang) -> str:
        return f'{x.intro()}\n<input name="street" value="{m("ADDRESS", x.street())}">\n<input name="zip_city" value="{m("ADDRESS", x.city())}">'

    def nodia(x: Lang) -> str:
        return f"{x.intro()}\n{ascii_fold(x.lab['street'])}: {m('ADDRESS', ascii_fold(x.street()))}, {m('ADDRESS', ascii_fold(x.city()))}"

    def allcaps(x: Lang) -> str:
        return ALLCAPS[x.code].format(
            v=f"{m('ADDRESS', x.street().upper())}, {m('ADDRESS', x.city().upper())}"
        )

    def emoji_md(x: Lang) -> str:
        return f"{EMOJI[x.code]}\n🏠 **{x.lab['street']}:** {m('ADDRESS', x.street())}\n📮 {m('ADDRESS', x.city())}"

    return [
        ("form", form),
        ("json", json_),
        ("yaml", yaml),
        ("html", html),
        ("nodia", nodia),
        ("allcaps", allcaps),
        ("emoji_md", emoji_md),
    ]


def dob_shapes() -> list[tuple[str, Shape]]:
    def form(x: Lang) -> str:
        return f"{x.intro()}\n{FORWARD[x.code]}\n{x.lab['name']}: {m('PERSON', x.full())}\n{x.lab['dob']}: {m('DOB', x.dob())}\n{x.lab['iban']}: {m('ACCOUNT', x.iban())}"

    def json_(x: Lang) -> str:
        return f'{x.intro()}\n{{"patient": {{"ref": "P-{rng.randint(10000, 99999)}", "birthDate": "{m("DOB", x.dob(iso=True))}", "gender": "{rng.choice(("f", "m"))}"}}}}'

    def csv(x: Lang) -> str:
        return f"{x.intro()}\nmember_no;name;date_of_birth\nM{rng.randint(10000, 99999)};{m('PERSON', x.full())};{m('DOB', x.dob())}"

    def voice(x: Lang) -> str:
        return VOICE[x.code]["dob"].format(v=m("DOB", x.dob_words()))

    def nodia(x: Lang) -> str:
        return f"{x.intro()}\n{ascii_fold(x.lab['dob']).lower()}: {m('DOB', ascii_fold(x.dob_words()))}"

    def yaml(x: Lang) -> str:
        return f"{x.intro()}\napplicant:\n  full_name: {m('PERSON', x.full())}\n  dob: {m('DOB', x.dob(iso=True))}\n  status: pending"

    def url(x: Lang) -> str:
        return f"{x.intro()}\nhttps://forms.{rng.choice(('insure-quote.eu', 'clinic-booking.com'))}/step2?birthdate={m('DOB', x.dob(iso=True))}&plan=basic&utm_source=google"

    return [
        ("form", form),
        ("json", json_),
        ("csv", csv),
        ("voice", voice),
        ("nodia", nodia),
        ("yaml", yaml),
        ("url", url),
    ]


def email_shapes() -> list[tuple[str, Shape]]:
    def url(x: Lang) -> str:
        mail = x.email()
        shown = quote(mail, safe="") if rng.random() < 0.5 else mail
        return f"{x.intro()}\nhttps://newsletter.{rng.choice(('shop-mail.eu', 'acme.com'))}/unsubscribe?email={m('EMAIL', shown)}&list=weekly&sig={hexs(16)}"

    def kvlog(x: Lang) -> str:
        return f"{x.intro()}\n{stamp()} level=INFO svc=auth event=login_failed user={m('EMAIL', x.email())} ip=10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)} reason=bad_password"

    def json_(x: Lang) -> str:
        full = x.full()
        return f'{x.intro()}\n{{"contact": {{"name": "{m("PERSON", full)}", "email": "{m("EMAIL", x.email(full))}"}}, "newsletter": false}}'

    def csv(x: Lang) -> str:
        return f"{x.intro()}\nemail,plan,signup\n{m('EMAIL', x.email())},pro,2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"

    def curl(x: Lang) -> str:
        return f'{x.intro()}\ncurl -X POST https://api.mailer.io/v3/contacts -H \'Content-Type: application/json\' -d \'{{"email":"{m("EMAIL", x.email())}","list":"vip"}}\''

    def mixed(x: Lang) -> str:
        return MIXED[x.code]["email"].format(v=m("EMAIL", x.email()))

    def emoji_md(x: Lang) -> str:
        return f"{EMOJI[x.code]}\n✉️ **{x.lab['email']}:** {m('EMAIL', x.email())}"

    return [
        ("url", url),
        ("kvlog", kvlog),
        ("json", json_),
        ("csv", csv),
        ("curl", curl),
        ("mixed", mixed),
        ("emoji_md", emoji_md),
    ]


def card_shapes() -> list[tuple[str, Shape]]:
    def json_(x: Lang) -> str:
        return f'{x.intro()}\n{{"payment": {{"method": "card", "pan": "{m("CARD", x.card("no"))}", "exp": "0{rng.randint(1, 9)}/2{rng.randint(7, 9)}"}}}}'

    def form(x: Lang) -> str:
        return f"{x.intro()}\n{FORWARD[x.code]}\n{x.lab['name']}: {m('PERSON', x.full())}\n{x.lab['card']}: {m('CARD', x.card())}"

    def voice(x: Lang) -> str:
        return VOICE[x.code]["card"].format(v=m("CARD", x.spell(x.card("no"))))

    def emoji_md(x: Lang) -> str:
        return f"{EMOJI[x.code]}\n💳 **{x.lab['card']}:** {m('CARD', x.card())}"

    def html(x: Lang) -> str:
        return f'{x.intro()}\n<input type="text" name="cc-number" autocomplete="cc-number" value="{m("CARD", x.card())}">'

    def csv(x: Lang) -> str:
        return f"{x.intro()}\norder,card,amount\nORD-{rng.randint(100000, 999999)},{m('CARD', x.card('no'))},{rng.randint(10, 500)}.00"

    def kvlog(x: Lang) -> str:
        return f'{x.intro()}\n{stamp()} level=ERROR svc=payments msg="charge declined" card={m("CARD", x.card("no"))} code=05 amount={rng.randint(10, 500)}00'

    return [
        ("json", json_),
        ("form", form),
        ("voice", voice),
        ("emoji_md", emoji_md),
        ("html", html),
        ("csv", csv),
        ("kvlog", kvlog),
    ]


PERSONAL: list[tuple[str, Callable[[], list[tuple[str, Shape]]]]] = [
    ("credential", cred_shapes), ("id", id_shapes), ("account", account_shapes),
    ("phone", phone_shapes), ("person", person_shapes), ("address", address_shapes),
    ("email", email_shapes), ("dob", dob_shapes), ("card", card_shapes),
]  # fmt: skip


def clean_shapes() -> list[tuple[str, Shape]]:
    def order_json(x: Lang) -> str:
        return f'{x.intro()}\n{{"order_id": "ORD-2026-{rng.randint(100000, 999999)}", "sku": "KB-{rng.randint(1000, 9999)}-BLK", "qty": {rng.randint(1, 5)}, "total": {rng.randint(10, 999)}.{rng.randint(10, 99)}, "currency": "EUR", "created_at": "{stamp()}"}}'

    def deploy_yaml(x: Lang) -> str:
        return (
            f"{x.intro()}\n```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout-api\nspec:\n  replicas: {rng.randint(2, 6)}\n"
            f"  template:\n    spec:\n      containers:\n      - name: api\n        image: ghcr.io/acme/checkout:{rng.randint(1, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}\n        ports:\n        - containerPort: 8080\n```"
        )

    def product_csv(x: Lang) -> str:
        rows = "\n".join(
            f"{rng.randint(4000000000000, 4999999999999)};SKU-{rng.randint(10000, 99999)};{rng.randint(1, 300)},{rng.randint(10, 99)};{rng.randint(0, 500)}"
            for _ in range(2)
        )
        return f"{x.intro()}\nean;sku;price;stock\n{rows}"

    def request_log(x: Lang) -> str:
        return "\n".join(
            [x.intro()]
            + [
                f"{stamp()} level=INFO request_id={a_uuid()} method=GET path=/api/v2/orders/{rng.randint(100000, 999999)} status={rng.choice((200, 200, 404, 502))} latency_ms={rng.randint(3, 900)}"
                for _ in range(2)
            ]
        )

    def shop_url(x: Lang) -> str:
        return f"{x.intro()}\nhttps://www.shop.example/p/{rng.randint(1000000, 9999999)}?variant={rng.randint(10000000, 99999999)}&utm_source=newsletter&utm_campaign=winter26&gclid={probe_values.pick(ALNUM, 24)}&page=2"

    def release_table(x: Lang) -> str:
        rows = "\n".join(
            f"| v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)} | 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} | {hexs(7)} | {rng.randint(2, 40)} |"
            for _ in range(3)
        )
        return f"{x.intro()}\n| version | date | commit | fixes |\n|---|---|---|---|\n{rows}"

    def empty_html(x: Lang) -> str:
        return (
            f'{x.intro()}\n<form method="post">\n  <input name="full_name" placeholder="{x.lab["name"]}" value="">\n'
            f'  <input name="iban" placeholder="{x.lab["iban"]}" value="">\n  <input type="tel" name="phone" value="" pattern="[0-9+ ]{{6,20}}">\n</form>'
        )

    def env_placeholders(x: Lang) -> str:
        return f"{x.intro()}\n```\nDB_HOST=localhost\nDB_PORT=5432\nDB_PASSWORD=${{DB_PASSWORD}}\nAPI_KEY=<your-api-key>\nSENTRY_DSN=\nFEATURE_FLAGS=checkout_v2,dark_mode\n```"

    def dsn_clean(x: Lang) -> str:
        return f"{x.intro()}\nDATABASE_URL=postgres://db.internal:5432/orders?sslmode=require\nREDIS_URL=redis://cache-{rng.randint(1, 5)}:6379/0\nREPLICA_URL=postgresql://app:${{PGPASSWORD}}@replica.internal:5432/orders"

    def curl_clean(x: Lang) -> str:
        return f'{x.intro()}\ncurl -X POST https://api.example.com/v1/orders \\\n  -H \'Content-Type: application/json\' \\\n  -H "Authorization: Bearer $API_TOKEN" \\\n  -d \'{{"sku":"KB-{rng.randint(1000, 9999)}","qty":{rng.randint(1, 9)}}}\''

    def git_docker(x: Lang) -> str:
        return f"{x.intro()}\ncommit {hexs(40)}\nAuthor: release-bot <release-bot@acme.dev>\n    bump checkout to {rng.randint(1, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}\n$ docker pull ghcr.io/acme/checkout@sha256:{hexs(64)}"

    def voice_order(x: Lang) -> str:
        return VOICE[x.code]["order"].format(v=x.spell(str(rng.randint(10000000, 99999999))))

    def tracking_hotline(x: Lang) -> str:
        tracking = rng.choice(
            (
                f"1Z{probe_values.pick(string.ascii_uppercase + string.digits, 16)}",
                f"JJD{probe_values.digits(18)}",
                f"00{probe_values.digits(18)}",
            )
        )
        return CLEAN[x.code]["carrier"].format(t=tracking, h=CLEAN[x.code]["hotline"])

    def mixed_clean(x: Lang) -> str:
        version = f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        return (
            MIXED[x.code]["clean"]
            .replace("v3.2.1", version)
            .replace("4012", str(rng.randint(1000, 9999)))
        )

    def release_note(x: Lang) -> str:
        return CLEAN[x.code]["release"].format(
            v=f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
            n=rng.randint(1000, 9999),
            b=rng.randint(10000, 99999),
            t=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        )

    def empty_form(x: Lang) -> str:
        e = CLEAN[x.code]["empty_form"]
        return f"{x.intro()}\n{FORWARD[x.code]}\n{x.lab['name']}: {e['name']}\n{x.lab['dob']}: {e['dob']}\n{x.lab['iban']}: {e['iban']}"

    def api_error(x: Lang) -> str:
        return f'{x.intro()}\n{{"error": {{"code": "rate_limited", "status": 429, "request_id": "{a_uuid()}", "retry_after": {rng.randint(5, 60)}, "timestamp": "{stamp()}", "trace": "{hexs(32)}"}}}}'

    def kube_clean(x: Lang) -> str:
        return (
            f"{x.intro()}\n```yaml\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /etc/kube/ca.crt\n    server: https://10.{rng.randint(0, 255)}.0.1:6443\n  name: staging\n"
            "users:\n- name: staging-sso\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, staging]\n```"
        )

    def caps_complaint(x: Lang) -> str:
        return CLEAN[x.code]["caps"].format(
            o=f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
            p=f"{rng.randint(20, 900)},{rng.randint(10, 99)}",
            d=f"{rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}",
        )

    def lower_products(x: Lang) -> str:
        return CLEAN[x.code]["lower"].format(
            s=f"ax-{rng.randint(100, 999)}",
            s2=f"model {rng.randint(2, 9)}0{rng.randint(0, 9)}s",
            p=f"{rng.randint(20, 400)}.{rng.randint(10, 99)}",
            p2=f"{rng.randint(20, 400)}.{rng.randint(10, 99)}",
        )

    def md_checklist(x: Lang) -> str:
        return f"{EMOJI[x.code].split(' 🙏')[0]} 🎉\n- [x] ticket **#{rng.randint(10000, 99999)}** closed ✅\n- [ ] invoice `INV-2026-{rng.randint(1000, 9999)}` ({rng.randint(10, 999)},{rng.randint(10, 99)} €) 🧾\n- [ ] call at {rng.randint(8, 17)}:{rng.choice(('00', '30'))} 📅"

    return [
        ("order_json", order_json), ("deploy_yaml", deploy_yaml), ("product_csv", product_csv),
        ("request_log", request_log), ("shop_url", shop_url), ("release_table", release_table),
        ("empty_html", empty_html), ("env_placeholders", env_placeholders), ("dsn_clean", dsn_clean),
        ("curl_clean", curl_clean), ("git_docker", git_docker), ("voice_order", voice_order),
        ("tracking_hotline", tracking_hotline), ("mixed_clean", mixed_clean), ("release_note", release_note),
        ("empty_form", empty_form), ("api_error", api_error), ("kube_clean", kube_clean),
        ("caps_complaint", caps_complaint), ("lower_products", lower_products),
    ]  # fmt: skip


def no_draw(name: str) -> str:
    raise AssertionError(f"probe22 writes its values literally, not =`{name}`")


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    clean = clean_shapes()
    per_category = len(cred_shapes())
    rows: list[dict[str, object]] = []
    for lang in LANGS:
        x = Lang(lang)
        templates: list[tuple[str, str, str]] = []
        for category, shapes in PERSONAL:
            assert len(shapes()) == per_category, category
            for _ in range(PERSONAL_DRAWS):
                templates += [(category, kind, shape(x)) for kind, shape in shapes()]
        for _ in range(CLEAN_DRAWS):
            templates += [("clean", kind, shape(x)) for kind, shape in clean]
        rows += probe_templates.checked_rows(
            "p22",
            {lang: templates},
            lambda template: probe_templates.render(template, no_draw),
            short=probe_templates.SHORT,
            category_of=probe_templates.CATEGORY,
            per_language=len(PERSONAL) * per_category * PERSONAL_DRAWS + len(clean) * CLEAN_DRAWS,
            clean=len(clean) * CLEAN_DRAWS,
        )
    return rows


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
