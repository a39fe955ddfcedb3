"""Build `benchmarks/data/chat_breadth_probe_v20.jsonl`, the twentieth chat breadth probe:
personal data inside structured content pasted into a chat.

Written blind (its author read only the docstring of `bench_chat_breadth.py`, the row format
of `chat_breadth_probe_v19.jsonl`, `probe_templates.py`, `probe_values.py` and the module
docstrings of `make_probe11.py` to `make_probe19.py`; not the detection rules, their tests,
nor the texts of the earlier probes) and committed before any detector ran on it. 350
messages, 50 in each of seven languages (en, de, fr, es, it, nl, pl): per language 30 carry
personal data and 20 are clean look-alikes of the same shapes. A short line in the row's
language introduces the pasted block; the block's field names are the language's own where
people would see them so (forms, ID cards, letters, spreadsheets) and English where software
writes them (JSON, SQL, logs).

Personal rows (`kind` names the shape):
- forms: `form` (a block of "Label: value" lines: name, date of birth, address, phone),
  `inline` (fields on one line, `|` or `;` between them), `form_dob`, `form_id`, `form_bank`
  (account holder, IBAN, BIC), `form_login` (user name and password);
- mail: `signature` (closing, name, role, company, mobile, e-mail), `quoted` (the
  "On ... X <mail> wrote:" line of a quoted reply), `forward` (a forwarded message's header);
- data formats: `json`, `yaml`, `ini` (an SMTP login), `csv` (header and two rows), `table`
  (a markdown table), `sql` (an INSERT), `xml`, `code` (a constructor call), `vcard`, `ics`
  (an invitation's attendee), `urlenc` (an e-mail URL-encoded in a query string), `wifi`
  (a Wi-Fi QR payload), `otpauth` (an authenticator URI: account e-mail and secret),
  `basic` (an HTTP basic `Authorization` header: base64 of e-mail and password);
- logs: `log_login` (an e-mail in an auth warning), `log_card` (a card number in a JSON log
  line), `log_sms` (a phone number in an SMS gateway line);
- OCR'd documents: `ocr_id` (the front of the country's ID card or driving licence: surname,
  given names, date of birth, ID and document numbers), `mrz` (the two machine-readable
  lines of a passport, valid ICAO 9303 check digits), `ocr_letter` (a bank letter: the
  addressee's name and address, the new IBAN), `label` (a parcel's shipping label).
Clean rows (`kind` the look-alike family): forms with empty fields or placeholders, configs
and `.env` files without secrets (placeholders, `${VAR}`, secret references), log lines
with timestamps, request ids and hashes, access logs, stack traces, product and sales
tables, an order's JSON, a table schema with personal-data column names, a JSON form
definition with validation patterns, a receipt with a masked card, a company's signature
and hotline, a quoted mail from a support team, a fee notice of a bank, a calendar event
without attendees, a git log entry.

Decisions (a reviewer should check them):
- Gold spans as in `make_probe14.py`: a name without its title; first and last names in
  separate fields are separate spans; an address as its street line and its postcode with
  its city (a city alone is not marked; a bank's or company's own address is not gold);
  a date of birth, an ID, an IBAN, a card number (no expiry), a phone number, an e-mail, a
  password and a user name exactly as written (an e-mail URL-encoded as `%40` included).
- A passport's MRZ: the second line whole is gold (category `id`: number, birth date and
  personal number with their check digits), and in the first line the name part (surname
  `<<` given names, without the country and the filler).
- A BIC, a bank's name and a company's hotline are not personal. A card shown as
  `**** 1234` and a card's expiry date are not gold. Addresses at the reserved example
  domains (`example.com`) are placeholders.
- An HTTP basic-auth header's base64 value is gold whole (it encodes the login); an
  authenticator URI's secret and account e-mail are gold, the issuer is not.
- Private IP addresses, request ids, hashes, timestamps, order and ticket numbers are not
  personal.

Row format as `bench_chat_breadth.py --set probe20` reads it:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.
Every personal value in a message is gold; the message counts as found only when all are
covered. The category of a personal row is the kind of the value the shape is about.
Values are drawn from a generator seeded here (`probe_values.rng`): IBANs, tax and social
security numbers, DNI, codice fiscale, BSN, PESEL and card numbers with valid check digits
(python-stdnum), phone numbers valid for `phonenumbers`; passwords, user names, secrets and
document numbers random in their usual layouts; names and addresses from the lists below.

    python benchmarks/make_probe20.py            # writes the data file
    python benchmarks/make_probe20.py --check    # exits 1 if the file differs
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import string
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import probe_templates
import probe_values
from probe_values import rng

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v20.jsonl"
SEED = 20_2026
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")

Shape = Callable[["Lang"], tuple[str, str, str]]


def m(label: str, value: str) -> str:
    """A value marked gold in a template."""
    assert "]" not in value and value, value
    return f"[[{label}|{value}]]"


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class Lang:
    """What a language's rows draw from: people, places, labels and value makers."""

    def __init__(self, code: str, data: dict[str, object]) -> None:
        self.code = code
        self.d = data
        self.n = 0

    def w(self, key: str) -> str:
        value = self.d[key]
        assert isinstance(value, str), key
        return value

    def person(self) -> tuple[str, str]:
        names = self.d["names"]
        assert isinstance(names, list)
        full = names[self.n % len(names)]
        self.n += 1
        first, _, last = full.partition(" ")
        return first, last

    def place(self) -> tuple[str, str]:
        places = self.d["places"]
        assert isinstance(places, list)
        return places[rng.randrange(len(places))]

    def email(self, first: str, last: str) -> str:
        domains = self.d["domains"]
        assert isinstance(domains, list)
        local = ascii_fold(first).lower() + rng.choice((".", "_", "")) + ascii_fold(
            last.replace(" ", "").replace("'", "").replace("-", "")
        ).lower()
        if rng.random() < 0.4:
            local += str(rng.randint(70, 99))
        return f"{local}@{rng.choice(domains)}"

    def phone(self, layout: str = "") -> str:
        kind = rng.choice(("mob", "mob", "fix"))
        return probe_values.phone(
            self.w("region"), kind, layout or rng.choice(("intl", "nat", "intl"))
        )

    def iban(self) -> str:
        return probe_values.make_iban(self.w("region"), rng.choice(("sp", "sp", "raw")))

    def national_id(self) -> str:
        gens = self.d["ids"]
        assert isinstance(gens, list)
        return probe_values.GEN[rng.choice(gens)]()

    def dob(self, style: str = "local") -> str:
        year, month, day = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        if style == "iso":
            return f"{year}-{month:02d}-{day:02d}"
        sep = self.w("datesep")
        if self.code == "en":
            return f"{day:02d}/{month:02d}/{year}"
        return f"{day:02d}{sep}{month:02d}{sep}{year}"


def password() -> str:
    words = ["Sommer", "Kaffee", "Soleil", "Montagna", "Fiets", "Kwiatek", "Tiger", "Luna"]
    if rng.random() < 0.5:
        return rng.choice(words) + rng.choice("!#$%&*?") + str(rng.randint(10, 2026))
    chars = string.ascii_letters + string.digits
    body = probe_values.pick(chars, rng.randint(10, 14))
    return body[:4] + rng.choice("!#$%&*?-_") + body[4:]


def username(first: str, last: str) -> str:
    return ascii_fold(first[0] + last.split(" ")[0]).lower().replace("'", "") + str(
        rng.randint(1, 99)
    )


def card_number(layout: str = "sp") -> str:
    iin, length = rng.choice((("4", "16"), ("51", "16"), ("55", "16"), ("2221", "16")))
    return probe_values.card(iin, length, layout)


def b32(n: int) -> str:
    return probe_values.pick(string.ascii_uppercase + "234567", n)


# ---------------------------------------------------------------------------------------
# Passports' machine-readable zone (ICAO 9303 TD3)


def mrz_check(text: str) -> str:
    def value(ch: str) -> int:
        if ch.isdigit():
            return int(ch)
        if ch == "<":
            return 0
        return ord(ch) - 55

    return str(sum(value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


def mrz_name(name: str) -> str:
    return ascii_fold(name).upper().replace("-", "<").replace(" ", "<").replace("'", "")


MRZ_STATE = {"en": "GBR", "de": "D<<", "fr": "FRA", "es": "ESP", "it": "ITA", "nl": "NLD",
             "pl": "POL"}  # fmt: skip


def passport_number(lang: str) -> str:
    if lang == "en":
        return probe_values.digits(9)
    if lang == "de":
        return rng.choice("CFGHJK") + probe_values.pick("CFGHJKLMNPRTVWXYZ0123456789", 8)
    if lang == "fr":
        return probe_values.digits(2) + probe_values.pick(string.ascii_uppercase, 2) + (
            probe_values.digits(5)
        )
    if lang in ("es", "pl"):
        return probe_values.pick(string.ascii_uppercase, 3) + probe_values.digits(6)
    if lang == "it":
        return probe_values.pick("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + probe_values.digits(7)
    return probe_values.pick("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + probe_values.pick(
        "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6
    ) + probe_values.digits(1)


def mrz(lang: str, first: str, last: str) -> tuple[str, str, str]:
    """The country part, the name part and the second line of a TD3 MRZ."""
    head = "P<" + MRZ_STATE[lang]
    name = mrz_name(last) + "<<" + mrz_name(first)
    number = passport_number(lang)[:9].ljust(9, "<")
    birth = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    expiry = f"{rng.randint(27, 35):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    personal = "<" * 14
    sex = rng.choice("MF")
    line = (
        number + mrz_check(number) + MRZ_STATE[lang] + birth + mrz_check(birth) + sex
        + expiry + mrz_check(expiry) + personal + mrz_check(personal)
    )  # fmt: skip
    composite = line[0:10] + line[13:20] + line[21:43]
    line += mrz_check(composite)
    assert len(line) == 44
    return head, name, line


def dowod() -> str:
    """A Polish ID card number with its check digit (at the fourth position)."""
    letters = probe_values.pick("ABCDEFGHJKLMNPRSTUVWXYZ", 3)
    rest = probe_values.digits(5)
    values = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    check = sum(v * w for v, w in zip(values, weights, strict=True)) % 10
    return f"{letters}{check}{rest}"


def uk_licence(first: str, last: str, dob: str) -> str:
    day, month, year = dob.split("/")
    surname = ascii_fold(last).upper().replace(" ", "").replace("'", "")[:5].ljust(5, "9")
    return (
        f"{surname}{year[2]}{month}{day}{year[3]}{ascii_fold(first)[0].upper()}9"
        f"9{probe_values.pick('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}"
    )


# ---------------------------------------------------------------------------------------
# The languages


L: dict[str, dict[str, object]] = {
    "en": {
        "region": "GB",
        "datesep": "/",
        "ids": ["nino", "nhs"],
        "id_label": "NI number",
        "names": ["Olivia Bennett", "Daniel Okafor", "Priya Raman", "Thomas Whitfield",
                  "Grace O'Connell", "Mohammed Iqbal", "Hannah Lloyd-Price"],
        "places": [("14 Elmwood Road", "Leeds LS6 2QT"), ("27 Clarence Street", "Bristol BS2 0QU"),
                   ("Flat 3, 8 Hollybank Avenue", "Manchester M20 4RT")],
        "domains": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
        "name": "Name", "first": "First name", "last": "Surname", "dob": "Date of birth",
        "address": "Address", "phone": "Phone", "mobile": "Mobile", "email": "Email",
        "holder": "Account holder", "user": "Username", "pass": "Password",
        "birthplace": "Place of birth", "city_birth": "Sheffield",
        "bank": "Barclays Bank UK PLC", "bic": "BUKBGB22", "company": "Northwind Logistics Ltd",
        "role": "Procurement Manager", "closing": "Kind regards",
        "hotline": "0800 046 7312", "web": "www.northwind-logistics.co.uk",
    },
    "de": {
        "region": "DE",
        "datesep": ".",
        "ids": ["idnr"],
        "id_label": "Steuer-ID",
        "names": ["Anna Huber", "Jonas Weißmann", "Elif Yılmaz", "Katharina Schulze-Brandt",
                  "Lukas Behrens", "Mira Nowak", "Tobias Krüger"],
        "places": [("Lindenstraße 27", "10969 Berlin"), ("Am Kirchberg 4a", "82031 Grünwald"),
                   ("Hauptstr. 112", "70563 Stuttgart")],
        "domains": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
        "name": "Name", "first": "Vorname", "last": "Nachname", "dob": "Geburtsdatum",
        "address": "Anschrift", "phone": "Telefon", "mobile": "Mobil", "email": "E-Mail",
        "holder": "Kontoinhaber", "user": "Benutzername", "pass": "Passwort",
        "birthplace": "Geburtsort", "city_birth": "Bielefeld",
        "bank": "Sparkasse KölnBonn", "bic": "COLSDE33XXX", "company": "Brandt & Söhne GmbH",
        "role": "Leitung Einkauf", "closing": "Mit freundlichen Grüßen",
        "hotline": "0800 330 2211", "web": "www.brandt-soehne.de",
    },
    "fr": {
        "region": "FR",
        "datesep": "/",
        "ids": ["nir"],
        "id_label": "N° de sécurité sociale",
        "names": ["Camille Lefèvre", "Julien Moreau", "Inès Benali", "Hugo Garnier",
                  "Chloé Dubois-Martin", "Mamadou Diallo", "Léa Rousseau"],
        "places": [("12 rue des Lilas", "69003 Lyon"), ("45 avenue Jean Jaurès", "31400 Toulouse"),
                   ("3 impasse du Moulin", "44000 Nantes")],
        "domains": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
        "name": "Nom", "first": "Prénom", "last": "Nom", "dob": "Date de naissance",
        "address": "Adresse", "phone": "Téléphone", "mobile": "Portable", "email": "E-mail",
        "holder": "Titulaire du compte", "user": "Identifiant", "pass": "Mot de passe",
        "birthplace": "Lieu de naissance", "city_birth": "Rennes",
        "bank": "Crédit Mutuel de Bretagne", "bic": "CMBRFR2BXXX",
        "company": "Atelier Garnier SARL", "role": "Responsable achats",
        "closing": "Cordialement", "hotline": "09 69 32 15 15", "web": "www.atelier-garnier.fr",
    },
    "es": {
        "region": "ES",
        "datesep": "/",
        "ids": ["dni", "nie"],
        "id_label": "DNI/NIE",
        "names": ["Lucía Fernández Ruiz", "Javier Moreno Castillo", "Carmen Delgado",
                  "Andrés Ortega Vidal", "Nuria Pastor", "Sergio Ibáñez", "Ana Belén Soto"],
        "places": [("Calle de Alcalá 214, 3º B", "28028 Madrid"),
                   ("Avinguda Diagonal 455", "08036 Barcelona"), ("Calle Sierpes 21", "41004 Sevilla")],
        "domains": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
        "name": "Nombre", "first": "Nombre", "last": "Apellidos", "dob": "Fecha de nacimiento",
        "address": "Dirección", "phone": "Teléfono", "mobile": "Móvil", "email": "Correo",
        "holder": "Titular", "user": "Usuario", "pass": "Contraseña",
        "birthplace": "Lugar de nacimiento", "city_birth": "Zaragoza",
        "bank": "CaixaBank", "bic": "CAIXESBBXXX", "company": "Distribuciones Ortega S.L.",
        "role": "Jefe de compras", "closing": "Un saludo",
        "hotline": "900 123 456", "web": "www.distribuciones-ortega.es",
    },
    "it": {
        "region": "IT",
        "datesep": "/",
        "ids": ["cf"],
        "id_label": "Codice fiscale",
        "names": ["Giulia Ferrari", "Marco Colombo", "Francesca De Luca", "Alessandro Bianchi",
                  "Chiara Esposito", "Davide Romano", "Aurora Gallo"],
        "places": [("Via Giuseppe Verdi 18", "20121 Milano"),
                   ("Corso Vittorio Emanuele II 77", "10128 Torino"), ("Via dei Mille 5", "80121 Napoli")],
        "domains": ["libero.it", "virgilio.it", "gmail.com", "alice.it"],
        "name": "Nome", "first": "Nome", "last": "Cognome", "dob": "Data di nascita",
        "address": "Indirizzo", "phone": "Telefono", "mobile": "Cellulare", "email": "Email",
        "holder": "Intestatario", "user": "Nome utente", "pass": "Password",
        "birthplace": "Luogo di nascita", "city_birth": "Bergamo",
        "bank": "Intesa Sanpaolo", "bic": "BCITITMMXXX", "company": "Colombo Forniture S.r.l.",
        "role": "Responsabile acquisti", "closing": "Cordiali saluti",
        "hotline": "800 303 303", "web": "www.colomboforniture.it",
    },
    "nl": {
        "region": "NL",
        "datesep": "-",
        "ids": ["bsn"],
        "id_label": "BSN",
        "names": ["Sanne de Vries", "Thijs van den Berg", "Fleur Jansen", "Daan Bakker",
                  "Noor el Amrani", "Lotte Visser", "Bram Smits"],
        "places": [("Prinsengracht 418", "1016 HX Amsterdam"), ("Kerkstraat 12", "3511 LX Utrecht"),
                   ("Weimarstraat 88", "2562 GS Den Haag")],
        "domains": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
        "name": "Naam", "first": "Voornaam", "last": "Achternaam", "dob": "Geboortedatum",
        "address": "Adres", "phone": "Telefoon", "mobile": "Mobiel", "email": "E-mail",
        "holder": "Rekeninghouder", "user": "Gebruikersnaam", "pass": "Wachtwoord",
        "birthplace": "Geboorteplaats", "city_birth": "Zwolle",
        "bank": "Rabobank", "bic": "RABONL2U", "company": "Bakker Installatietechniek B.V.",
        "role": "Inkoper", "closing": "Met vriendelijke groet",
        "hotline": "0800 0223", "web": "www.bakker-installatie.nl",
    },
    "pl": {
        "region": "PL",
        "datesep": ".",
        "ids": ["pesel"],
        "id_label": "PESEL",
        "names": ["Agnieszka Wiśniewska", "Tomasz Zieliński", "Katarzyna Wójcik", "Michał Kamiński",
                  "Magdalena Lewandowska", "Paweł Dąbrowski", "Oksana Melnyk"],
        "places": [("ul. Marszałkowska 84/92 m. 15", "00-514 Warszawa"), ("ul. Długa 7", "31-147 Kraków"),
                   ("os. Piastowskie 23/4", "61-164 Poznań")],
        "domains": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"],
        "name": "Imię i nazwisko", "first": "Imię", "last": "Nazwisko", "dob": "Data urodzenia",
        "address": "Adres", "phone": "Telefon", "mobile": "Komórka", "email": "E-mail",
        "holder": "Właściciel rachunku", "user": "Login", "pass": "Hasło",
        "birthplace": "Miejsce urodzenia", "city_birth": "Lublin",
        "bank": "PKO Bank Polski", "bic": "BPKOPLPW", "company": "Zieliński Transport Sp. z o.o.",
        "role": "Kierownik zakupów", "closing": "Pozdrawiam serdecznie",
        "hotline": "800 302 302", "web": "www.zielinski-transport.pl",
    },
}  # fmt: skip

# The short lines people write above what they paste, per shape and language.
INTRO: dict[str, dict[str, str]] = {
    "form": {
        "en": "this is what I typed into the form, why does it say invalid?",
        "de": "Das habe ich ins Formular eingetragen, warum kommt ein Fehler?",
        "fr": "voilà ce que j'ai mis dans le formulaire, ça bloque à la validation",
        "es": "esto es lo que puse en el formulario y no me deja continuar",
        "it": "ho compilato il modulo così, ma non va avanti",
        "nl": "dit heb ik in het formulier ingevuld, maar hij geeft een foutmelding",
        "pl": "tak wypełniłam formularz, a wyskakuje błąd",
    },
    "inline": {
        "en": "copied from the booking screen:",
        "de": "aus der Buchungsmaske kopiert:",
        "fr": "copié depuis l'écran de réservation :",
        "es": "copiado de la pantalla de reserva:",
        "it": "copiato dalla schermata di prenotazione:",
        "nl": "gekopieerd uit het boekingsscherm:",
        "pl": "skopiowane z ekranu rezerwacji:",
    },
    "form_dob": {
        "en": "the insurance form rejected this, can you check the date format?",
        "de": "Die Versicherung lehnt das Formular ab, stimmt das Datumsformat?",
        "fr": "la mutuelle refuse le formulaire, le format de date est bon ?",
        "es": "la aseguradora rechaza el formulario, ¿el formato de fecha está bien?",
        "it": "l'assicurazione rifiuta il modulo, il formato della data è giusto?",
        "nl": "de verzekeraar keurt het formulier af, klopt het datumformaat?",
        "pl": "ubezpieczyciel odrzuca formularz, czy format daty jest dobry?",
    },
    "form_id": {
        "en": "payroll asked me to confirm these details:",
        "de": "Die Lohnbuchhaltung will, dass ich das bestätige:",
        "fr": "le service paie me demande de confirmer ça :",
        "es": "de nóminas me piden que confirme estos datos:",
        "it": "l'ufficio paghe mi chiede di confermare questi dati:",
        "nl": "de salarisadministratie vraagt me dit te bevestigen:",
        "pl": "kadry proszą o potwierdzenie tych danych:",
    },
    "form_bank": {
        "en": "new bank details for the refund:",
        "de": "neue Bankverbindung für die Erstattung:",
        "fr": "nouvelles coordonnées bancaires pour le remboursement :",
        "es": "nuevos datos bancarios para el reembolso:",
        "it": "nuove coordinate bancarie per il rimborso:",
        "nl": "nieuwe bankgegevens voor de terugbetaling:",
        "pl": "nowe dane do zwrotu:",
    },
    "form_login": {
        "en": "these are the login details the school sent, they don't work",
        "de": "das sind die Zugangsdaten von der Schule, klappt aber nicht",
        "fr": "voici les identifiants envoyés par l'école, ils ne marchent pas",
        "es": "estos son los datos de acceso que mandó el colegio y no funcionan",
        "it": "queste sono le credenziali che ha mandato la scuola, non funzionano",
        "nl": "dit zijn de inloggegevens van school, ze werken niet",
        "pl": "to dane logowania ze szkoły, nie działają",
    },
    "signature": {
        "en": "can you make my email signature look nicer? currently:",
        "de": "kannst du meine Mail-Signatur schöner formatieren? aktuell:",
        "fr": "tu peux rendre ma signature de mail plus jolie ? actuellement :",
        "es": "¿puedes mejorar mi firma de correo? ahora mismo es:",
        "it": "puoi sistemare la mia firma email? adesso è così:",
        "nl": "kun je mijn e-mailhandtekening mooier maken? nu:",
        "pl": "możesz ładniej sformatować mój podpis w mailu? obecnie:",
    },
    "quoted": {
        "en": "please summarise the thread below\n\n",
        "de": "bitte fass den Verlauf unten zusammen\n\n",
        "fr": "résume le fil ci-dessous stp\n\n",
        "es": "resúmeme el hilo de abajo\n\n",
        "it": "riassumi il thread qui sotto\n\n",
        "nl": "vat de mail hieronder samen aub\n\n",
        "pl": "streść proszę wątek poniżej\n\n",
    },
    "forward": {
        "en": "is this a scam? got it forwarded:",
        "de": "ist das Phishing? wurde mir weitergeleitet:",
        "fr": "c'est une arnaque ? on me l'a transféré :",
        "es": "¿esto es una estafa? me lo reenviaron:",
        "it": "è una truffa? me l'hanno inoltrata:",
        "nl": "is dit oplichting? doorgestuurd gekregen:",
        "pl": "czy to oszustwo? dostałam to przekazane:",
    },
    "json": {
        "en": "why does the API return 422 for this body?",
        "de": "warum gibt die API bei diesem Body 422 zurück?",
        "fr": "pourquoi l'API renvoie 422 avec ce body ?",
        "es": "¿por qué la API devuelve 422 con este body?",
        "it": "perché l'API risponde 422 con questo body?",
        "nl": "waarom geeft de API 422 terug op deze body?",
        "pl": "czemu API zwraca 422 dla tego body?",
    },
    "yaml": {
        "en": "fixture file for the test, the parser chokes on it:",
        "de": "Fixture-Datei für den Test, der Parser steigt aus:",
        "fr": "fichier de fixture pour le test, le parseur plante :",
        "es": "fichero de fixture para el test, el parser falla:",
        "it": "file di fixture per il test, il parser si blocca:",
        "nl": "fixture-bestand voor de test, de parser loopt vast:",
        "pl": "plik fixture do testu, parser się wywala:",
    },
    "ini": {
        "en": "my mail client config, sending fails with 535:",
        "de": "meine Mailclient-Konfig, Senden scheitert mit 535:",
        "fr": "la config de mon client mail, l'envoi échoue avec 535 :",
        "es": "la config de mi cliente de correo, el envío falla con 535:",
        "it": "la config del client di posta, l'invio fallisce con 535:",
        "nl": "config van mijn mailprogramma, verzenden faalt met 535:",
        "pl": "konfiguracja klienta poczty, wysyłka kończy się 535:",
    },
    "csv": {
        "en": "import keeps failing on line 3, here are the first lines:",
        "de": "der Import bricht in Zeile 3 ab, hier die ersten Zeilen:",
        "fr": "l'import plante ligne 3, voici le début du fichier :",
        "es": "la importación falla en la línea 3, aquí las primeras líneas:",
        "it": "l'import si ferma alla riga 3, ecco le prime righe:",
        "nl": "de import faalt op regel 3, hier de eerste regels:",
        "pl": "import wywala się w 3 linii, oto początek pliku:",
    },
    "table": {
        "en": "turn this table into a CSV please",
        "de": "mach aus der Tabelle bitte ein CSV",
        "fr": "transforme ce tableau en CSV stp",
        "es": "pasa esta tabla a CSV por favor",
        "it": "trasforma questa tabella in CSV per favore",
        "nl": "zet deze tabel om naar CSV aub",
        "pl": "zamień tę tabelę na CSV",
    },
    "sql": {
        "en": "getting a constraint error on this insert:",
        "de": "bei diesem Insert kommt ein Constraint-Fehler:",
        "fr": "erreur de contrainte sur cet insert :",
        "es": "me da error de restricción en este insert:",
        "it": "errore di vincolo su questo insert:",
        "nl": "constraint-fout bij deze insert:",
        "pl": "błąd ograniczenia przy tym insercie:",
    },
    "xml": {
        "en": "the lab system exports this, how do I parse it in python?",
        "de": "das Laborsystem exportiert das, wie parse ich es in Python?",
        "fr": "le logiciel du labo exporte ça, comment le parser en python ?",
        "es": "el sistema del laboratorio exporta esto, ¿cómo lo parseo en python?",
        "it": "il gestionale del laboratorio esporta questo, come lo leggo in python?",
        "nl": "het labsysteem exporteert dit, hoe parse ik het in python?",
        "pl": "system laboratorium eksportuje coś takiego, jak to sparsować w pythonie?",
    },
    "code": {
        "en": "test fails with ValidationError, snippet:",
        "de": "Test schlägt mit ValidationError fehl, Ausschnitt:",
        "fr": "le test échoue avec ValidationError, extrait :",
        "es": "el test falla con ValidationError, fragmento:",
        "it": "il test fallisce con ValidationError, estratto:",
        "nl": "test faalt met ValidationError, fragment:",
        "pl": "test pada z ValidationError, fragment:",
    },
    "vcard": {
        "en": "my phone exported this contact, can you fix the encoding?",
        "de": "das Handy hat den Kontakt so exportiert, kannst du das Encoding reparieren?",
        "fr": "mon téléphone a exporté ce contact, tu peux corriger l'encodage ?",
        "es": "el móvil exportó este contacto, ¿puedes arreglar la codificación?",
        "it": "il telefono ha esportato questo contatto, puoi sistemare la codifica?",
        "nl": "mijn telefoon exporteerde dit contact, kun je de codering fixen?",
        "pl": "telefon wyeksportował ten kontakt, naprawisz kodowanie?",
    },
    "ics": {
        "en": "outlook won't import this invite:",
        "de": "Outlook importiert die Einladung nicht:",
        "fr": "outlook refuse d'importer cette invitation :",
        "es": "outlook no importa esta invitación:",
        "it": "outlook non importa questo invito:",
        "nl": "outlook wil deze uitnodiging niet importeren:",
        "pl": "outlook nie chce zaimportować tego zaproszenia:",
    },
    "urlenc": {
        "en": "seeing lots of these in the nginx log, normal?",
        "de": "sehe viele solche Zeilen im nginx-Log, normal?",
        "fr": "je vois plein de lignes comme ça dans le log nginx, normal ?",
        "es": "veo muchas líneas así en el log de nginx, ¿es normal?",
        "it": "vedo molte righe così nel log di nginx, è normale?",
        "nl": "zie veel van deze regels in de nginx-log, normaal?",
        "pl": "widzę dużo takich linii w logu nginx, to normalne?",
    },
    "wifi": {
        "en": "decoded the wifi QR code from the router sticker:",
        "de": "QR-Code vom Router-Aufkleber dekodiert:",
        "fr": "j'ai décodé le QR code wifi de la box :",
        "es": "decodifiqué el QR del wifi de la pegatina del router:",
        "it": "ho decodificato il QR del wifi dall'etichetta del router:",
        "nl": "de wifi-QR-code van de router-sticker gedecodeerd:",
        "pl": "odczytałem kod QR wifi z naklejki routera:",
    },
    "otpauth": {
        "en": "new phone, this is what the QR for my bank's authenticator says:",
        "de": "neues Handy, das steht im QR-Code für den Authenticator der Bank:",
        "fr": "nouveau téléphone, voilà le contenu du QR de l'authentificateur :",
        "es": "móvil nuevo, esto pone el QR del autenticador del banco:",
        "it": "telefono nuovo, ecco cosa contiene il QR dell'autenticatore:",
        "nl": "nieuwe telefoon, dit staat in de QR voor de authenticator:",
        "pl": "nowy telefon, to jest w kodzie QR do aplikacji uwierzytelniającej:",
    },
    "basic": {
        "en": "request headers from devtools, still 401:",
        "de": "Request-Header aus den Devtools, trotzdem 401:",
        "fr": "en-têtes de la requête depuis devtools, toujours 401 :",
        "es": "cabeceras de la petición desde devtools, sigue dando 401:",
        "it": "header della richiesta dai devtools, sempre 401:",
        "nl": "request headers uit devtools, nog steeds 401:",
        "pl": "nagłówki żądania z devtools, dalej 401:",
    },
    "log_login": {
        "en": "what does this log line mean?",
        "de": "was bedeutet diese Logzeile?",
        "fr": "que veut dire cette ligne de log ?",
        "es": "¿qué significa esta línea del log?",
        "it": "cosa significa questa riga di log?",
        "nl": "wat betekent deze logregel?",
        "pl": "co oznacza ta linia logu?",
    },
    "log_card": {
        "en": "payments are failing, latest error:",
        "de": "Zahlungen schlagen fehl, letzter Fehler:",
        "fr": "les paiements échouent, dernière erreur :",
        "es": "fallan los pagos, último error:",
        "it": "i pagamenti falliscono, ultimo errore:",
        "nl": "betalingen mislukken, laatste fout:",
        "pl": "płatności nie przechodzą, ostatni błąd:",
    },
    "log_sms": {
        "en": "the OTP texts never arrive, gateway log says:",
        "de": "die SMS-Codes kommen nie an, im Gateway-Log steht:",
        "fr": "les SMS de code n'arrivent jamais, le log de la passerelle dit :",
        "es": "los SMS con el código no llegan, el log de la pasarela dice:",
        "it": "gli SMS con il codice non arrivano, il log del gateway dice:",
        "nl": "de sms-codes komen nooit aan, de gateway-log zegt:",
        "pl": "SMS-y z kodem nie dochodzą, log bramki mówi:",
    },
    "ocr_id": {
        "en": "OCR of my licence for the rental form, did it read it right?",
        "de": "OCR von meinem Ausweis fürs Formular, hat es richtig gelesen?",
        "fr": "OCR de ma carte d'identité pour le dossier, c'est bien lu ?",
        "es": "OCR de mi DNI para el trámite, ¿lo ha leído bien?",
        "it": "OCR della mia carta d'identità per la pratica, ha letto bene?",
        "nl": "OCR van mijn ID-kaart voor het formulier, goed gelezen?",
        "pl": "OCR mojego dowodu do wniosku, dobrze odczytał?",
    },
    "mrz": {
        "en": "the hotel scanner only read the bottom of my passport:",
        "de": "der Scanner im Hotel hat nur die untere Zeile vom Pass gelesen:",
        "fr": "le scanner de l'hôtel n'a lu que le bas de mon passeport :",
        "es": "el escáner del hotel solo leyó la parte de abajo del pasaporte:",
        "it": "lo scanner dell'hotel ha letto solo la parte bassa del passaporto:",
        "nl": "de scanner van het hotel las alleen de onderkant van mijn paspoort:",
        "pl": "skaner w hotelu odczytał tylko dół paszportu:",
    },
    "ocr_letter": {
        "en": "scanned the bank letter, what do I need to do?",
        "de": "Brief von der Bank eingescannt, was muss ich tun?",
        "fr": "j'ai scanné le courrier de la banque, je dois faire quoi ?",
        "es": "escaneé la carta del banco, ¿qué tengo que hacer?",
        "it": "ho scansionato la lettera della banca, cosa devo fare?",
        "nl": "brief van de bank gescand, wat moet ik doen?",
        "pl": "zeskanowałam list z banku, co mam zrobić?",
    },
    "label": {
        "en": "the label on the returned parcel says:",
        "de": "auf dem Etikett vom zurückgekommenen Paket steht:",
        "fr": "sur l'étiquette du colis retourné il y a :",
        "es": "en la etiqueta del paquete devuelto pone:",
        "it": "sull'etichetta del pacco tornato indietro c'è scritto:",
        "nl": "op het etiket van het retourpakket staat:",
        "pl": "na etykiecie zwróconej paczki jest:",
    },
}


def personal_shapes() -> list[tuple[str, str, Shape]]:
    """(category, kind, shape) of the 30 personal rows of each language."""

    def form(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        street, city = x.place()
        return "person", "form", (
            f"{INTRO['form'][x.code]}\n\n{x.w('name')}: {m('PERSON', f'{first} {last}')}\n"
            f"{x.w('dob')}: {m('DOB', x.dob())}\n{x.w('address')}: {m('ADDRESS', street)}, "
            f"{m('ADDRESS', city)}\n{x.w('phone')}: {m('PHONE', x.phone())}"
        )

    def inline(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        sep = rng.choice((" | ", "; "))
        return "person", "inline", (
            f"{INTRO['inline'][x.code]} {x.w('first')}: {m('PERSON', first)}{sep}"
            f"{x.w('last')}: {m('PERSON', last)}{sep}{x.w('birthplace')}: {x.w('city_birth')}"
        )

    def form_dob(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "dob", "form_dob", (
            f"{INTRO['form_dob'][x.code]}\n{x.w('last')}, {x.w('first')}: "
            f"{m('PERSON', f'{last}, {first}')}\n{x.w('dob')}: {m('DOB', x.dob())}"
        )

    def form_id(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "id", "form_id", (
            f"{INTRO['form_id'][x.code]}\n{x.w('name')}: {m('PERSON', f'{first} {last}')}\n"
            f"{x.w('id_label')}: {m('ID', x.national_id())}"
        )

    def form_bank(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "account", "form_bank", (
            f"{INTRO['form_bank'][x.code]}\n{x.w('holder')}: {m('PERSON', f'{first} {last}')}\n"
            f"IBAN: {m('ACCOUNT', x.iban())}\nBIC: {x.w('bic')}"
        )

    def form_login(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "credential", "form_login", (
            f"{INTRO['form_login'][x.code]}\n\n{x.w('user')}: {m('USERNAME', username(first, last))}\n"
            f"{x.w('pass')}: {m('PASSWORD', password())}"
        )

    def signature(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "phone", "signature", (
            f"{INTRO['signature'][x.code]}\n\n{x.w('closing')}\n{m('PERSON', f'{first} {last}')}\n"
            f"{x.w('role')} | {x.w('company')}\n{x.w('mobile')}: {m('PHONE', x.phone())}\n"
            f"{m('EMAIL', x.email(first, last))}"
        )

    def quoted(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        head = {
            "en": "On Tue, 3 Nov 2026 at 09:14, {n} <{e}> wrote:",
            "de": "Am Di., 3. Nov. 2026 um 09:14 Uhr schrieb {n} <{e}>:",
            "fr": "Le mar. 3 nov. 2026 à 09:14, {n} <{e}> a écrit :",
            "es": "El mar, 3 nov 2026 a las 9:14, {n} (<{e}>) escribió:",
            "it": "Il giorno mar 3 nov 2026 alle ore 09:14 {n} <{e}> ha scritto:",
            "nl": "Op di 3 nov 2026 om 09:14 schreef {n} <{e}>:",
            "pl": "wt., 3 lis 2026 o 09:14 {n} <{e}> napisał(a):",
        }[x.code]
        body = {
            "en": "> Hi, the invoice still shows the old amount. Can you resend it?",
            "de": "> Hallo, auf der Rechnung steht noch der alte Betrag. Bitte neu schicken.",
            "fr": "> Bonjour, la facture affiche encore l'ancien montant. Pouvez-vous la renvoyer ?",
            "es": "> Hola, la factura sigue con el importe antiguo. ¿Me la reenviáis?",
            "it": "> Salve, la fattura riporta ancora l'importo vecchio. Potete rimandarla?",
            "nl": "> Hoi, op de factuur staat nog het oude bedrag. Kunnen jullie hem opnieuw sturen?",
            "pl": "> Dzień dobry, na fakturze nadal jest stara kwota. Proszę o ponowną wysyłkę.",
        }[x.code]
        line = head.format(n=m("PERSON", f"{first} {last}"), e=m("EMAIL", x.email(first, last)))
        return "email", "quoted", f"{INTRO['quoted'][x.code]}{line}\n{body}"

    def forward(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        hdr = {
            "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
            "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
            "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
            "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
            "it": ("---------- Messaggio inoltrato ---------", "Da", "Data", "Oggetto", "A"),
            "nl": ("---------- Doorgestuurd bericht ---------", "Van", "Datum", "Onderwerp", "Aan"),
            "pl": ("---------- Przekazana wiadomość ---------", "Od", "Data", "Temat", "Do"),
        }[x.code]
        return "email", "forward", (
            f"{INTRO['forward'][x.code]}\n\n{hdr[0]}\n{hdr[1]}: {m('PERSON', f'{first} {last}')} "
            f"<{m('EMAIL', x.email(first, last))}>\n{hdr[2]}: 2026-11-02 18:41\n"
            f"{hdr[3]}: Re: Paket / parcel 4471\n{hdr[4]}: {x.w('company')}"
        )

    def json_(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "person", "json", (
            f'{INTRO["json"][x.code]}\n{{"firstName": "{m("PERSON", first)}", '
            f'"lastName": "{m("PERSON", last)}", "email": "{m("EMAIL", x.email(first, last))}", '
            f'"phone": "{m("PHONE", x.phone("e164"))}", "newsletter": true}}'
        )

    def yaml(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        street, city = x.place()
        return "address", "yaml", (
            f"{INTRO['yaml'][x.code]}\n```yaml\ncustomer:\n  id: 10442\n"
            f"  name: {m('PERSON', f'{first} {last}')}\n"
            f"  address: \"{m('ADDRESS', street)}, {m('ADDRESS', city)}\"\n  vip: false\n```"
        )

    def ini(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "credential", "ini", (
            f"{INTRO['ini'][x.code]}\n[smtp]\nserver = smtp.{x.email(first, last).split('@')[1]}\n"
            f"port = 587\nuser = {m('EMAIL', x.email(first, last))}\n"
            f"password = {m('PASSWORD', password())}\nstarttls = yes"
        )

    def csv(x: Lang) -> tuple[str, str, str]:
        f1, l1 = x.person()
        f2, l2 = x.person()
        return "person", "csv", (
            f"{INTRO['csv'][x.code]}\nname;email;phone\n"
            f"{m('PERSON', f'{f1} {l1}')};{m('EMAIL', x.email(f1, l1))};{m('PHONE', x.phone())}\n"
            f"{m('PERSON', f'{f2} {l2}')};{m('EMAIL', x.email(f2, l2))};{m('PHONE', x.phone('raw'))}"
        )

    def table(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "dob", "table", (
            f"{INTRO['table'][x.code]}\n\n| {x.w('name')} | {x.w('dob')} | {x.w('id_label')} |\n"
            f"|---|---|---|\n| {m('PERSON', f'{first} {last}')} | {m('DOB', x.dob())} | "
            f"{m('ID', x.national_id())} |"
        )

    def sql(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "account", "sql", (
            f"{INTRO['sql'][x.code]}\nINSERT INTO payees (full_name, email, iban) VALUES "
            f"('{m('PERSON', f'{first} {last}')}', '{m('EMAIL', x.email(first, last))}', "
            f"'{m('ACCOUNT', x.iban().replace(' ', ''))}');"
        )

    def xml(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "dob", "xml", (
            f"{INTRO['xml'][x.code]}\n<patient id=\"P-20931\">\n  <family>{m('PERSON', last)}"
            f"</family>\n  <given>{m('PERSON', first)}</given>\n  <birthDate>"
            f"{m('DOB', x.dob('iso'))}</birthDate>\n  <result test=\"HbA1c\">5.9</result>\n"
            "</patient>"
        )

    def code(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "id", "code", (
            f'{INTRO["code"][x.code]}\n```python\ncustomer = Customer(\n    name="'
            f'{m("PERSON", f"{first} {last}")}",\n    tax_id="{m("ID", x.national_id())}",\n'
            '    country="' + x.w("region") + '",\n)\n```'
        )

    def vcard(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "phone", "vcard", (
            f"{INTRO['vcard'][x.code]}\nBEGIN:VCARD\nVERSION:3.0\n"
            f"N:{m('PERSON', last)};{m('PERSON', first)};;;\nFN:{m('PERSON', f'{first} {last}')}\n"
            f"TEL;TYPE=CELL:{m('PHONE', x.phone())}\nEMAIL;TYPE=HOME:{m('EMAIL', x.email(first, last))}\n"
            "END:VCARD"
        )

    def ics(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "email", "ics", (
            f"{INTRO['ics'][x.code]}\nBEGIN:VEVENT\nDTSTART:20261203T090000Z\nSUMMARY:Kick-off\n"
            f"ATTENDEE;CN={m('PERSON', f'{first} {last}')};ROLE=REQ-PARTICIPANT:mailto:"
            f"{m('EMAIL', x.email(first, last))}\nEND:VEVENT"
        )

    def urlenc(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        mail = x.email(first, last).replace("@", "%40")
        return "email", "urlenc", (
            f"{INTRO['urlenc'][x.code]}\n10.0.4.21 - - [03/Nov/2026:09:14:22 +0100] \"GET "
            f"/newsletter/unsubscribe?email={m('EMAIL', mail)}&lang={x.code} HTTP/1.1\" 302 0"
        )

    def wifi(x: Lang) -> tuple[str, str, str]:
        return "credential", "wifi", (
            f"{INTRO['wifi'][x.code]}\nWIFI:S:FRITZ!Box 7590 QT;T:WPA;P:{m('PASSWORD', password())};;"
        )

    def otpauth(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "credential", "otpauth", (
            f"{INTRO['otpauth'][x.code]}\notpauth://totp/{x.w('bank').split(' ')[0]}:"
            f"{m('EMAIL', x.email(first, last))}?secret={m('PASSWORD', b32(32))}"
            f"&issuer={x.w('bank').split(' ')[0]}&digits=6"
        )

    def basic(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        token = base64.b64encode(f"{x.email(first, last)}:{password()}".encode()).decode()
        return "credential", "basic", (
            f"{INTRO['basic'][x.code]}\nGET /api/v1/me HTTP/1.1\nHost: portal.example.org\n"
            f"Authorization: Basic {m('PASSWORD', token)}\nAccept: application/json"
        )

    def log_login(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        return "email", "log_login", (
            f"{INTRO['log_login'][x.code]}\n2026-11-03 09:14:22,118 WARN  [auth] failed login "
            f"for {m('EMAIL', x.email(first, last))} from 10.0.3.7 (attempt 3/5)"
        )

    def log_card(x: Lang) -> tuple[str, str, str]:
        return "card", "log_card", (
            f'{INTRO["log_card"][x.code]}\n{{"ts":"2026-11-03T09:14:22Z","level":"error",'
            f'"msg":"charge declined","card":"{m("CARD", card_number(rng.choice(("no", "sp"))))}",'
            f'"exp":"0{rng.randint(1, 9)}/2{rng.randint(7, 9)}","code":"do_not_honor"}}'
        )

    def log_sms(x: Lang) -> tuple[str, str, str]:
        return "phone", "log_sms", (
            f"{INTRO['log_sms'][x.code]}\n2026-11-03T09:14:22.481Z INFO sms.send "
            f"to={m('PHONE', x.phone('e164'))} template=otp_login status=queued "
            f"msg_id=SM{probe_values.pick('0123456789abcdef', 32)}"
        )

    def ocr_id(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        up_first, up_last = first.upper(), last.upper()
        if x.code == "en":
            dob = x.dob()
            return "id", "ocr_id", (
                f"{INTRO['ocr_id'][x.code]}\n\nDRIVING LICENCE\n1. {m('PERSON', up_last)}\n"
                f"2. {m('PERSON', up_first)}\n3. {m('DOB', dob.replace('/', '.'))} UNITED KINGDOM\n"
                f"4a. 05.06.2019 4b. 04.06.2029 4c. DVLA\n"
                f"5. {m('ID', uk_licence(first, last, dob))}"
            )
        card_layout = {
            "de": ("BUNDESREPUBLIK DEUTSCHLAND\nPERSONALAUSWEIS IDENTITY CARD", "Name/Surname",
                   "Vornamen/Given names", "Geburtstag/Date of birth", "", "Ausweisnummer"),
            "fr": ("RÉPUBLIQUE FRANÇAISE\nCARTE NATIONALE D'IDENTITÉ", "NOM/Surname",
                   "Prénoms/Given names", "Date de naiss./Date of birth", "",
                   "N° du document/Document No"),
            "es": ("REINO DE ESPAÑA\nDOCUMENTO NACIONAL DE IDENTIDAD", "APELLIDOS", "NOMBRE",
                   "FECHA DE NACIMIENTO", "DNI", "NÚM SOPORT"),
            "it": ("REPUBBLICA ITALIANA\nCARTA DI IDENTITÀ", "COGNOME/SURNAME", "NOME/NAME",
                   "DATA DI NASCITA/DATE OF BIRTH", "CODICE FISCALE/FISCAL CODE", "N."),
            "nl": ("KONINKRIJK DER NEDERLANDEN\nIDENTITEITSKAART", "Naam/Surname",
                   "Voornamen/Given names", "Geboortedatum/Date of birth",
                   "Persoonsnummer/Personal No.", "Documentnummer/Document No."),
            "pl": ("RZECZPOSPOLITA POLSKA\nDOWÓD OSOBISTY", "NAZWISKO/SURNAME",
                   "IMIONA/GIVEN NAMES", "DATA URODZENIA/DATE OF BIRTH",
                   "NUMER PESEL/PERSONAL NUMBER", "NUMER DOWODU"),
        }[x.code]
        title, l_last, l_first, l_dob, l_id, l_doc = card_layout
        doc = {
            "de": lambda: rng.choice("LMNPRT") + probe_values.pick("CFGHJKLMNPRTVWXYZ0123456789", 8),
            "fr": lambda: probe_values.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 9),
            "es": lambda: probe_values.pick("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + probe_values.digits(6),
            "it": lambda: "C" + rng.choice("ABCDE") + probe_values.digits(5)
            + probe_values.pick("ABCDEFGHJKLMNPRSTUVWXYZ", 2),
            "nl": lambda: probe_values.pick("ABCDEFGHJKLMNPRSTUVWXYZ", 2)
            + probe_values.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + probe_values.digits(1),
            "pl": dowod,
        }[x.code]()
        lines = [
            title,
            l_last, m("PERSON", up_last),
            l_first, m("PERSON", up_first),
            l_dob, m("DOB", x.dob()),
        ]
        if l_id:
            lines += [l_id, m("ID", x.national_id())]
        lines += [l_doc, m("ID", doc)]
        return "id", "ocr_id", f"{INTRO['ocr_id'][x.code]}\n\n" + "\n".join(lines)

    def mrz_(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        head, name, line = mrz(x.code, first, last)
        filler = "<" * (44 - len(head) - len(name))
        return "id", "mrz", (
            f"{INTRO['mrz'][x.code]}\n{head}{m('PERSON', name)}{filler}\n{m('ID', line)}"
        )

    def ocr_letter(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        street, city = x.place()
        words = {
            "en": ("Ms", "Your new account details", "Sort code and BIC stay the same."),
            "de": ("Frau", "Ihre neue Kontoverbindung", "Die BIC bleibt unverändert."),
            "fr": ("Madame", "Vos nouvelles coordonnées bancaires", "Le BIC reste inchangé."),
            "es": ("Sra.", "Sus nuevos datos bancarios", "El BIC no cambia."),
            "it": ("Gentile Sig.ra", "Le sue nuove coordinate bancarie", "Il BIC resta invariato."),
            "nl": ("Mevrouw", "Uw nieuwe rekeninggegevens", "De BIC blijft ongewijzigd."),
            "pl": ("Pani", "Nowe dane Pani rachunku", "Kod BIC pozostaje bez zmian."),
        }[x.code]
        return "account", "ocr_letter", (
            f"{INTRO['ocr_letter'][x.code]}\n\n{x.w('bank').upper()}\n{words[0]}\n"
            f"{m('PERSON', f'{first} {last}')}\n{m('ADDRESS', street)}\n{m('ADDRESS', city)}\n\n"
            f"{words[1]}\nIBAN {m('ACCOUNT', x.iban())}\nBIC {x.w('bic')}\n{words[2]}"
        )

    def label(x: Lang) -> tuple[str, str, str]:
        first, last = x.person()
        street, city = x.place()
        to = {"en": "SHIP TO", "de": "EMPFÄNGER", "fr": "DESTINATAIRE", "es": "DESTINATARIO",
              "it": "DESTINATARIO", "nl": "ONTVANGER", "pl": "ODBIORCA"}[x.code]  # fmt: skip
        return "address", "label", (
            f"{INTRO['label'][x.code]}\n\n{to}:\n{m('PERSON', f'{first} {last}'.upper())}\n"
            f"{m('ADDRESS', street.upper())}\n{m('ADDRESS', city.upper())}\n"
            f"TEL {m('PHONE', x.phone('raw'))}\nREF 7741-0032 / 2,4 KG"
        )

    return [
        ("person", "form", form), ("person", "inline", inline), ("dob", "form_dob", form_dob),
        ("id", "form_id", form_id), ("account", "form_bank", form_bank),
        ("credential", "form_login", form_login), ("phone", "signature", signature),
        ("email", "quoted", quoted), ("email", "forward", forward), ("person", "json", json_),
        ("address", "yaml", yaml), ("credential", "ini", ini), ("person", "csv", csv),
        ("dob", "table", table), ("account", "sql", sql), ("dob", "xml", xml), ("id", "code", code),
        ("phone", "vcard", vcard), ("email", "ics", ics), ("email", "urlenc", urlenc),
        ("credential", "wifi", wifi), ("credential", "otpauth", otpauth),
        ("credential", "basic", basic), ("email", "log_login", log_login),
        ("card", "log_card", log_card), ("phone", "log_sms", log_sms), ("id", "ocr_id", ocr_id),
        ("id", "mrz", mrz_), ("account", "ocr_letter", ocr_letter), ("address", "label", label),
    ]  # fmt: skip


# Clean rows: lines above the paste where the personal shape's own line does not fit.
CINTRO: dict[str, dict[str, str]] = {
    "template": {
        "en": "we send this template to new customers, does it read ok?",
        "de": "diese Vorlage schicken wir Neukunden, passt der Text?",
        "fr": "on envoie ce modèle aux nouveaux clients, ça se lit bien ?",
        "es": "mandamos esta plantilla a clientes nuevos, ¿se entiende bien?",
        "it": "mandiamo questo modello ai nuovi clienti, si capisce?",
        "nl": "dit sjabloon sturen we naar nieuwe klanten, leest het goed?",
        "pl": "wysyłamy ten szablon nowym klientom, brzmi ok?",
    },
    "env": {
        "en": "is this .env.example safe to commit?",
        "de": "kann ich diese .env.example so committen?",
        "fr": "je peux commiter ce .env.example tel quel ?",
        "es": "¿puedo subir este .env.example al repo?",
        "it": "posso committare questo .env.example così?",
        "nl": "kan ik deze .env.example zo committen?",
        "pl": "mogę tak zacommitować ten .env.example?",
    },
    "receipt": {
        "en": "OCR of a receipt, can you add up the VAT?",
        "de": "OCR vom Kassenbon, kannst du die MwSt. zusammenrechnen?",
        "fr": "OCR d'un ticket de caisse, tu peux calculer la TVA ?",
        "es": "OCR de un ticket, ¿me calculas el IVA?",
        "it": "OCR di uno scontrino, mi calcoli l'IVA?",
        "nl": "OCR van een kassabon, kun je de btw optellen?",
        "pl": "OCR paragonu, policzysz VAT?",
    },
    "settings": {
        "en": "which of these settings slows the app down?",
        "de": "welche dieser Einstellungen bremst die App aus?",
        "fr": "lequel de ces réglages ralentit l'appli ?",
        "es": "¿cuál de estos ajustes ralentiza la app?",
        "it": "quale di queste impostazioni rallenta l'app?",
        "nl": "welke van deze instellingen maakt de app traag?",
        "pl": "które z tych ustawień spowalnia aplikację?",
    },
    "k8s": {
        "en": "the pod can't read the secret, manifest:",
        "de": "der Pod kann das Secret nicht lesen, Manifest:",
        "fr": "le pod n'arrive pas à lire le secret, manifest :",
        "es": "el pod no lee el secret, manifiesto:",
        "it": "il pod non legge il secret, manifest:",
        "nl": "de pod kan het secret niet lezen, manifest:",
        "pl": "pod nie widzi sekretu, manifest:",
    },
    "schema": {
        "en": "review the validation rules of our signup form?",
        "de": "kannst du die Validierungsregeln unseres Anmeldeformulars prüfen?",
        "fr": "tu peux relire les règles de validation du formulaire d'inscription ?",
        "es": "¿revisas las reglas de validación del formulario de alta?",
        "it": "puoi controllare le regole di validazione del modulo di iscrizione?",
        "nl": "kun je de validatieregels van ons aanmeldformulier nakijken?",
        "pl": "sprawdzisz reguły walidacji formularza rejestracji?",
    },
    "git": {
        "en": "write a changelog entry from this commit:",
        "de": "schreib aus diesem Commit einen Changelog-Eintrag:",
        "fr": "écris une entrée de changelog à partir de ce commit :",
        "es": "escribe una entrada de changelog a partir de este commit:",
        "it": "scrivi una voce di changelog da questo commit:",
        "nl": "maak een changelog-regel van deze commit:",
        "pl": "napisz wpis do changelogu z tego commita:",
    },
}

CLEAN_WORDS: dict[str, dict[str, str]] = {
    "en": {"your_name": "<first name> <last name>", "street": "<street and number>",
           "product": "Ballpoint pen, blue", "product2": "A4 notebook, squared",
           "total": "TOTAL GBP 23.47", "vat": "VAT 20% 3.91", "paid": "Card payment",
           "receipt": "Receipt no", "team": "Your Customer Service Team",
           "support_said": "On Tue, 3 Nov 2026 at 09:14, Northwind Support wrote:",
           "ticket": "> Your ticket #48213 has been closed. Reply to reopen it.",
           "notice": "Dear customer,\nfrom 1 February 2027 the monthly fee for your current "
                     "account changes to £4.95.\nNo action is needed.",
           "bank_addr": "1 Churchill Place, London E14 5HP", "room": "Room 4.12",
           "region_n": "North", "region_s": "South"},
    "de": {"your_name": "<Vorname Nachname>", "street": "<Straße Hausnummer>",
           "product": "Kugelschreiber blau", "product2": "Collegeblock A4 kariert",
           "total": "SUMME EUR 23,47", "vat": "MwSt 19% 3,75", "paid": "Kartenzahlung",
           "receipt": "Beleg-Nr.", "team": "Ihr Kundenservice-Team",
           "support_said": "Am Di., 3. Nov. 2026 um 09:14 Uhr schrieb Brandt & Söhne Support:",
           "ticket": "> Ihr Ticket #48213 wurde geschlossen. Antworten Sie, um es wieder zu öffnen.",
           "notice": "Sehr geehrte Kundin, sehr geehrter Kunde,\nab dem 01.02.2027 kostet die "
                     "Kontoführung Ihres Girokontos 4,95 € im Monat.\nSie müssen nichts tun.",
           "bank_addr": "Hahnenstraße 57, 50667 Köln", "room": "Raum 4.12",
           "region_n": "Nord", "region_s": "Süd"},
    "fr": {"your_name": "<prénom nom>", "street": "<numéro et rue>",
           "product": "Stylo bille bleu", "product2": "Cahier A4 petits carreaux",
           "total": "TOTAL EUR 23,47", "vat": "TVA 20% 3,91", "paid": "Paiement CB",
           "receipt": "Ticket n°", "team": "L'équipe du service client",
           "support_said": "Le mar. 3 nov. 2026 à 09:14, Support Atelier Garnier a écrit :",
           "ticket": "> Votre ticket #48213 a été clôturé. Répondez pour le rouvrir.",
           "notice": "Chère cliente, cher client,\nà compter du 01/02/2027, la tenue de votre "
                     "compte courant coûtera 4,95 € par mois.\nAucune démarche n'est nécessaire.",
           "bank_addr": "1 rue Louis Lichou, 29480 Le Relecq-Kerhuon", "room": "Salle 4.12",
           "region_n": "Nord", "region_s": "Sud"},
    "es": {"your_name": "<nombre y apellidos>", "street": "<calle y número>",
           "product": "Bolígrafo azul", "product2": "Cuaderno A4 cuadriculado",
           "total": "TOTAL EUR 23,47", "vat": "IVA 21% 4,07", "paid": "Pago con tarjeta",
           "receipt": "Ticket nº", "team": "El equipo de atención al cliente",
           "support_said": "El mar, 3 nov 2026 a las 9:14, Soporte Distribuciones Ortega escribió:",
           "ticket": "> Su incidencia #48213 se ha cerrado. Responda para reabrirla.",
           "notice": "Estimado cliente:\na partir del 01/02/2027 el mantenimiento de su cuenta "
                     "corriente costará 4,95 € al mes.\nNo tiene que hacer nada.",
           "bank_addr": "Calle Pintor Sorolla 2-4, 46002 Valencia", "room": "Sala 4.12",
           "region_n": "Norte", "region_s": "Sur"},
    "it": {"your_name": "<nome cognome>", "street": "<via e numero civico>",
           "product": "Penna a sfera blu", "product2": "Quaderno A4 a quadretti",
           "total": "TOTALE EUR 23,47", "vat": "IVA 22% 4,23", "paid": "Pagamento carta",
           "receipt": "Scontrino n.", "team": "Il servizio clienti",
           "support_said": "Il giorno mar 3 nov 2026 alle ore 09:14 Supporto Colombo Forniture "
                           "ha scritto:",
           "ticket": "> La sua segnalazione #48213 è stata chiusa. Risponda per riaprirla.",
           "notice": "Gentile cliente,\ndal 01/02/2027 il canone del suo conto corrente sarà "
                     "di 4,95 € al mese.\nNon deve fare nulla.",
           "bank_addr": "Piazza San Carlo 156, 10121 Torino", "room": "Sala 4.12",
           "region_n": "Nord", "region_s": "Sud"},
    "nl": {"your_name": "<voornaam achternaam>", "street": "<straat en huisnummer>",
           "product": "Balpen blauw", "product2": "Schrift A4 geruit",
           "total": "TOTAAL EUR 23,47", "vat": "BTW 21% 4,07", "paid": "Pinbetaling",
           "receipt": "Bonnr.", "team": "Team Klantenservice",
           "support_said": "Op di 3 nov 2026 om 09:14 schreef Bakker Installatie Support:",
           "ticket": "> Je ticket #48213 is gesloten. Reageer om het te heropenen.",
           "notice": "Geachte klant,\nvanaf 01-02-2027 kost uw betaalrekening € 4,95 per "
                     "maand.\nU hoeft niets te doen.",
           "bank_addr": "Croeselaan 18, 3521 CB Utrecht", "room": "Zaal 4.12",
           "region_n": "Noord", "region_s": "Zuid"},
    "pl": {"your_name": "<imię nazwisko>", "street": "<ulica i numer>",
           "product": "Długopis niebieski", "product2": "Zeszyt A4 w kratkę",
           "total": "SUMA PLN 23,47", "vat": "PTU A 23% 4,39", "paid": "Karta płatnicza",
           "receipt": "Nr paragonu", "team": "Zespół obsługi klienta",
           "support_said": "wt., 3 lis 2026 o 09:14 Zieliński Transport Wsparcie napisał(a):",
           "ticket": "> Twoje zgłoszenie #48213 zostało zamknięte. Odpisz, aby je otworzyć.",
           "notice": "Szanowni Państwo,\nod 01.02.2027 opłata za prowadzenie rachunku wyniesie "
                     "4,95 zł miesięcznie.\nNie trzeba nic robić.",
           "bank_addr": "ul. Puławska 15, 02-515 Warszawa", "room": "Sala 4.12",
           "region_n": "Północ", "region_s": "Południe"},
}  # fmt: skip


def hexid(n: int) -> str:
    return probe_values.pick("0123456789abcdef", n)


def uuid() -> str:
    return "-".join(hexid(k) for k in (8, 4, 4, 4, 12))


def clean_shapes() -> list[tuple[str, Shape]]:
    """(kind, shape) of the 20 clean rows of each language."""

    def cw(x: Lang, key: str) -> str:
        return CLEAN_WORDS[x.code][key]

    def form_empty(x: Lang) -> str:
        return (
            f"{INTRO['form'][x.code]}\n\n{x.w('name')}: ____________\n{x.w('dob')}: __.__.____\n"
            f"{x.w('address')}: ____________\nIBAN: {x.w('region')}__ ____ ____ ____ ____\n"
            f"{x.w('phone')}: +__ ___ _______"
        )

    def form_placeholder(x: Lang) -> str:
        return (
            f"{CINTRO['template'][x.code]}\n\n{x.w('name')}: {cw(x, 'your_name')}\n"
            f"{x.w('address')}: {cw(x, 'street')}\n{x.w('email')}: name@example.com\n"
            f"{x.w('phone')}: +XX XXX XXX XXXX\n{x.w('user')}: {{{{username}}}}\n"
            f"{x.w('pass')}: {{{{temporary_password}}}}"
        )

    def yaml_config(x: Lang) -> str:
        return (
            f"{INTRO['yaml'][x.code]}\n```yaml\nserver:\n  host: 0.0.0.0\n  port: 8080\n"
            "  workers: 4\nlogging:\n  level: debug\n  format: json\nfeatures:\n"
            f"  signup_form: true\n  locale: {x.code}\n```"
        )

    def env_placeholder(x: Lang) -> str:
        return (
            f"{CINTRO['env'][x.code]}\n```\nAPI_KEY=your-api-key-here\nDB_HOST=localhost\n"
            "DB_USER=app\nDB_PASSWORD=\nSECRET_KEY=${SECRET_KEY}\nSMTP_USER=<smtp-user>\n"
            "SMTP_PASSWORD=<smtp-password>\n```"
        )

    def log_reqid(x: Lang) -> str:
        return (
            f"{INTRO['log_login'][x.code]}\n2026-11-03T09:14:22.118Z INFO  req_id={uuid()} "
            f"method=POST path=/api/v2/signup status=201 latency_ms=34 "
            f"build={hexid(7)} etag=\"{hexid(32)}\""
        )

    def stacktrace(x: Lang) -> str:
        return (
            f"{INTRO['code'][x.code]}\nTraceback (most recent call last):\n"
            '  File "/app/billing/invoice.py", line 214, in render_total\n'
            '    rate = VAT_RATES[row.get("country")]\n'
            "KeyError: 'country'"
        )

    def product_table(x: Lang) -> str:
        return (
            f"{INTRO['table'][x.code]}\n\n| SKU | EAN | {cw(x, 'product').split(' ')[0]} | € |\n"
            f"|---|---|---|---|\n| PEN-0042-BL | 4006381333931 | {cw(x, 'product')} | 1,99 |\n"
            f"| NB-A4-SQ | 4005556112345 | {cw(x, 'product2')} | 2,49 |"
        )

    def csv_sales(x: Lang) -> str:
        return (
            f"{INTRO['csv'][x.code]}\ndate;region;units;revenue\n"
            f"2026-10-01;{cw(x, 'region_n')};120;3480.00\n2026-10-01;{cw(x, 'region_s')};87;2523.00"
        )

    def json_order(x: Lang) -> str:
        return (
            f'{INTRO["json"][x.code]}\n{{"order_id": "ORD-2026-004512", "items": 3, '
            f'"total": "59.90", "currency": "EUR", "status": "paid", '
            f'"created_at": "2026-11-03T09:14:22Z", "coupon": "WINTER10"}}'
        )

    def sql_schema(x: Lang) -> str:
        return (
            f"{INTRO['sql'][x.code]}\nCREATE TABLE payees (\n  id SERIAL PRIMARY KEY,\n"
            "  full_name TEXT NOT NULL,\n  email TEXT UNIQUE,\n  iban VARCHAR(34) NOT NULL,\n"
            "  birth_date DATE,\n  phone VARCHAR(20)\n);"
        )

    def receipt(x: Lang) -> str:
        return (
            f"{CINTRO['receipt'][x.code]}\n\n{cw(x, 'product').upper()}  1,99\n"
            f"{cw(x, 'product2').upper()}  2,49\n{cw(x, 'total')}\n{cw(x, 'vat')}\n"
            f"{cw(x, 'paid')} VISA ************{probe_values.digits(4)}\n"
            f"Terminal-ID 6{probe_values.digits(7)}  {cw(x, 'receipt')} 0{probe_values.digits(3)}\n"
            "03.11.2026 09:14"
        )

    def company_sig(x: Lang) -> str:
        return (
            f"{INTRO['signature'][x.code]}\n\n{x.w('closing')}\n{cw(x, 'team')}\n"
            f"{x.w('company')}\nHotline: {x.w('hotline')}\n{x.w('web')}"
        )

    def quoted_support(x: Lang) -> str:
        return f"{INTRO['quoted'][x.code]}{cw(x, 'support_said')}\n{cw(x, 'ticket')}"

    def ini_settings(x: Lang) -> str:
        return (
            f"{CINTRO['settings'][x.code]}\n[database]\nhost = db.internal\nport = 5432\n"
            "name = inventory\npool_size = 10\n\n[cache]\nbackend = redis\nttl_seconds = 300"
        )

    def k8s_secretref(x: Lang) -> str:
        return (
            f"{CINTRO['k8s'][x.code]}\n```yaml\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n"
            "      secretKeyRef:\n        name: db-credentials\n        key: password\n"
            "  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: api\n"
            "        key: token\n```"
        )

    def access_log(x: Lang) -> str:
        return (
            f"{INTRO['urlenc'][x.code]}\n10.0.4.21 - - [03/Nov/2026:09:14:22 +0100] \"GET "
            f"/api/v2/products?page=3&limit=50&sort=price%3Adesc HTTP/1.1\" 200 5123 \"-\" "
            "\"Mozilla/5.0 (X11; Linux x86_64)\""
        )

    def bank_notice(x: Lang) -> str:
        return (
            f"{INTRO['ocr_letter'][x.code]}\n\n{x.w('bank').upper()}\n{cw(x, 'bank_addr')}\n\n"
            f"{cw(x, 'notice')}\nBIC {x.w('bic')}"
        )

    def ics_event(x: Lang) -> str:
        return (
            f"{INTRO['ics'][x.code]}\nBEGIN:VEVENT\nUID:{uuid()}\nDTSTART:20261203T090000Z\n"
            f"DTEND:20261203T100000Z\nSUMMARY:Sprint Review\nLOCATION:{cw(x, 'room')}\nEND:VEVENT"
        )

    def form_schema(x: Lang) -> str:
        return (
            f'{CINTRO["schema"][x.code]}\n[{{"field": "birth_date", "type": "date", '
            f'"required": true}}, {{"field": "iban", "pattern": "^[A-Z]{{2}}[0-9]{{2}}'
            f'[A-Z0-9]{{11,30}}$"}}, {{"field": "phone", "pattern": "^\\\\+?[0-9 ]{{7,15}}$"}}, '
            f'{{"field": "email", "format": "email", "label": "{x.w("email")}"}}]'
        )

    def git_log(x: Lang) -> str:
        return (
            f"{CINTRO['git'][x.code]}\ncommit {hexid(40)}\nDate:   Tue Nov 3 09:14:22 2026 +0100\n\n"
            "    fix(signup): validate postcode and IBAN fields before submit (#412)"
        )

    return [
        ("form_empty", form_empty), ("form_placeholder", form_placeholder),
        ("yaml_config", yaml_config), ("env_placeholder", env_placeholder),
        ("log_reqid", log_reqid), ("stacktrace", stacktrace), ("product_table", product_table),
        ("csv_sales", csv_sales), ("json_order", json_order), ("sql_schema", sql_schema),
        ("receipt", receipt), ("company_sig", company_sig), ("quoted_support", quoted_support),
        ("ini_settings", ini_settings), ("k8s_secretref", k8s_secretref),
        ("access_log", access_log), ("bank_notice", bank_notice), ("ics_event", ics_event),
        ("form_schema", form_schema), ("git_log", git_log),
    ]  # fmt: skip


def no_draw(name: str) -> str:
    raise AssertionError(f"probe20 writes its values literally, not =`{name}`")


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    personal, clean = personal_shapes(), clean_shapes()
    rows: list[dict[str, object]] = []
    for lang in LANGS:
        x = Lang(lang, L[lang])
        templates: list[tuple[str, str, str]] = []
        for category, kind, shape in personal:
            got = shape(x)
            assert got[:2] == (category, kind), got
            templates.append(got)
        templates += [("clean", kind, shape(x)) for kind, shape in clean]  # type: ignore[misc]
        rows += probe_templates.checked_rows(
            "p20",
            {lang: templates},
            lambda template: probe_templates.render(template, no_draw),
            short=probe_templates.SHORT,
            category_of=probe_templates.CATEGORY,
            per_language=50,
            clean=20,
        )
    return rows


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
