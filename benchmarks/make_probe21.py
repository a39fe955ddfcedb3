"""Build `benchmarks/data/chat_breadth_probe_v21.jsonl`, the twenty-first chat breadth probe:
personal data in pasted messages and conversations that users drop into a support chat.

Written blind (its author read only the docstring of `bench_chat_breadth.py`, the row format
of `chat_breadth_probe_v20.jsonl`, `make_probe20.py`, `probe_templates.py` and
`probe_values.py`; not the detection rules nor their tests) and committed before any
detector ran on it. 1,260 messages, 180 in each of seven languages (en, de, fr, es, it, nl,
pl): per language 15 rows in each of eight personal categories (`person`, `email`, `phone`,
`address`, `id`, `account`, `credential`, `dob`) and 60 clean rows (a third).

Each personal category has five shapes, each drawn three times with fresh values:
- `person`: `signature` (closing, name, title, company, direct line, mobile, e-mail),
  `forward` (a forwarded mail's From/Sent/To/Cc header in the language's own labels),
  `whatsapp` (an exported WhatsApp chat, "[dd/mm/yy, hh:mm] Name: ..."), `mention` (a
  Teams/Slack message with an @mention and the poster's name and time), `stt` (a
  speech-to-text transcript without punctuation or capitals naming the caller);
- `email`: `quoted` (the "On ... Name <mail> wrote:" line of a quoted reply and `>` lines),
  `cc` (a To/Cc line of bare addresses), `telegram` (a Telegram export, "Name, [date time]"
  and a message with the address), `transcript` (a call-centre transcript, Agent/Customer),
  `reply_to` (a Reply-To header);
- `phone`: `sms` (a forwarded SMS with the sender's number), `ooo` (an out-of-office reply
  naming a colleague and their number), `missed` (a missed-call notice), `transcript`,
  `stt` (digits read out in a transcript without punctuation);
- `address`: `transcript`, `whatsapp`, `forward_body` (a delivery address in a forwarded
  mail's body), `freelancer_sig` (a one-person business's signature: name, home address),
  `stt`;
- `id`: `transcript`, `whatsapp`, `forward_body`, `quoted` (the ID in a `>` line),
  `stt`;
- `account`: `forward_body` (an IBAN in a forwarded mail), `whatsapp`, `transcript`,
  `quoted`, `stt` (an IBAN read out, lower case, in groups);
- `credential`: `whatsapp` (a Wi-Fi or account password), `forward_body` (a temporary
  login: user name and password), `sms_code` (a forwarded verification code), `transcript`
  (a PIN given to an agent), `mention` (a Teams/Slack message handing over a password);
- `dob`: `transcript`, `stt` (lower case, digits), `forward_body` (a form in a forwarded
  mail), `whatsapp`, `quoted`.
Clean rows (`kind` the look-alike family, each drawn three times): the company's own
signature with its switchboard and hotline, a virtual assistant introducing itself by its
bot name, a generic out-of-office reply pointing to the support address and hotline, a
forwarded no-reply mail with a ticket number, a quoted reply from the support team, quoted
text without personal data, WhatsApp system lines, an SMS from a carrier's short sender
with a tracking number, a bank's SMS notice without values, a call transcript without
personal data, a speech-to-text question about an order number, a Teams @channel post with
a release date, a Slack bot post with a ticket key, a quoted news line naming a public
figure, a forwarded meeting invitation (dates that are not birthdays), product and app
names, case and incident numbers, support, billing and privacy addresses, a company's
switchboard/fax list, a no-reply footer.

Decisions (a reviewer should check them):
- Gold spans as in `make_probe20.py`: a name without its title or @; an address as its
  street line and its postcode with its city (a company's own address is not gold); an
  e-mail, a phone number, an ID, an IBAN, a password, a PIN, a one-time code and a date of
  birth exactly as written. In lower-case transcripts the value is gold as it stands.
- A one-time code in a forwarded SMS is a credential (`PIN`).
- Dates in headers (Sent:), chat timestamps, ticket numbers, a company's switchboard,
  hotline and support addresses, a bot's name and a public figure's name are not personal.

Row format as `bench_chat_breadth.py --set probe21` reads it:
`{"id", "lang", "category", "kind", "text", "spans": [{"start", "end", "label"}]}`.

    python benchmarks/make_probe21.py            # writes the data file
    python benchmarks/make_probe21.py --check    # exits 1 if the file differs
"""

# ruff: noqa: E501
from __future__ import annotations

import string
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import probe_templates
import probe_values
from probe_values import rng

OUT = Path(__file__).resolve().parent / "data" / "chat_breadth_probe_v21.jsonl"
SEED = 21_2026
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")
DRAWS = 3


def m(label: str, value: str) -> str:
    """A value marked gold in a template."""
    assert "]" not in value and value, value
    return f"[[{label}|{value}]]"


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class Lang:
    """What a language's rows draw from."""

    def __init__(self, code: str, data: dict[str, object]) -> None:
        self.code = code
        self.d = data
        self.n = 0

    def w(self, key: str) -> str:
        if key == "intro":
            self.n_intro = getattr(self, "n_intro", -1) + 1
            return (str(self.d["intro"]), *MORE_INTROS[self.code])[self.n_intro % 3]
        value = self.d[key]
        assert isinstance(value, str), key
        return value

    def person(self) -> tuple[str, str]:
        names = self.d["names"]
        assert isinstance(names, list)
        full = names[self.n % len(names)]
        self.n += 1
        return full, full.split(" ")[0]

    def place(self) -> tuple[str, str]:
        places = self.d["places"]
        assert isinstance(places, list)
        return places[rng.randrange(len(places))]

    def email(self, full: str) -> str:
        domains = self.d["domains"]
        assert isinstance(domains, list)
        first, _, last = full.partition(" ")
        last = last.split(" ")[0]
        local = (
            ascii_fold(first).lower()
            + rng.choice((".", "_", ""))
            + ascii_fold(last.replace("'", "").replace("-", "")).lower()
        )
        if rng.random() < 0.4:
            local += str(rng.randint(70, 99))
        return f"{local}@{rng.choice(domains)}"

    def phone(self, kind: str = "", layout: str = "") -> str:
        return probe_values.phone(
            self.w("region"),
            kind or rng.choice(("mob", "mob", "fix")),
            layout or rng.choice(("intl", "nat", "intl")),
        )

    def iban(self) -> str:
        return probe_values.make_iban(self.w("region"), rng.choice(("sp", "sp", "raw")))

    def national_id(self) -> tuple[str, str]:
        ids = self.d["ids"]
        assert isinstance(ids, list)
        gen, label = ids[rng.randrange(len(ids))]
        return label, probe_values.GEN[gen]()

    def dob(self) -> str:
        year, month, day = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        sep = self.w("datesep")
        return f"{day:02d}{sep}{month:02d}{sep}{year}"

    def p(self, key: str, **values: str) -> str:
        """A phrase of the language with its slots filled."""
        return self.w(key).format(**values)


def password() -> str:
    words = ["Winter", "Biscuit", "Soleil", "Girasole", "Tulp", "Jesien", "Falke", "Marea"]
    if rng.random() < 0.5:
        return rng.choice(words) + rng.choice("!#$%&*?") + str(rng.randint(10, 2026))
    chars = string.ascii_letters + string.digits
    body = probe_values.pick(chars, rng.randint(9, 13))
    return body[:5] + rng.choice("!#$%&*?-_") + body[5:]


def username(full: str) -> str:
    first, _, last = full.partition(" ")
    return ascii_fold(first[0] + last.split(" ")[0]).lower().replace("'", "") + str(
        rng.randint(1, 99)
    )


def spaced_digits(value: str) -> str:
    """A number as a transcript writes digits read out one by one."""
    return " ".join(c for c in value if c.isalnum()).lower()


L: dict[str, dict[str, object]] = {
    "en": {
        "region": "GB", "datesep": "/",
        "ids": [("nino", "national insurance number"), ("nhs", "NHS number")],
        "names": ["Olivia Hartley", "Marcus Adeyemi", "Sophie Turnbull", "Rajesh Kumar",
                  "Eleanor Whitmore", "Callum Fraser", "Aisha Rahman", "George Pemberton",
                  "Megan O'Sullivan", "Tom Haworth"],
        "places": [("22 Thornfield Road", "Leeds LS8 1PW"), ("5 Kingsley Close", "Norwich NR4 7TJ"),
                   ("Flat 12, 40 Albert Street", "Glasgow G41 2QA"), ("9 Mill Lane", "Cardiff CF14 3BN")],
        "domains": ["gmail.com", "outlook.com", "hotmail.co.uk", "icloud.com"],
        "company": "Brightwell Energy Ltd", "cdomain": "brightwell-energy.co.uk",
        "switchboard": "+44 20 7946 0000", "hotline": "0800 028 4455", "fax": "+44 20 7946 0001",
        "caddr": "1 Canal Wharf, London E14 5AB", "bot": "Nova", "product": "Brightwell SmartMeter app",
        "public": "Keir Starmer", "bank": "Monzo",
        "intro": "can you help? this is what I got:",
        "closing": "Kind regards", "role": "Senior Account Manager", "direct": "Direct", "mobile": "Mobile",
        "team": "The Customer Care Team", "sb": "Switchboard",
        "fwd": "---------- Forwarded message ---------", "from": "From", "sent": "Sent", "to": "To",
        "cc": "Cc", "subject": "Subject", "sentdate": "Monday, 3 November 2026 09:14",
        "subj": "RE: your meter reading", "replyto": "Reply-To",
        "wrote": "On Mon, 3 Nov 2026 at 09:14, {n} <{m}> wrote:",
        "body": "> Please find the signed contract attached.",
        "agent": "Agent", "customer": "Customer",
        "ask_name": "Can I take your full name please?", "say": "Yes, it's {v}.",
        "ask_mail": "And your email address?", "ask_phone": "What's the best number to call you back on?",
        "ask_addr": "Can you confirm the address of the property?", "ask_id": "Can you read me your {l}?",
        "ask_iban": "Which account should the refund go to?", "ask_pin": "For security, what's your telephone PIN?",
        "ask_dob": "And your date of birth?",
        "wa1": "are you still coming at 6?", "wa2": "yes, running a bit late",
        "wa_mail": "send it to {v} please", "wa_addr": "our new address is {a}, {c}",
        "wa_id": "here's my {l}: {v}", "wa_iban": "my IBAN is {v}, thanks!",
        "wa_pass": "the wifi password is {v}", "wa_dob": "for the booking they need my date of birth: {v}",
        "mention": "can you take over the ticket of the lady who called this morning?",
        "mention_pass": "the password for the shared mailbox is {v} – please change it after",
        "tg": "my email changed, it's {v} now",
        "smsfrom": "From", "sms": "hi it's me, lost my phone, this is my new number, call me back",
        "smscode": "Your Brightwell verification code is {v}. Never share this code.",
        "missed": "Missed call from {v} (2 calls) at 10:42",
        "ooo": "Thank you for your email. I am out of the office until 14 November with no access to email. For urgent matters please contact my colleague {n} on {p}.",
        "ooo_clean": "Thank you for your email. I am out of the office until 14 November. For urgent matters please contact our team at {s} or call {h}.",
        "stt_name": "hi yeah my name is {v} and i'm calling about my last bill",
        "stt_phone": "you can reach me on {v} any time after five",
        "stt_addr": "the address is {a} {c} it's the blue door",
        "stt_id": "my national insurance number is {v}",
        "stt_iban": "the iban is {v}",
        "stt_dob": "date of birth is {v}",
        "fb_addr": "Please deliver the replacement to {a}, {c}.",
        "fb_id": "My {l} is {v} as requested.", "fb_iban": "Please transfer the refund to {v}.",
        "fb_login": "Your temporary login: username {u} password {v}",
        "fb_dob": "Name: {n}\nDate of birth: {v}",
        "q_id": "> my {l} is {v}", "q_iban": "> IBAN: {v}", "q_dob": "> date of birth {v}",
        "freelance": "Photography & Design",
        "bot_intro": "Hi, I'm {b}, the virtual assistant of {c}. Ask me anything about the {p}.",
        "ticket": "Your case 00482913 has been updated. Reference INC-2026-0457.",
        "support_said": "> Thanks for contacting Brightwell Support. Your request has been escalated to our billing team.",
        "quote_plain": "> The new tariff starts on 1 December 2026 and prices are fixed for 12 months.",
        "wa_system": "Messages and calls are end-to-end encrypted. Only people in this chat can read them.",
        "carrier": "Your parcel 00340434161234567890 will be delivered tomorrow between 10:00 and 12:00.",
        "banksms": "Your monthly statement is ready in the app. We will never ask for your PIN.",
        "tr_clean_a": "Thanks for calling Brightwell, how can I help?", "tr_clean_c": "hi, what are your opening hours on Saturday?",
        "tr_clean_a2": "We're open from 9 to 5 on Saturdays.",
        "stt_clean": "hello i want to know when order number 4500123 will arrive i ordered it on the third of november",
        "channel": "@channel the new release goes live on 14 November at 10:00, please test the app before",
        "slackbot": "Jira Cloud  APP  10:15 AM\nBRW-4521 moved from In Progress to Done",
        "news": "> {p} said on Tuesday that energy bills will fall next spring.",
        "meeting": "Meeting: quarterly review\nWhen: Thursday, 20 November 2026 10:00-11:00\nWhere: Room 4.12",
        "products": "the SmartMeter 3 and the Brightwell app (version 5.2.1) both show different readings",
        "mailboxes": "For invoices write to billing@{d}, for data protection privacy@{d}, anything else support@{d}.",
        "noreply": "This mailbox is not monitored. Please do not reply to this email.",
    },
    "de": {
        "region": "DE", "datesep": ".",
        "ids": [("idnr", "Steuer-ID")],
        "names": ["Sabine Vogt", "Markus Lehmann", "Leonie Bauer", "Deniz Arslan", "Florian Hartmann",
                  "Julia Zimmermann", "Stefan Wolff", "Hannah Scholz", "Maximilian Roth", "Paula Kessler"],
        "places": [("Bergstraße 14", "69115 Heidelberg"), ("Am Stadtpark 3", "90409 Nürnberg"),
                   ("Rosenweg 8b", "28211 Bremen"), ("Friedrichstr. 201", "10117 Berlin")],
        "domains": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
        "company": "Stadtwerke Lindenau GmbH", "cdomain": "stadtwerke-lindenau.de",
        "switchboard": "+49 341 123 4560", "hotline": "0800 123 4567", "fax": "+49 341 123 4569",
        "caddr": "Werkstraße 1, 04177 Leipzig", "bot": "Lina", "product": "Lindenau-App",
        "public": "Olaf Scholz", "bank": "Sparkasse",
        "intro": "können Sie mir helfen? das habe ich bekommen:",
        "closing": "Mit freundlichen Grüßen", "role": "Teamleiterin Vertrieb", "direct": "Durchwahl", "mobile": "Mobil",
        "team": "Ihr Kundenservice-Team", "sb": "Zentrale",
        "fwd": "---------- Weitergeleitete Nachricht ---------", "from": "Von", "sent": "Gesendet", "to": "An",
        "cc": "Cc", "subject": "Betreff", "sentdate": "Montag, 3. November 2026 09:14",
        "subj": "AW: Ihr Zählerstand", "replyto": "Antwort an",
        "wrote": "Am Mo., 3. Nov. 2026 um 09:14 Uhr schrieb {n} <{m}>:",
        "body": "> Anbei der unterschriebene Vertrag.",
        "agent": "Mitarbeiter", "customer": "Kunde",
        "ask_name": "Darf ich Ihren vollständigen Namen haben?", "say": "Ja, {v}.",
        "ask_mail": "Und Ihre E-Mail-Adresse?", "ask_phone": "Unter welcher Nummer erreichen wir Sie?",
        "ask_addr": "Wie lautet die Adresse der Wohnung?", "ask_id": "Können Sie mir Ihre {l} nennen?",
        "ask_iban": "Auf welches Konto soll die Erstattung?", "ask_pin": "Zur Sicherheit: wie lautet Ihre Telefon-PIN?",
        "ask_dob": "Und Ihr Geburtsdatum?",
        "wa1": "kommst du noch um 6?", "wa2": "ja, wird etwas später",
        "wa_mail": "schick es bitte an {v}", "wa_addr": "unsere neue Adresse ist {a}, {c}",
        "wa_id": "hier meine {l}: {v}", "wa_iban": "meine IBAN ist {v}, danke!",
        "wa_pass": "das WLAN-Passwort ist {v}", "wa_dob": "für die Buchung brauchen sie mein Geburtsdatum: {v}",
        "mention": "kannst du das Ticket der Kundin von heute früh übernehmen?",
        "mention_pass": "das Passwort für das Sammelpostfach ist {v} – bitte danach ändern",
        "tg": "meine E-Mail hat sich geändert, jetzt {v}",
        "smsfrom": "Von", "sms": "hi ich bins, handy verloren, das ist meine neue nummer, ruf mich zurück",
        "smscode": "Ihr Lindenau-Bestätigungscode lautet {v}. Geben Sie ihn niemals weiter.",
        "missed": "Verpasster Anruf von {v} (2 Anrufe) um 10:42",
        "ooo": "Vielen Dank für Ihre Nachricht. Ich bin bis zum 14. November nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen {n} unter {p}.",
        "ooo_clean": "Vielen Dank für Ihre Nachricht. Ich bin bis zum 14. November nicht im Büro. In dringenden Fällen erreichen Sie unser Team unter {s} oder {h}.",
        "stt_name": "ja hallo mein name ist {v} und ich rufe wegen meiner letzten rechnung an",
        "stt_phone": "sie erreichen mich unter {v} ab fünf uhr",
        "stt_addr": "die adresse ist {a} {c} die blaue tür",
        "stt_id": "meine steuer id ist {v}",
        "stt_iban": "die iban ist {v}",
        "stt_dob": "geburtsdatum ist der {v}",
        "fb_addr": "Bitte liefern Sie das Ersatzgerät an {a}, {c}.",
        "fb_id": "Meine {l} lautet {v}, wie gewünscht.", "fb_iban": "Bitte überweisen Sie die Erstattung auf {v}.",
        "fb_login": "Ihr vorläufiger Zugang: Benutzername {u} Passwort {v}",
        "fb_dob": "Name: {n}\nGeburtsdatum: {v}",
        "q_id": "> meine {l} ist {v}", "q_iban": "> IBAN: {v}", "q_dob": "> Geburtsdatum {v}",
        "freelance": "Fotografie & Gestaltung",
        "bot_intro": "Hallo, ich bin {b}, die digitale Assistentin der {c}. Fragen Sie mich alles zur {p}.",
        "ticket": "Ihr Vorgang 00482913 wurde aktualisiert. Referenz INC-2026-0457.",
        "support_said": "> Danke für Ihre Anfrage an den Lindenau-Support. Wir haben sie an die Abrechnung weitergegeben.",
        "quote_plain": "> Der neue Tarif gilt ab dem 1. Dezember 2026, die Preise sind 12 Monate fest.",
        "wa_system": "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Nur Personen in diesem Chat können sie lesen.",
        "carrier": "Ihre Sendung 00340434161234567890 wird morgen zwischen 10:00 und 12:00 Uhr zugestellt.",
        "banksms": "Ihr Kontoauszug liegt in der App bereit. Wir fragen Sie niemals nach Ihrer PIN.",
        "tr_clean_a": "Stadtwerke Lindenau, was kann ich für Sie tun?", "tr_clean_c": "hallo, wie lange haben Sie samstags geöffnet?",
        "tr_clean_a2": "Samstags von 9 bis 13 Uhr.",
        "stt_clean": "hallo ich möchte wissen wann die bestellung nummer 4500123 kommt ich habe sie am dritten november bestellt",
        "channel": "@channel das neue Release geht am 14. November um 10:00 live, bitte vorher die App testen",
        "slackbot": "Jira Cloud  APP  10:15\nSWL-4521 von In Arbeit nach Erledigt verschoben",
        "news": "> {p} sagte am Dienstag, die Energiepreise würden im Frühjahr sinken.",
        "meeting": "Termin: Quartalsgespräch\nWann: Donnerstag, 20. November 2026 10:00-11:00\nWo: Raum 4.12",
        "products": "der SmartZähler 3 und die Lindenau-App (Version 5.2.1) zeigen unterschiedliche Werte",
        "mailboxes": "Rechnungen an rechnung@{d}, Datenschutz an datenschutz@{d}, alles andere an service@{d}.",
        "noreply": "Dieses Postfach wird nicht überwacht. Bitte antworten Sie nicht auf diese E-Mail.",
    },
    "fr": {
        "region": "FR", "datesep": "/",
        "ids": [("nir", "numéro de sécurité sociale")],
        "names": ["Claire Fontaine", "Antoine Mercier", "Sarah Haddad", "Nicolas Bertrand", "Manon Lambert",
                  "Thibault Girard", "Amélie Roussel", "Karim Bensaïd", "Pauline Marchand", "Lucas Perrin"],
        "places": [("18 rue Victor Hugo", "33000 Bordeaux"), ("7 allée des Tilleuls", "67000 Strasbourg"),
                   ("102 boulevard Voltaire", "75011 Paris"), ("4 chemin des Vignes", "13100 Aix-en-Provence")],
        "domains": ["orange.fr", "free.fr", "sfr.fr", "gmail.com"],
        "company": "Énergies du Rhône SA", "cdomain": "energies-rhone.fr",
        "switchboard": "+33 4 72 00 12 34", "hotline": "09 70 80 12 34", "fax": "+33 4 72 00 12 35",
        "caddr": "10 quai Perrache, 69002 Lyon", "bot": "Léo", "product": "appli Mon Compteur",
        "public": "Emmanuel Macron", "bank": "Crédit Agricole",
        "intro": "vous pouvez m'aider ? voilà ce que j'ai reçu :",
        "closing": "Cordialement", "role": "Chargée de clientèle senior", "direct": "Ligne directe", "mobile": "Portable",
        "team": "Le service clients", "sb": "Standard",
        "fwd": "---------- Message transféré ---------", "from": "De", "sent": "Envoyé", "to": "À",
        "cc": "Cc", "subject": "Objet", "sentdate": "lundi 3 novembre 2026 09:14",
        "subj": "RE : votre relevé de compteur", "replyto": "Répondre à",
        "wrote": "Le lun. 3 nov. 2026 à 09:14, {n} <{m}> a écrit :",
        "body": "> Vous trouverez ci-joint le contrat signé.",
        "agent": "Conseiller", "customer": "Client",
        "ask_name": "Puis-je avoir votre nom complet ?", "say": "Oui, {v}.",
        "ask_mail": "Et votre adresse e-mail ?", "ask_phone": "À quel numéro pouvons-nous vous rappeler ?",
        "ask_addr": "Pouvez-vous confirmer l'adresse du logement ?", "ask_id": "Pouvez-vous me lire votre {l} ?",
        "ask_iban": "Sur quel compte faut-il verser le remboursement ?", "ask_pin": "Pour la sécurité, quel est votre code PIN téléphonique ?",
        "ask_dob": "Et votre date de naissance ?",
        "wa1": "tu viens toujours à 18h ?", "wa2": "oui, un peu en retard",
        "wa_mail": "envoie-le à {v} stp", "wa_addr": "notre nouvelle adresse c'est {a}, {c}",
        "wa_id": "voici mon {l} : {v}", "wa_iban": "mon IBAN c'est {v}, merci !",
        "wa_pass": "le mot de passe du wifi c'est {v}", "wa_dob": "pour la réservation il faut ma date de naissance : {v}",
        "mention": "tu peux reprendre le ticket de la cliente qui a appelé ce matin ?",
        "mention_pass": "le mot de passe de la boîte partagée est {v} – change-le après",
        "tg": "mon e-mail a changé, c'est {v} maintenant",
        "smsfrom": "De", "sms": "coucou c'est moi, j'ai perdu mon tel, voici mon nouveau numéro, rappelle-moi",
        "smscode": "Votre code de vérification Énergies du Rhône est {v}. Ne le communiquez jamais.",
        "missed": "Appel manqué de {v} (2 appels) à 10:42",
        "ooo": "Merci pour votre message. Je suis absente jusqu'au 14 novembre. En cas d'urgence, contactez ma collègue {n} au {p}.",
        "ooo_clean": "Merci pour votre message. Je suis absente jusqu'au 14 novembre. En cas d'urgence, contactez notre équipe à {s} ou au {h}.",
        "stt_name": "oui bonjour je m'appelle {v} et j'appelle pour ma dernière facture",
        "stt_phone": "vous pouvez me joindre au {v} après dix-sept heures",
        "stt_addr": "l'adresse c'est {a} {c} la porte bleue",
        "stt_id": "mon numéro de sécu c'est {v}",
        "stt_iban": "l'iban c'est {v}",
        "stt_dob": "date de naissance le {v}",
        "fb_addr": "Merci de livrer l'appareil de remplacement au {a}, {c}.",
        "fb_id": "Mon {l} est {v}, comme demandé.", "fb_iban": "Merci de verser le remboursement sur {v}.",
        "fb_login": "Vos accès provisoires : identifiant {u} mot de passe {v}",
        "fb_dob": "Nom : {n}\nDate de naissance : {v}",
        "q_id": "> mon {l} est {v}", "q_iban": "> IBAN : {v}", "q_dob": "> date de naissance {v}",
        "freelance": "Photographie & Design",
        "bot_intro": "Bonjour, je suis {b}, l'assistant virtuel d'{c}. Posez-moi vos questions sur l'{p}.",
        "ticket": "Votre dossier 00482913 a été mis à jour. Référence INC-2026-0457.",
        "support_said": "> Merci d'avoir contacté le support. Votre demande a été transmise au service facturation.",
        "quote_plain": "> Le nouveau tarif s'applique à partir du 1er décembre 2026, prix fixes pendant 12 mois.",
        "wa_system": "Les messages et les appels sont chiffrés de bout en bout. Seules les personnes de cette discussion peuvent les lire.",
        "carrier": "Votre colis 00340434161234567890 sera livré demain entre 10h00 et 12h00.",
        "banksms": "Votre relevé mensuel est disponible dans l'appli. Nous ne vous demanderons jamais votre code.",
        "tr_clean_a": "Énergies du Rhône bonjour, que puis-je faire pour vous ?", "tr_clean_c": "bonjour, quels sont vos horaires le samedi ?",
        "tr_clean_a2": "Le samedi de 9h à 13h.",
        "stt_clean": "bonjour je voudrais savoir quand arrive la commande numéro 4500123 je l'ai passée le trois novembre",
        "channel": "@channel la nouvelle version sort le 14 novembre à 10h00, testez l'appli avant svp",
        "slackbot": "Jira Cloud  APP  10:15\nEDR-4521 passé de En cours à Terminé",
        "news": "> {p} a déclaré mardi que les factures d'énergie baisseront au printemps.",
        "meeting": "Réunion : point trimestriel\nQuand : jeudi 20 novembre 2026 10:00-11:00\nOù : salle 4.12",
        "products": "le Compteur 3 et l'appli Mon Compteur (version 5.2.1) n'affichent pas les mêmes chiffres",
        "mailboxes": "Factures : facturation@{d}, données personnelles : dpo@{d}, le reste : support@{d}.",
        "noreply": "Cette adresse n'est pas surveillée. Merci de ne pas répondre à ce message.",
    },
    "es": {
        "region": "ES", "datesep": "/",
        "ids": [("dni", "DNI"), ("nie", "NIE")],
        "names": ["Marta Gil Navarro", "Pablo Serrano", "Elena Cabrera Ríos", "Diego Molina", "Irene Santos Vega",
                  "Raúl Domínguez", "Laura Herrero", "Álvaro Prieto Lozano", "Cristina Blanco", "Hugo Medina"],
        "places": [("Calle Mayor 15, 2º izq.", "28013 Madrid"), ("Avenida del Puerto 88", "46023 Valencia"),
                   ("Carrer de Provença 240, 4º 1ª", "08008 Barcelona"), ("Calle Feria 31", "41003 Sevilla")],
        "domains": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
        "company": "Aguas del Turia S.L.", "cdomain": "aguasdelturia.es",
        "switchboard": "+34 963 00 12 34", "hotline": "900 123 456", "fax": "+34 963 00 12 35",
        "caddr": "Plaza del Ayuntamiento 1, 46002 Valencia", "bot": "Vega", "product": "app Mi Consumo",
        "public": "Pedro Sánchez", "bank": "CaixaBank",
        "intro": "¿me podéis ayudar? esto es lo que me llegó:",
        "closing": "Un saludo", "role": "Responsable de cuentas", "direct": "Directo", "mobile": "Móvil",
        "team": "El equipo de Atención al Cliente", "sb": "Centralita",
        "fwd": "---------- Mensaje reenviado ---------", "from": "De", "sent": "Enviado", "to": "Para",
        "cc": "CC", "subject": "Asunto", "sentdate": "lunes, 3 de noviembre de 2026 9:14",
        "subj": "RE: su lectura del contador", "replyto": "Responder a",
        "wrote": "El lun, 3 nov 2026 a las 9:14, {n} (<{m}>) escribió:",
        "body": "> Adjunto el contrato firmado.",
        "agent": "Agente", "customer": "Cliente",
        "ask_name": "¿Me dice su nombre completo?", "say": "Sí, {v}.",
        "ask_mail": "¿Y su correo electrónico?", "ask_phone": "¿En qué número le podemos llamar?",
        "ask_addr": "¿Me confirma la dirección de la vivienda?", "ask_id": "¿Me puede leer su {l}?",
        "ask_iban": "¿A qué cuenta hacemos el reembolso?", "ask_pin": "Por seguridad, ¿cuál es su PIN telefónico?",
        "ask_dob": "¿Y su fecha de nacimiento?",
        "wa1": "¿sigues viniendo a las 6?", "wa2": "sí, llego un poco tarde",
        "wa_mail": "mándalo a {v} porfa", "wa_addr": "nuestra dirección nueva es {a}, {c}",
        "wa_id": "aquí tienes mi {l}: {v}", "wa_iban": "mi IBAN es {v}, ¡gracias!",
        "wa_pass": "la contraseña del wifi es {v}", "wa_dob": "para la reserva piden mi fecha de nacimiento: {v}",
        "mention": "¿puedes llevar tú el ticket de la clienta que llamó esta mañana?",
        "mention_pass": "la contraseña del buzón compartido es {v} – cámbiala después",
        "tg": "he cambiado de correo, ahora es {v}",
        "smsfrom": "De", "sms": "hola soy yo, perdí el móvil, este es mi número nuevo, llámame",
        "smscode": "Tu código de verificación de Aguas del Turia es {v}. No lo compartas con nadie.",
        "missed": "Llamada perdida de {v} (2 llamadas) a las 10:42",
        "ooo": "Gracias por su mensaje. Estoy fuera de la oficina hasta el 14 de noviembre. Para asuntos urgentes contacte con mi compañera {n} en el {p}.",
        "ooo_clean": "Gracias por su mensaje. Estoy fuera de la oficina hasta el 14 de noviembre. Para asuntos urgentes escriba a {s} o llame al {h}.",
        "stt_name": "sí hola me llamo {v} y llamo por mi última factura",
        "stt_phone": "me puede llamar al {v} a partir de las cinco",
        "stt_addr": "la dirección es {a} {c} la puerta azul",
        "stt_id": "mi dni es {v}",
        "stt_iban": "el iban es {v}",
        "stt_dob": "fecha de nacimiento {v}",
        "fb_addr": "Por favor entreguen el equipo de sustitución en {a}, {c}.",
        "fb_id": "Mi {l} es {v}, como me pidieron.", "fb_iban": "Por favor hagan el reembolso a {v}.",
        "fb_login": "Sus datos de acceso provisionales: usuario {u} contraseña {v}",
        "fb_dob": "Nombre: {n}\nFecha de nacimiento: {v}",
        "q_id": "> mi {l} es {v}", "q_iban": "> IBAN: {v}", "q_dob": "> fecha de nacimiento {v}",
        "freelance": "Fotografía y Diseño",
        "bot_intro": "Hola, soy {b}, la asistente virtual de {c}. Pregúntame lo que quieras sobre la {p}.",
        "ticket": "Su caso 00482913 se ha actualizado. Referencia INC-2026-0457.",
        "support_said": "> Gracias por contactar con soporte. Hemos pasado su solicitud al departamento de facturación.",
        "quote_plain": "> La nueva tarifa se aplica desde el 1 de diciembre de 2026 con precio fijo 12 meses.",
        "wa_system": "Los mensajes y las llamadas están cifrados de extremo a extremo. Solo las personas en este chat pueden leerlos.",
        "carrier": "Su envío 00340434161234567890 se entregará mañana entre las 10:00 y las 12:00.",
        "banksms": "Su extracto mensual ya está en la app. Nunca le pediremos su PIN.",
        "tr_clean_a": "Aguas del Turia, buenos días, ¿en qué le puedo ayudar?", "tr_clean_c": "hola, ¿qué horario tienen los sábados?",
        "tr_clean_a2": "Los sábados de 9 a 14.",
        "stt_clean": "hola quería saber cuándo llega el pedido número 4500123 lo hice el tres de noviembre",
        "channel": "@channel la nueva versión sale el 14 de noviembre a las 10:00, probad la app antes",
        "slackbot": "Jira Cloud  APP  10:15\nADT-4521 pasó de En curso a Hecho",
        "news": "> {p} dijo el martes que la factura de la luz bajará en primavera.",
        "meeting": "Reunión: revisión trimestral\nCuándo: jueves, 20 de noviembre de 2026 10:00-11:00\nDónde: sala 4.12",
        "products": "el Contador 3 y la app Mi Consumo (versión 5.2.1) muestran lecturas distintas",
        "mailboxes": "Facturas a facturacion@{d}, protección de datos a dpo@{d}, lo demás a soporte@{d}.",
        "noreply": "Este buzón no se revisa. Por favor no responda a este correo.",
    },
    "it": {
        "region": "IT", "datesep": "/",
        "ids": [("cf", "codice fiscale")],
        "names": ["Giulia Ferraro", "Matteo Colombo", "Chiara Rinaldi", "Davide Barbieri", "Federica Galli",
                  "Alessandro Conti", "Sara Lombardi", "Lorenzo De Santis", "Valentina Greco", "Simone Marchetti"],
        "places": [("Via Garibaldi 21", "10122 Torino"), ("Corso Buenos Aires 45", "20124 Milano"),
                   ("Via dei Mille 7, int. 3", "80121 Napoli"), ("Piazza delle Erbe 2", "35122 Padova")],
        "domains": ["libero.it", "gmail.com", "alice.it", "virgilio.it"],
        "company": "Acque del Brenta S.p.A.", "cdomain": "acquedelbrenta.it",
        "switchboard": "+39 049 123 4500", "hotline": "800 123 456", "fax": "+39 049 123 4501",
        "caddr": "Via Roma 1, 35100 Padova", "bot": "Aria", "product": "app Il Mio Contatore",
        "public": "Giorgia Meloni", "bank": "Intesa Sanpaolo",
        "intro": "potete aiutarmi? ecco cosa mi è arrivato:",
        "closing": "Cordiali saluti", "role": "Responsabile commerciale", "direct": "Diretto", "mobile": "Cell.",
        "team": "Il Servizio Clienti", "sb": "Centralino",
        "fwd": "---------- Messaggio inoltrato ---------", "from": "Da", "sent": "Inviato", "to": "A",
        "cc": "Cc", "subject": "Oggetto", "sentdate": "lunedì 3 novembre 2026 09:14",
        "subj": "R: lettura del contatore", "replyto": "Rispondi a",
        "wrote": "Il giorno lun 3 nov 2026 alle ore 09:14 {n} <{m}> ha scritto:",
        "body": "> In allegato il contratto firmato.",
        "agent": "Operatore", "customer": "Cliente",
        "ask_name": "Mi dice nome e cognome?", "say": "Sì, {v}.",
        "ask_mail": "E la sua e-mail?", "ask_phone": "A che numero la possiamo richiamare?",
        "ask_addr": "Mi conferma l'indirizzo dell'immobile?", "ask_id": "Mi legge il suo {l}?",
        "ask_iban": "Su quale conto facciamo il rimborso?", "ask_pin": "Per sicurezza, qual è il suo PIN telefonico?",
        "ask_dob": "E la sua data di nascita?",
        "wa1": "vieni ancora alle 18?", "wa2": "sì, un po' in ritardo",
        "wa_mail": "mandalo a {v} per favore", "wa_addr": "il nostro nuovo indirizzo è {a}, {c}",
        "wa_id": "ecco il mio {l}: {v}", "wa_iban": "il mio IBAN è {v}, grazie!",
        "wa_pass": "la password del wifi è {v}", "wa_dob": "per la prenotazione serve la mia data di nascita: {v}",
        "mention": "puoi prendere tu il ticket della cliente che ha chiamato stamattina?",
        "mention_pass": "la password della casella condivisa è {v} – cambiala dopo",
        "tg": "ho cambiato e-mail, ora è {v}",
        "smsfrom": "Da", "sms": "ciao sono io, ho perso il telefono, questo è il mio nuovo numero, richiamami",
        "smscode": "Il tuo codice di verifica Acque del Brenta è {v}. Non condividerlo con nessuno.",
        "missed": "Chiamata persa da {v} (2 chiamate) alle 10:42",
        "ooo": "Grazie per il messaggio. Sono fuori ufficio fino al 14 novembre. Per urgenze contattate il mio collega {n} al {p}.",
        "ooo_clean": "Grazie per il messaggio. Sono fuori ufficio fino al 14 novembre. Per urgenze scrivete a {s} o chiamate il {h}.",
        "stt_name": "sì buongiorno mi chiamo {v} e chiamo per l'ultima bolletta",
        "stt_phone": "mi potete richiamare al {v} dopo le cinque",
        "stt_addr": "l'indirizzo è {a} {c} il portone blu",
        "stt_id": "il mio codice fiscale è {v}",
        "stt_iban": "l'iban è {v}",
        "stt_dob": "data di nascita {v}",
        "fb_addr": "Vi prego di consegnare l'apparecchio sostitutivo in {a}, {c}.",
        "fb_id": "Il mio {l} è {v}, come richiesto.", "fb_iban": "Vi prego di accreditare il rimborso su {v}.",
        "fb_login": "Le sue credenziali provvisorie: utente {u} password {v}",
        "fb_dob": "Nome: {n}\nData di nascita: {v}",
        "q_id": "> il mio {l} è {v}", "q_iban": "> IBAN: {v}", "q_dob": "> data di nascita {v}",
        "freelance": "Fotografia e Grafica",
        "bot_intro": "Ciao, sono {b}, l'assistente virtuale di {c}. Chiedimi tutto sull'{p}.",
        "ticket": "La sua pratica 00482913 è stata aggiornata. Riferimento INC-2026-0457.",
        "support_said": "> Grazie per aver contattato l'assistenza. La richiesta è stata inoltrata all'ufficio fatturazione.",
        "quote_plain": "> La nuova tariffa vale dal 1° dicembre 2026 con prezzo bloccato per 12 mesi.",
        "wa_system": "I messaggi e le chiamate sono crittografati end-to-end. Solo le persone in questa chat possono leggerli.",
        "carrier": "La spedizione 00340434161234567890 sarà consegnata domani tra le 10:00 e le 12:00.",
        "banksms": "Il tuo estratto conto mensile è disponibile nell'app. Non ti chiederemo mai il PIN.",
        "tr_clean_a": "Acque del Brenta buongiorno, come posso aiutarla?", "tr_clean_c": "buongiorno, che orari fate il sabato?",
        "tr_clean_a2": "Il sabato dalle 9 alle 13.",
        "stt_clean": "buongiorno volevo sapere quando arriva l'ordine numero 4500123 l'ho fatto il tre novembre",
        "channel": "@channel la nuova versione esce il 14 novembre alle 10:00, provate l'app prima",
        "slackbot": "Jira Cloud  APP  10:15\nADB-4521 spostato da In corso a Completato",
        "news": "> {p} ha detto martedì che le bollette scenderanno in primavera.",
        "meeting": "Riunione: revisione trimestrale\nQuando: giovedì 20 novembre 2026 10:00-11:00\nDove: sala 4.12",
        "products": "il Contatore 3 e l'app Il Mio Contatore (versione 5.2.1) danno letture diverse",
        "mailboxes": "Fatture a fatturazione@{d}, privacy a privacy@{d}, tutto il resto ad assistenza@{d}.",
        "noreply": "Questa casella non è presidiata. Si prega di non rispondere a questa e-mail.",
    },
    "nl": {
        "region": "NL", "datesep": "-",
        "ids": [("bsn", "BSN")],
        "names": ["Sanne de Boer", "Jeroen Visser", "Fleur Jansen", "Bram van Dijk", "Noor El Amrani",
                  "Ruben Smit", "Lotte Vermeulen", "Thijs Bakker", "Eva van der Linden", "Daan Mulder"],
        "places": [("Prinsengracht 312", "1016 HX Amsterdam"), ("Kerkstraat 8", "3511 LX Utrecht"),
                   ("Oude Binnenweg 14B", "3012 JA Rotterdam"), ("Dorpsstraat 56", "5611 AB Eindhoven")],
        "domains": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
        "company": "Waterbedrijf Delfland B.V.", "cdomain": "waterdelfland.nl",
        "switchboard": "+31 15 260 1234", "hotline": "0800 023 4567", "fax": "+31 15 260 1235",
        "caddr": "Phoenixstraat 32, 2611 AL Delft", "bot": "Sam", "product": "MijnWater-app",
        "public": "Mark Rutte", "bank": "Rabobank",
        "intro": "kunnen jullie helpen? dit kreeg ik:",
        "closing": "Met vriendelijke groet", "role": "Accountmanager", "direct": "Direct", "mobile": "Mobiel",
        "team": "Team Klantenservice", "sb": "Receptie",
        "fwd": "---------- Doorgestuurd bericht ---------", "from": "Van", "sent": "Verzonden", "to": "Aan",
        "cc": "CC", "subject": "Onderwerp", "sentdate": "maandag 3 november 2026 09:14",
        "subj": "RE: uw meterstand", "replyto": "Antwoord aan",
        "wrote": "Op ma 3 nov 2026 om 09:14 schreef {n} <{m}>:",
        "body": "> In de bijlage het getekende contract.",
        "agent": "Medewerker", "customer": "Klant",
        "ask_name": "Mag ik uw volledige naam?", "say": "Ja, {v}.",
        "ask_mail": "En uw e-mailadres?", "ask_phone": "Op welk nummer kunnen we u terugbellen?",
        "ask_addr": "Kunt u het adres van de woning bevestigen?", "ask_id": "Kunt u uw {l} voorlezen?",
        "ask_iban": "Op welke rekening moet de terugbetaling?", "ask_pin": "Wat is voor de veiligheid uw telefoon-PIN?",
        "ask_dob": "En uw geboortedatum?",
        "wa1": "kom je nog om 6 uur?", "wa2": "ja, iets later",
        "wa_mail": "stuur het naar {v} aub", "wa_addr": "ons nieuwe adres is {a}, {c}",
        "wa_id": "hier mijn {l}: {v}", "wa_iban": "mijn IBAN is {v}, thanks!",
        "wa_pass": "het wifi-wachtwoord is {v}", "wa_dob": "voor de boeking willen ze mijn geboortedatum: {v}",
        "mention": "kun jij het ticket overnemen van de klant die vanochtend belde?",
        "mention_pass": "het wachtwoord van de gedeelde mailbox is {v} – graag daarna wijzigen",
        "tg": "mijn e-mail is veranderd, nu {v}",
        "smsfrom": "Van", "sms": "hoi ik ben het, telefoon kwijt, dit is mijn nieuwe nummer, bel me terug",
        "smscode": "Je verificatiecode van Delfland is {v}. Deel deze code nooit.",
        "missed": "Gemiste oproep van {v} (2 oproepen) om 10:42",
        "ooo": "Bedankt voor uw bericht. Ik ben tot 14 november afwezig. Voor dringende zaken kunt u contact opnemen met mijn collega {n} via {p}.",
        "ooo_clean": "Bedankt voor uw bericht. Ik ben tot 14 november afwezig. Voor dringende zaken mail {s} of bel {h}.",
        "stt_name": "ja hallo ik ben {v} en ik bel over mijn laatste rekening",
        "stt_phone": "u kunt me bereiken op {v} na vijf uur",
        "stt_addr": "het adres is {a} {c} de blauwe deur",
        "stt_id": "mijn bsn is {v}",
        "stt_iban": "de iban is {v}",
        "stt_dob": "geboortedatum {v}",
        "fb_addr": "Graag het vervangende apparaat bezorgen op {a}, {c}.",
        "fb_id": "Mijn {l} is {v}, zoals gevraagd.", "fb_iban": "Graag de terugbetaling naar {v}.",
        "fb_login": "Je tijdelijke inlog: gebruikersnaam {u} wachtwoord {v}",
        "fb_dob": "Naam: {n}\nGeboortedatum: {v}",
        "q_id": "> mijn {l} is {v}", "q_iban": "> IBAN: {v}", "q_dob": "> geboortedatum {v}",
        "freelance": "Fotografie & Ontwerp",
        "bot_intro": "Hoi, ik ben {b}, de digitale assistent van {c}. Vraag me alles over de {p}.",
        "ticket": "Uw melding 00482913 is bijgewerkt. Referentie INC-2026-0457.",
        "support_said": "> Bedankt voor uw bericht aan de klantenservice. We hebben het doorgezet naar de facturatie.",
        "quote_plain": "> Het nieuwe tarief geldt vanaf 1 december 2026, de prijs staat 12 maanden vast.",
        "wa_system": "Berichten en oproepen zijn end-to-end versleuteld. Alleen mensen in deze chat kunnen ze lezen.",
        "carrier": "Je pakket 00340434161234567890 wordt morgen tussen 10:00 en 12:00 bezorgd.",
        "banksms": "Je maandoverzicht staat in de app. We vragen nooit om je pincode.",
        "tr_clean_a": "Waterbedrijf Delfland, goedemorgen, waarmee kan ik helpen?", "tr_clean_c": "hallo, wat zijn jullie openingstijden op zaterdag?",
        "tr_clean_a2": "Op zaterdag van 9 tot 13 uur.",
        "stt_clean": "hallo ik wil weten wanneer bestelling nummer 4500123 komt ik heb die op drie november besteld",
        "channel": "@channel de nieuwe release gaat 14 november om 10:00 live, test de app vooraf",
        "slackbot": "Jira Cloud  APP  10:15\nWDL-4521 verplaatst van Bezig naar Gereed",
        "news": "> {p} zei dinsdag dat de energierekening in het voorjaar daalt.",
        "meeting": "Afspraak: kwartaaloverleg\nWanneer: donderdag 20 november 2026 10:00-11:00\nWaar: zaal 4.12",
        "products": "de Slimme Meter 3 en de MijnWater-app (versie 5.2.1) geven andere standen",
        "mailboxes": "Facturen naar facturen@{d}, privacy naar privacy@{d}, de rest naar klantenservice@{d}.",
        "noreply": "Deze mailbox wordt niet gelezen. Beantwoord deze e-mail niet.",
    },
    "pl": {
        "region": "PL", "datesep": ".",
        "ids": [("pesel", "PESEL")],
        "names": ["Agnieszka Wróbel", "Tomasz Kaczmarek", "Magdalena Zając", "Paweł Szymański", "Karolina Dąbrowska",
                  "Michał Lewandowski", "Joanna Pawlak", "Krzysztof Górski", "Natalia Sikora", "Bartosz Woźniak"],
        "places": [("ul. Długa 17/4", "31-147 Kraków"), ("ul. Marszałkowska 84 m. 12", "00-514 Warszawa"),
                   ("al. Grunwaldzka 210", "80-266 Gdańsk"), ("ul. Piotrkowska 55", "90-413 Łódź")],
        "domains": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
        "company": "Wodociągi Mazowieckie Sp. z o.o.", "cdomain": "wodociagi-mazowsze.pl",
        "switchboard": "+48 22 123 45 00", "hotline": "800 123 456", "fax": "+48 22 123 45 01",
        "caddr": "ul. Wodna 1, 00-001 Warszawa", "bot": "Ola", "product": "aplikacji Mój Licznik",
        "public": "Donald Tusk", "bank": "PKO BP",
        "intro": "możecie pomóc? to dostałam:",
        "closing": "Z poważaniem", "role": "Kierownik ds. klientów", "direct": "Tel. bezpośredni", "mobile": "Kom.",
        "team": "Zespół Obsługi Klienta", "sb": "Centrala",
        "fwd": "---------- Przekazana wiadomość ---------", "from": "Od", "sent": "Wysłano", "to": "Do",
        "cc": "DW", "subject": "Temat", "sentdate": "poniedziałek, 3 listopada 2026 09:14",
        "subj": "Odp: odczyt licznika", "replyto": "Odpowiedz do",
        "wrote": "W dniu pon., 3 lis 2026 o 09:14 {n} <{m}> napisał(a):",
        "body": "> W załączniku podpisana umowa.",
        "agent": "Konsultant", "customer": "Klient",
        "ask_name": "Poproszę imię i nazwisko.", "say": "Tak, {v}.",
        "ask_mail": "A adres e-mail?", "ask_phone": "Pod jaki numer możemy oddzwonić?",
        "ask_addr": "Proszę potwierdzić adres lokalu.", "ask_id": "Proszę podać {l}.",
        "ask_iban": "Na jakie konto zwrócić pieniądze?", "ask_pin": "Dla bezpieczeństwa proszę podać PIN telefoniczny.",
        "ask_dob": "A data urodzenia?",
        "wa1": "będziesz o 18?", "wa2": "tak, trochę się spóźnię",
        "wa_mail": "wyślij to na {v} proszę", "wa_addr": "nasz nowy adres to {a}, {c}",
        "wa_id": "mój {l}: {v}", "wa_iban": "mój numer konta {v}, dzięki!",
        "wa_pass": "hasło do wifi to {v}", "wa_dob": "do rezerwacji potrzebują mojej daty urodzenia: {v}",
        "mention": "możesz przejąć zgłoszenie klientki, która dzwoniła rano?",
        "mention_pass": "hasło do wspólnej skrzynki to {v} – zmień je potem",
        "tg": "zmieniłem e-mail, teraz to {v}",
        "smsfrom": "Od", "sms": "cześć to ja, zgubiłem telefon, to mój nowy numer, oddzwoń",
        "smscode": "Twój kod weryfikacyjny Wodociągi Mazowieckie to {v}. Nie podawaj go nikomu.",
        "missed": "Nieodebrane połączenie od {v} (2 połączenia) o 10:42",
        "ooo": "Dziękuję za wiadomość. Jestem poza biurem do 14 listopada. W pilnych sprawach proszę kontaktować się z moją koleżanką {n} pod numerem {p}.",
        "ooo_clean": "Dziękuję za wiadomość. Jestem poza biurem do 14 listopada. W pilnych sprawach proszę pisać na {s} lub dzwonić pod {h}.",
        "stt_name": "tak dzień dobry nazywam się {v} dzwonię w sprawie ostatniego rachunku",
        "stt_phone": "można do mnie dzwonić pod {v} po piątej",
        "stt_addr": "adres to {a} {c} niebieskie drzwi",
        "stt_id": "mój pesel to {v}",
        "stt_iban": "numer konta to {v}",
        "stt_dob": "data urodzenia {v}",
        "fb_addr": "Proszę dostarczyć urządzenie zastępcze na adres {a}, {c}.",
        "fb_id": "Mój {l} to {v}, zgodnie z prośbą.", "fb_iban": "Proszę przelać zwrot na {v}.",
        "fb_login": "Twoje tymczasowe dane logowania: login {u} hasło {v}",
        "fb_dob": "Imię i nazwisko: {n}\nData urodzenia: {v}",
        "q_id": "> mój {l} to {v}", "q_iban": "> nr konta: {v}", "q_dob": "> data urodzenia {v}",
        "freelance": "Fotografia i Projektowanie",
        "bot_intro": "Cześć, jestem {b}, wirtualna asystentka firmy {c}. Zapytaj mnie o wszystko w {p}.",
        "ticket": "Twoje zgłoszenie 00482913 zostało zaktualizowane. Numer referencyjny INC-2026-0457.",
        "support_said": "> Dziękujemy za kontakt z pomocą techniczną. Zgłoszenie przekazaliśmy do działu rozliczeń.",
        "quote_plain": "> Nowa taryfa obowiązuje od 1 grudnia 2026, cena stała przez 12 miesięcy.",
        "wa_system": "Wiadomości i połączenia są szyfrowane end-to-end. Tylko osoby na tym czacie mogą je czytać.",
        "carrier": "Twoja przesyłka 00340434161234567890 zostanie doręczona jutro między 10:00 a 12:00.",
        "banksms": "Wyciąg miesięczny jest dostępny w aplikacji. Nigdy nie prosimy o PIN.",
        "tr_clean_a": "Wodociągi Mazowieckie, dzień dobry, w czym mogę pomóc?", "tr_clean_c": "dzień dobry, w jakich godzinach jesteście otwarci w sobotę?",
        "tr_clean_a2": "W soboty od 9 do 13.",
        "stt_clean": "dzień dobry chciałem zapytać kiedy przyjdzie zamówienie numer 4500123 złożyłem je trzeciego listopada",
        "channel": "@channel nowa wersja wchodzi 14 listopada o 10:00, przetestujcie wcześniej aplikację",
        "slackbot": "Jira Cloud  APP  10:15\nWOM-4521 przeniesione z W toku do Gotowe",
        "news": "> {p} powiedział we wtorek, że rachunki za energię spadną wiosną.",
        "meeting": "Spotkanie: przegląd kwartalny\nKiedy: czwartek, 20 listopada 2026 10:00-11:00\nGdzie: sala 4.12",
        "products": "Licznik 3 i aplikacja Mój Licznik (wersja 5.2.1) pokazują różne odczyty",
        "mailboxes": "Faktury na faktury@{d}, ochrona danych na iod@{d}, reszta na pomoc@{d}.",
        "noreply": "Ta skrzynka nie jest monitorowana. Prosimy nie odpowiadać na tę wiadomość.",
    },
}  # fmt: skip


# Two more ways each language introduces a paste; `Lang.w("intro")` takes them in turn.
MORE_INTROS = {
    "en": ("forwarding this from my inbox, is it from you?", "pasting the conversation below:"),
    "de": ("ich leite das aus meinem Postfach weiter, ist das von Ihnen?", "hier der Verlauf:"),
    "fr": (
        "je vous transfère ça depuis ma boîte, c'est bien de vous ?",
        "je colle la conversation ci-dessous :",
    ),
    "es": ("os reenvío esto de mi bandeja, ¿es vuestro?", "pego la conversación abajo:"),
    "it": ("vi giro questo dalla mia casella, è vostro?", "incollo la conversazione qui sotto:"),
    "nl": ("ik stuur dit door uit mijn inbox, is dit van jullie?", "hieronder het gesprek:"),
    "pl": ("przesyłam to z mojej skrzynki, czy to od was?", "wklejam rozmowę poniżej:"),
}


def wa_stamp(day: int, minute: int) -> str:
    return f"[{day:02d}/11/26, 10:{minute:02d}]"


Shape = Callable[[Lang], str]


# ---------------------------------------------------------------------------------------
# Personal shapes, by category


def person_shapes() -> list[tuple[str, Shape]]:
    def signature(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n\n{x.w('closing')}\n{m('PERSON', full)}\n{x.w('role')}\n"
            f"{x.w('company')}\n{x.w('direct')}: {m('PHONE', x.phone('fix'))}\n"
            f"{x.w('mobile')}: {m('PHONE', x.phone('mob'))}\n{m('EMAIL', x.email(full))}"
        )

    def forward(x: Lang) -> str:
        a, _ = x.person()
        b, _ = x.person()
        c, _ = x.person()
        return (
            f"{x.w('intro')}\n{x.w('fwd')}\n{x.w('from')}: {m('PERSON', a)} <{m('EMAIL', x.email(a))}>\n"
            f"{x.w('sent')}: {x.w('sentdate')}\n{x.w('to')}: {m('PERSON', b)} <{m('EMAIL', x.email(b))}>\n"
            f"{x.w('cc')}: {m('PERSON', c)}\n{x.w('subject')}: {x.w('subj')}"
        )

    def whatsapp(x: Lang) -> str:
        a, _ = x.person()
        b, _ = x.person()
        d, mi = rng.randint(1, 28), rng.randint(0, 50)
        return (
            f"{x.w('intro')}\n{wa_stamp(d, mi)} {m('PERSON', a)}: {x.w('wa1')}\n"
            f"{wa_stamp(d, mi + 2)} {m('PERSON', b)}: {x.w('wa2')}"
        )

    def mention(x: Lang) -> str:
        a, _ = x.person()
        b, _ = x.person()
        return (
            f"{x.w('intro')}\n{m('PERSON', a)}  10:{rng.randint(10, 59)}\n"
            f"@{m('PERSON', b)} {x.w('mention')}"
        )

    def stt(x: Lang) -> str:
        full, _ = x.person()
        return f"{x.w('intro')}\n{x.p('stt_name', v=m('PERSON', full.lower()))}"

    return [("signature", signature), ("forward", forward), ("whatsapp", whatsapp),
            ("mention", mention), ("stt", stt)]  # fmt: skip


def email_shapes() -> list[tuple[str, Shape]]:
    def quoted(x: Lang) -> str:
        full, _ = x.person()
        return f"{x.w('intro')}\n\n{x.p('wrote', n=m('PERSON', full), m=m('EMAIL', x.email(full)))}\n{x.w('body')}"

    def cc(x: Lang) -> str:
        a, _ = x.person()
        b, _ = x.person()
        return (
            f"{x.w('intro')}\n{x.w('to')}: {m('EMAIL', x.email(a))}\n"
            f"{x.w('cc')}: {m('EMAIL', x.email(b))}; support@{x.w('cdomain')}\n"
            f"{x.w('subject')}: {x.w('subj')}"
        )

    def telegram(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n{m('PERSON', full)}, [0{rng.randint(1, 9)}.11.2026 10:{rng.randint(10, 59)}]\n"
            f"{x.p('tg', v=m('EMAIL', x.email(full)))}"
        )

    def transcript(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n{x.w('agent')}: {x.w('ask_mail')}\n"
            f"{x.w('customer')}: {x.p('say', v=m('EMAIL', x.email(full)))}"
        )

    def reply_to(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n{x.w('from')}: {x.w('company')} <noreply@{x.w('cdomain')}>\n"
            f"{x.w('replyto')}: {m('EMAIL', x.email(full))}\n{x.w('subject')}: {x.w('subj')}"
        )

    return [("quoted", quoted), ("cc", cc), ("telegram", telegram), ("transcript", transcript),
            ("reply_to", reply_to)]  # fmt: skip


def phone_shapes() -> list[tuple[str, Shape]]:
    def sms(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('smsfrom')}: {m('PHONE', x.phone('mob'))}\n{x.w('sms')}"

    def ooo(x: Lang) -> str:
        full, _ = x.person()
        return f"{x.w('intro')}\n\n{x.p('ooo', n=m('PERSON', full), p=m('PHONE', x.phone()))}"

    def missed(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.p('missed', v=m('PHONE', x.phone('mob', 'intl')))}"

    def transcript(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.w('agent')}: {x.w('ask_phone')}\n"
            f"{x.w('customer')}: {x.p('say', v=m('PHONE', x.phone()))}"
        )

    def stt(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.p('stt_phone', v=m('PHONE', x.phone('mob', 'raw')))}"

    return [("sms", sms), ("ooo", ooo), ("missed", missed), ("transcript", transcript),
            ("stt", stt)]  # fmt: skip


def address_shapes() -> list[tuple[str, Shape]]:
    def transcript(x: Lang) -> str:
        street, city = x.place()
        return (
            f"{x.w('intro')}\n{x.w('agent')}: {x.w('ask_addr')}\n"
            f"{x.w('customer')}: {x.p('say', v=m('ADDRESS', street) + ', ' + m('ADDRESS', city))}"
        )

    def whatsapp(x: Lang) -> str:
        full, _ = x.person()
        street, city = x.place()
        return (
            f"{x.w('intro')}\n{wa_stamp(rng.randint(1, 28), rng.randint(0, 59))} {m('PERSON', full)}: "
            f"{x.p('wa_addr', a=m('ADDRESS', street), c=m('ADDRESS', city))}"
        )

    def forward_body(x: Lang) -> str:
        full, _ = x.person()
        street, city = x.place()
        return (
            f"{x.w('intro')}\n{x.w('fwd')}\n{x.w('from')}: {m('PERSON', full)} <{m('EMAIL', x.email(full))}>\n"
            f"{x.w('sent')}: {x.w('sentdate')}\n\n{x.p('fb_addr', a=m('ADDRESS', street), c=m('ADDRESS', city))}"
        )

    def freelancer_sig(x: Lang) -> str:
        full, _ = x.person()
        street, city = x.place()
        return (
            f"{x.w('intro')}\n\n{x.w('closing')}\n{m('PERSON', full)}\n{x.w('freelance')}\n"
            f"{m('ADDRESS', street)}\n{m('ADDRESS', city)}"
        )

    def stt(x: Lang) -> str:
        street, city = x.place()
        street = street.lower().replace(",", "")
        city = city.lower()
        return f"{x.w('intro')}\n{x.p('stt_addr', a=m('ADDRESS', street), c=m('ADDRESS', city))}"

    return [("transcript", transcript), ("whatsapp", whatsapp), ("forward_body", forward_body),
            ("freelancer_sig", freelancer_sig), ("stt", stt)]  # fmt: skip


def id_shapes() -> list[tuple[str, Shape]]:
    def transcript(x: Lang) -> str:
        label, value = x.national_id()
        return (
            f"{x.w('intro')}\n{x.w('agent')}: {x.p('ask_id', l=label)}\n"
            f"{x.w('customer')}: {x.p('say', v=m('ID', value))}"
        )

    def whatsapp(x: Lang) -> str:
        full, _ = x.person()
        label, value = x.national_id()
        return (
            f"{x.w('intro')}\n{wa_stamp(rng.randint(1, 28), rng.randint(0, 59))} {m('PERSON', full)}: "
            f"{x.p('wa_id', l=label, v=m('ID', value))}"
        )

    def forward_body(x: Lang) -> str:
        full, _ = x.person()
        label, value = x.national_id()
        return (
            f"{x.w('intro')}\n{x.w('fwd')}\n{x.w('from')}: {m('PERSON', full)} <{m('EMAIL', x.email(full))}>\n"
            f"{x.w('sent')}: {x.w('sentdate')}\n\n{x.p('fb_id', l=label, v=m('ID', value))}"
        )

    def quoted(x: Lang) -> str:
        label, value = x.national_id()
        return f"{x.w('intro')}\n{x.p('q_id', l=label, v=m('ID', value))}\n{x.w('body')}"

    def stt(x: Lang) -> str:
        _, value = x.national_id()
        return f"{x.w('intro')}\n{x.p('stt_id', v=m('ID', spaced_digits(value)))}"

    return [("transcript", transcript), ("whatsapp", whatsapp), ("forward_body", forward_body),
            ("quoted", quoted), ("stt", stt)]  # fmt: skip


def account_shapes() -> list[tuple[str, Shape]]:
    def forward_body(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n{x.w('fwd')}\n{x.w('from')}: {m('PERSON', full)} <{m('EMAIL', x.email(full))}>\n"
            f"{x.w('sent')}: {x.w('sentdate')}\n\n{x.p('fb_iban', v=m('ACCOUNT', x.iban()))}"
        )

    def whatsapp(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n{wa_stamp(rng.randint(1, 28), rng.randint(0, 59))} {m('PERSON', full)}: "
            f"{x.p('wa_iban', v=m('ACCOUNT', x.iban()))}"
        )

    def transcript(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.w('agent')}: {x.w('ask_iban')}\n"
            f"{x.w('customer')}: {x.p('say', v=m('ACCOUNT', x.iban()))}"
        )

    def quoted(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.p('q_iban', v=m('ACCOUNT', x.iban()))}\n{x.w('body')}"

    def stt(x: Lang) -> str:
        value = probe_values.make_iban(x.w("region"), "sp").lower()
        return f"{x.w('intro')}\n{x.p('stt_iban', v=m('ACCOUNT', value))}"

    return [("forward_body", forward_body), ("whatsapp", whatsapp), ("transcript", transcript),
            ("quoted", quoted), ("stt", stt)]  # fmt: skip


def credential_shapes() -> list[tuple[str, Shape]]:
    def whatsapp(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n{wa_stamp(rng.randint(1, 28), rng.randint(0, 59))} {m('PERSON', full)}: "
            f"{x.p('wa_pass', v=m('PASSWORD', password()))}"
        )

    def forward_body(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n{x.w('fwd')}\n{x.w('from')}: {x.w('company')} <noreply@{x.w('cdomain')}>\n"
            f"{x.w('to')}: {m('EMAIL', x.email(full))}\n\n"
            f"{x.p('fb_login', u=m('USERNAME', username(full)), v=m('PASSWORD', password()))}"
        )

    def sms_code(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.w('smsfrom')}: {x.w('company').split(' ')[0]}\n"
            f"{x.p('smscode', v=m('PIN', probe_values.digits(6)))}"
        )

    def transcript(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.w('agent')}: {x.w('ask_pin')}\n"
            f"{x.w('customer')}: {x.p('say', v=m('PIN', probe_values.digits(rng.choice((4, 5, 6)))))}"
        )

    def mention(x: Lang) -> str:
        a, _ = x.person()
        b, _ = x.person()
        return (
            f"{x.w('intro')}\n{m('PERSON', a)}  09:{rng.randint(10, 59)}\n"
            f"@{m('PERSON', b)} {x.p('mention_pass', v=m('PASSWORD', password()))}"
        )

    return [("whatsapp", whatsapp), ("forward_body", forward_body), ("sms_code", sms_code),
            ("transcript", transcript), ("mention", mention)]  # fmt: skip


def dob_shapes() -> list[tuple[str, Shape]]:
    def transcript(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.w('agent')}: {x.w('ask_dob')}\n"
            f"{x.w('customer')}: {x.p('say', v=m('DOB', x.dob()))}"
        )

    def stt(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.p('stt_dob', v=m('DOB', x.dob().replace(x.w('datesep'), ' ')))}"

    def forward_body(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n{x.w('fwd')}\n{x.w('from')}: {m('PERSON', full)} <{m('EMAIL', x.email(full))}>\n"
            f"{x.w('sent')}: {x.w('sentdate')}\n\n{x.p('fb_dob', n=m('PERSON', full), v=m('DOB', x.dob()))}"
        )

    def whatsapp(x: Lang) -> str:
        full, _ = x.person()
        return (
            f"{x.w('intro')}\n{wa_stamp(rng.randint(1, 28), rng.randint(0, 59))} {m('PERSON', full)}: "
            f"{x.p('wa_dob', v=m('DOB', x.dob()))}"
        )

    def quoted(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.p('q_dob', v=m('DOB', x.dob()))}\n{x.w('body')}"

    return [("transcript", transcript), ("stt", stt), ("forward_body", forward_body),
            ("whatsapp", whatsapp), ("quoted", quoted)]  # fmt: skip


PERSONAL: list[tuple[str, Callable[[], list[tuple[str, Shape]]]]] = [
    ("person", person_shapes), ("email", email_shapes), ("phone", phone_shapes),
    ("address", address_shapes), ("id", id_shapes), ("account", account_shapes),
    ("credential", credential_shapes), ("dob", dob_shapes),
]  # fmt: skip


# ---------------------------------------------------------------------------------------
# Clean shapes


def clean_shapes() -> list[tuple[str, Shape]]:
    def support(x: Lang) -> str:
        return f"support@{x.w('cdomain')}"

    def company_sig(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n\n{x.w('closing')}\n{x.w('team')}\n{x.w('company')}\n{x.w('caddr')}\n"
            f"{x.w('sb')}: {x.w('switchboard')} | Hotline: {x.w('hotline')}\nwww.{x.w('cdomain')}"
        )

    def bot(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.p('bot_intro', b=x.w('bot'), c=x.w('company'), p=x.w('product'))}"
        )

    def ooo_generic(x: Lang) -> str:
        return f"{x.w('intro')}\n\n{x.p('ooo_clean', s=support(x), h=x.w('hotline'))}"

    def fwd_noreply(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.w('fwd')}\n{x.w('from')}: {x.w('company')} <noreply@{x.w('cdomain')}>\n"
            f"{x.w('sent')}: {x.w('sentdate')}\n{x.w('subject')}: {x.w('subj')}\n\n{x.w('ticket')}"
        )

    def quoted_support(x: Lang) -> str:
        return f"{x.w('intro')}\n\n{x.p('wrote', n=x.w('company'), m=support(x))}\n{x.w('support_said')}"

    def quoted_plain(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('quote_plain')}\n{x.w('body')}"

    def wa_system(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{wa_stamp(rng.randint(1, 28), rng.randint(0, 59))} {x.w('wa_system')}"
        )

    def carrier_sms(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('smsfrom')}: DHL\n{x.w('carrier')}"

    def bank_sms(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('smsfrom')}: {x.w('bank')}\n{x.w('banksms')}"

    def transcript_clean(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.w('agent')}: {x.w('tr_clean_a')}\n{x.w('customer')}: {x.w('tr_clean_c')}\n"
            f"{x.w('agent')}: {x.w('tr_clean_a2')}"
        )

    def stt_clean(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('stt_clean')}"

    def channel(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('channel')}"

    def slackbot(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('slackbot')}"

    def news(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.p('news', p=x.w('public'))}"

    def meeting(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.w('fwd')}\n{x.w('from')}: {x.w('company')} <calendar@{x.w('cdomain')}>\n"
            f"{x.w('sent')}: {x.w('sentdate')}\n{x.w('meeting')}"
        )

    def products(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('products')}"

    def tickets(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('ticket')}\n{x.w('subject')}: [#{rng.randint(100000, 999999)}] {x.w('subj')}"

    def mailboxes(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.p('mailboxes', d=x.w('cdomain'))}"

    def switchboard(x: Lang) -> str:
        return (
            f"{x.w('intro')}\n{x.w('company')}\n{x.w('sb')}: {x.w('switchboard')}\n"
            f"Fax: {x.w('fax')}\nHotline: {x.w('hotline')}"
        )

    def noreply(x: Lang) -> str:
        return f"{x.w('intro')}\n{x.w('ticket')}\n\n--\n{x.w('noreply')}\n{x.w('company')} · {x.w('caddr')}"

    return [
        ("company_sig", company_sig), ("bot", bot), ("ooo_generic", ooo_generic),
        ("fwd_noreply", fwd_noreply), ("quoted_support", quoted_support),
        ("quoted_plain", quoted_plain), ("wa_system", wa_system), ("carrier_sms", carrier_sms),
        ("bank_sms", bank_sms), ("transcript_clean", transcript_clean), ("stt_clean", stt_clean),
        ("channel", channel), ("slackbot", slackbot), ("news", news), ("meeting", meeting),
        ("products", products), ("tickets", tickets), ("mailboxes", mailboxes),
        ("switchboard", switchboard), ("noreply", noreply),
    ]  # fmt: skip


def no_draw(name: str) -> str:
    raise AssertionError(f"probe21 writes its values literally, not =`{name}`")


def build() -> list[dict[str, object]]:
    rng.seed(SEED)
    clean = clean_shapes()
    rows: list[dict[str, object]] = []
    for lang in LANGS:
        x = Lang(lang, L[lang])
        templates: list[tuple[str, str, str]] = []
        for category, shapes in PERSONAL:
            for _ in range(DRAWS):
                templates += [(category, kind, shape(x)) for kind, shape in shapes()]
        for _ in range(DRAWS):
            templates += [("clean", kind, shape(x)) for kind, shape in clean]
        rows += probe_templates.checked_rows(
            "p21",
            {lang: templates},
            lambda template: probe_templates.render(template, no_draw),
            short=probe_templates.SHORT,
            category_of=probe_templates.CATEGORY,
            per_language=len(PERSONAL) * 5 * DRAWS + len(clean) * DRAWS,
            clean=len(clean) * DRAWS,
        )
    return rows


def main() -> int:
    return probe_templates.write_or_check(build(), OUT, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
