"""Document and membership numbers named by their word, in the seven languages we serve:
"Reisepassnummer C8MJ5XHHT", "numéro de passeport 23YV13352", "patente n. RJ8860716X",
"numer dowodu osobistego ABC 123456", "klantnummer 36627658", "n° adhérent 567571852",
"Matrikelnummer 4172638", "numero di telaio VF3RMUR90MC804829" (a VIN: its 17
characters of ISO 3779 are the shape checked).

Most of these numbers have no public check digit and no fixed shape (a member number is
whatever the club prints), so the word is the evidence: the value must follow it directly,
with only fillers between ("no.", "n°", "number", "is", ":"), and be shaped like an
identifier (enough characters, enough digits, not a date, a year or an amount). A
fallback: its spans score `SCORE`, just above the detector's default threshold, so
where a recognizer of a specific number (a US passport, a codice fiscale) reports a
span over the same characters (0.6 or more with its word), the overlap rule keeps that.
"""

from __future__ import annotations

import re
from typing import ClassVar

from piiguard._types import Span
from piiguard.detection.lexicon import Lexicon
from piiguard.detection.recognizers._id_number import (
    HEDGE,
    NamedAfterRecognizer,
    asks_for_reference,
)
from piiguard.detection.recognizers._pattern import (
    LENGTH_ASIDE_REGEX,
    Pattern,
    abbreviated,
    words_regex,
)

PASSPORT = "PASSPORT"
DRIVER_LICENSE = "DRIVER_LICENSE"
ID_CARD = "ID_CARD"
RESIDENCE_PERMIT = "RESIDENCE_PERMIT"
MEMBER_ID = "MEMBER_ID"
USERNAME = "USERNAME"
STUDENT_ID = "STUDENT_ID"
VEHICLE_ID = "VEHICLE_ID"
SCORE = 0.55

_PASSPORT_WORDS = (
    "passport", "reisepass", "reisepassnummer", "passnummer", "pass-nr", "passnr",
    "reisepasses",  # the genitive: "die Nummer meines neuen Reisepasses"
    "passeport", "pasaporte", "passaporto", "paspoort", "paspoortnummer", "paszport",
    "paszportu", "paszportem", "paszporcie", "paspoortnr", "passeportnr",
)  # fmt: skip
_LICENCE_WORDS = (
    "driver's license", "drivers license", "driver license", "driver's licence",
    "driving licence", "driving license", "driver licence", "führerschein",
    "führerscheinnummer", "fuehrerschein", "permis de conduire", "permis", "carnet de conducir",
    "carné de conducir", "permiso de conducir", "licencia de conducir", "patente",
    "patente di guida", "rijbewijs", "rijbewijsnummer", "prawo jazdy", "prawa jazdy",
    "prawem jazdy", "prawie jazdy",
)  # fmt: skip
_ID_CARD_WORDS = (
    "id card", "identity card", "national id card", "personalausweis", "personalausweisnummer",
    "ausweis", "ausweisnummer", "personalausweises", "ausweises", "carte d'identité",
    "carte nationale d'identité", "cni",
    "documento de identidad", "documento nacional de identidad", "carta d'identità",
    "carta di identità", "identiteitskaart", "id-kaart", "id kaart", "dowód osobisty",
    "dowodu osobistego", "dowód", "dowodu", "dowodem osobistym", "dowodzie",
    # the German "Perso" (Personalausweis) and its number
    "perso", "perso-nr", "perso nr", "persoausweis",
)  # fmt: skip
_RESIDENCE_WORDS = (
    "residence permit", "biometric residence permit", "brp", "brp card", "residence card",
    "aufenthaltstitel", "aufenthaltserlaubnis", "aufenthaltskarte", "titre de séjour",
    "carte de séjour", "titre de sejour", "carte de sejour", "tarjeta de residencia",
    "permiso de residencia", "tarjeta de identidad de extranjero", "permesso di soggiorno",
    "carta di soggiorno", "verblijfsvergunning", "verblijfsdocument", "verblijfspas",
    "karta pobytu", "karty pobytu", "kartę pobytu", "karcie pobytu", "zezwolenie na pobyt",
    # the foreigner's number printed on it (France's AGDREF number, Spain's NIE word)
    "numéro étranger", "numéro d'étranger", "n° étranger", "numero etranger",
    "numéro agdref", "número de extranjero", "numero di permesso", "vreemdelingennummer",
)  # fmt: skip
# A visa's number ("Visum Nr. ITA186842976", "numer wizy DEU552114726", "numéro du visa
# américain : 76419994").
_VISA_WORDS = (
    "visa", "visa number", "visa no", "visa nr", "visum", "visumnummer", "visums",
    "numéro de visa", "numéro du visa", "visado", "número de visado", "número del visado",
    "numero del visto", "numero di visto", "visto d'ingresso", "visto di ingresso", "wiza",
    "wizy", "numer wizy", "wizę",
)  # fmt: skip
VISA = "VISA"
MEMBER_WORDS = (  # also what names a number as not a phone's (`phone.PhoneRecognizer`)
    # en
    "member id", "member number", "member no", "membership number", "membership no",
    "membership id", "patient id", "patient number", "patient no", "customer id",
    "customer number", "customer no", "client id", "client number", "client no",
    "subscriber id", "subscriber number", "policy number", "policyholder number",
    "contract number", "contract no", "contract id", "policy no", "contract", "policy",
    "insurance policy",
    # the European health insurance card
    "ehic", "ehic card", "ekuz", "karta ekuz", "karty ekuz", "tessera team",
    "tarjeta sanitaria europea", "carte européenne d'assurance maladie", "ceam",
    "europäische krankenversicherungskarte",
    "insurance number", "loyalty number", "loyalty card number", "medical record number", "mrn",
    "membership #", "member #", "health card", "health card number", "insurance card",
    "health insurance card", "versichertenkarte", "krankenkassenkarte", "gesundheitskarte",
    "carte d'assuré", "carte mutuelle", "tarjeta del seguro", "tarjeta de la mutua",
    "tessera assicurativa", "verzekeringspas", "zorgverzekeringspas",
    "karta ubezpieczenia", "legitymacja ubezpieczeniowa",
    # de
    "mitgliedsnummer", "mitgliedernummer", "mitglieds-nr", "mitgliedsnr", "kundennummer",
    "kunden-nr", "kundennr", "kunden-id", "patientennummer", "patienten-nr", "patienten-id",
    "versichertennummer", "versicherungsnummer", "vertragsnummer", "policennummer",
    "versicherungsschein", "versicherungsscheinnummer", "debitorennummer",
    "krankenversichertennummer", "kvnr",
    # fr
    "adhérent", "numéro de membre", "numéro client", "numéro de client", "identifiant client",
    "numéro de patient", "numéro patient", "numéro d'assuré", "sociétaire", "numéro d'abonné",
    "numéro de contrat", "numéro de police", "carte vitale", "numéro de carte vitale",
    "référence client", "réf client", "réf. client", "adhérent mutuelle", "numéro de mutuelle",
    "allocataire", "numéro allocataire", "numéro d'allocataire", "allocataire caf",
    "numéro caf", "n° caf", "contrat", "police d'assurance",
    # es
    "número de socio", "número socio", "nº de socio", "número de cliente", "número cliente",
    "número de paciente", "número de afiliado", "número de asegurado", "número de abonado",
    "número de póliza", "historia clínica", "tarjeta sanitaria", "número de tarjeta sanitaria",
    "número de contrato", "referencia de cliente",
    # chat leaves the "de" out: "número contrato", "nº póliza"
    "número contrato", "número paciente", "número afiliado", "número asegurado",
    "número abonado", "número póliza", "contrato", "póliza", "socio",
    # it
    "numero cliente", "codice cliente", "numero di cliente", "numero socio", "numero di socio",
    "numero tessera", "numero di tessera", "tessera socio", "numero paziente",
    "numero assistito", "numero di polizza", "numero contratto", "numero di contratto",
    "codice contratto", "tessera sanitaria", "contratto", "polizza",
    "numero di tessera sanitaria",
    # nl
    "klantnummer", "klant-nr", "klantnr", "lidnummer", "lidmaatschapsnummer", "patiëntnummer",
    "patientnummer", "relatienummer", "abonneenummer", "polisnummer", "verzekerdennummer",
    "contractnummer", "zorgpasnummer", "debiteurennummer", "debiteurnummer", "polis",
    # pl
    "numer klienta", "nr klienta", "identyfikator klienta", "numer członkowski",
    "numer członka", "numer karty członkowskiej", "numer pacjenta", "nr pacjenta",
    "numer abonenta", "numer polisy", "numer umowy", "polisa", "polisy", "umowa", "umowy",
    "karta klubowa", "karty klubowej", "karta stałego klienta", "karty stałego klienta",
    # an employee's number: "Personalnummer 40217", "matricule 884120"
    "employee id", "employee number", "staff id", "staff number", "personnel number",
    "personalnummer", "mitarbeiternummer", "matricule", "numéro d'employé",
    "número de empleado", "numero dipendente", "matricola aziendale", "personeelsnummer",
    "numer pracownika", "identyfikator pracownika",
)  # fmt: skip

# A student's number at a school or university: "Matrikelnummer 4172638", "numer albumu
# 287341", "studentnummer s2718281", "NIU 1456789".
STUDENT_WORDS = (
    "student id", "student number", "student no", "student card", "student card number",
    "student id number", "matriculation number", "enrolment number", "enrollment number",
    "matrikelnummer", "matrikel-nr", "matrikelnr", "matrikel", "studierendennummer",
    "studentenausweis", "studentenausweisnummer", "numéro étudiant", "numéro d'étudiant",
    "n° étudiant", "carte étudiante", "numéro de carte étudiante", "número de estudiante",
    "número de alumno", "número de matrícula", "niu", "carné universitario",
    "carnet universitario", "matricola", "numero di matricola", "numero matricola",
    "studentnummer", "studentennummer", "collegekaartnummer", "numer albumu", "nr albumu",
    "numer indeksu", "nr indeksu", "numer legitymacji studenckiej", "legitymacja studencka",
)  # fmt: skip
# A vehicle's identification number (ISO 3779, 17 characters): "VIN XLR7LTDD8P9496506",
# "FIN: WDD26YVWXS8219061", "numero di telaio ...", "chassisnummer ...".
VEHICLE_ID_WORDS = (
    "vin", "vin number", "vin no", "vehicle identification number", "chassis number",
    "chassis no", "fin", "fin-nummer", "fin nummer", "fahrgestellnummer",
    "fahrzeug-identifizierungsnummer", "fahrzeugidentifizierungsnummer", "numéro vin",
    "numéro de châssis", "numéro de série du véhicule", "niv", "número vin", "número de vin",
    "número de bastidor", "bastidor", "numero vin", "numero di telaio", "telaio",
    "chassisnummer", "chassisnr", "vin-nummer", "numer vin", "nr vin", "numer nadwozia",
    "numer podwozia",
)  # fmt: skip
# ISO 3779: 17 characters, digits and capitals but I, O and Q.
_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
# Words in capitals a login word may stand before that name no login: the fields and
# states a form shows ("Login ERROR" is ordinary; these are not words to the lexicon).
FIELD_WORDS = frozenset({"LOGIN", "ADMIN", "OAUTH", "LDAP", "SSO", "SAML", "HTTPS", "EMAIL"})

# The name or number a person logs in with (online banking, a shop, a provider's portal):
# "Anmeldename fürs Online-Banking ist 1615417352", "codice utente home banking 23558442",
# "gebruikersnaam internetbankieren pjpgrs855", "login do banku 33814468".
_LOGIN_WORDS = (
    "username", "user name", "user id", "userid", "login", "login id", "login name",
    "log-in", "sign-in name", "online banking user id", "customer login",
    "benutzername", "benutzerkennung", "benutzer-id", "benutzerid", "nutzername",
    "nutzerkennung", "anmeldename", "anmeldekennung", "anmelde-id", "login-name", "login-id",
    "zugangsnummer", "zugangskennung", "legitimations-id", "legitimationsnummer",
    "identifiant", "identifiant de connexion", "nom d'utilisateur", "identifiant bancaire",
    "code utilisateur", "usuario", "nombre de usuario", "id de usuario", "código de usuario",
    "codigo de usuario", "identificador de usuario", "codice utente", "nome utente", "id utente",
    "codice di accesso", "gebruikersnaam", "gebruikers-id", "gebruikersid", "inlognaam",
    "inlog-id", "nazwa użytkownika", "nazwa uzytkownika", "identyfikator", "login do banku",
    # the person's word alone before a login-shaped value: "Benutzer mueller77", "utente
    # mrossi77", "gebruiker pjansen12"
    "benutzer", "utilisateur", "utente", "gebruiker", "użytkownik", "uzytkownik",
    # an employee's or a student's login: "My staff login is KAHMED3", "Uni-Kennung ist
    # st184523", "Utenza aziendale FBIANCHI1", "Medewerkerslogin JVISSER2"
    "staff login", "employee login", "student login", "kennung", "mitarbeiterkennung",
    "uni-kennung", "hochschulkennung", "identifiant agent", "identifiant ent",
    "usuario de empleado", "usuario del campus", "utenza", "utenza aziendale",
    "credenziali", "medewerkerslogin", "medewerkerlogin", "studentaccount",
    "studentenaccount", "login pracowniczy", "login studencki",
)  # fmt: skip
# What the login opens, between its word and the value: "fürs Online-Banking", "home
# banking", "de banca online", "internetbankieren", "do bankowości internetowej".
_BANKING = (
    r"(?:\s{1,3}(?i:(?:for|für|fürs|pour|para|per|voor|do|dla|de|del|di|van|to)\s{1,3}"
    r"|dell['’]|de\s{1,3}l['’])?"
    r"(?i:(?:the|das|le|la|el|il|het|mein|my|ma|mi|mio|mijn)\s{1,3})?"
    r"(?i:(?:home|online|internet|mobile|tele)[ -]?)?"
    r"(?i:banking|banca|bankieren|bankowości|bankowosci|bank|banku|banque|banco|bankowość)"
    r"(?i:\s{1,3}(?:online|internet|internetowej|en ligne|en línea))?)?"
)


def _alternation(words: tuple[str, ...]) -> str:
    ordered = sorted(abbreviated(words), key=len, reverse=True)
    # "nº" is also typed "no", "n.º" or "n°" (and folded to "no" before detection).
    return "|".join(
        re.escape(w)
        .replace(r"\ ", r"\s{1,3}")
        .replace("'", "['’]")
        .replace("nº", "n(?:º|°|o|\\.º)")
        for w in ordered
    )


# Between the word and its value: "no.", "n°", "number", "is", ":", "#" and the like,
# and a hesitation or adverb with its commas ("ID card is, um, X6MJ6R21H": `HEDGE`).
_FILLER = (
    r"(?:[\s:#=(\"'“‘«„‚]|-(?=(?i:nr|no|n°|nummer)(?!\w))|(?<!\w)(?i:no|nr|n[°º]|nº|n\.º|n(?=\.\s)|num|number|nummer|numéro|número|numero|numer"
    rf"|id|is|ist|lautet|est|c'est|c’est|es|è|e|jest|to|brzmi|de|di|van|sono|son|sind|zijn|are"
    # the reference a contract or a policy is quoted by: "Contract ref: MC-2291-88410"
    r"|ref|réf|reference|référence|referencia|riferimento|referentie|referenz"
    # what the document shows: "auf meinem Ausweis steht X", "sur ma carte d'identité il
    # y a X", "na dowodzie mam X", "sulla carta c'è scritto X"
    r"|says|shows|reads|steht|stand|zeigt|il\s{1,3}y\s{1,3}a|indique|figure|pone|dice|aparece"
    r"|c'è|c’è|scritto|riporta|staat|toont|mam|widnieje|jest\s{1,3}napisane)"
    rf"(?:\.|(?!\w))|{HEDGE})"
    r"{1,8}?"
)
# An identifier: letters and digits, groups joined by one of - / . and, for a
# letter series written apart ("ABC 123456"), one space after up to four capitals.
_VALUE = (
    r"(?P<v>(?:[A-Z]{1,4} (?=\d))?(?=[\w./-]*\d)[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+){0,4}"
    # digits written in groups: "279 448 103", "VT 2210 4471 9", "2 880031 447102"
    r"(?:(?<=\d) \d{1,6}){0,5})"
    r"(?![\w]|[-/.][A-Za-z0-9])"
)


# Where the number was issued, between the word and a link word: "my MRN at the clinic is
# 86716399", "Kundennummer bei der Telekom: 4471203" (a link word must follow).
_WHERE = (
    r"(?:\s{1,3}(?i:at|with|from|for|on|bei|beim|auf|à|chez|sur|del|en|presso|su|sulla|bij|op"
    # whose name it is under: "the customer number under my name is X"
    r"|under|unter|sous|bajo|sotto|onder|pod"
    r"|della|dello|dei|degli|du|des|der|vom|von"
    r"|w|u|na"
    # or what it opens: "identifiant pour l'espace client en ligne : 9241304659"
    r"|pour|para|per|voor|für|fürs|do|dla|of|van|di|de|to|zum|zur)"
    r"(?:\s{1,3}[^\s\d:=#]{1,14}){1,5}?(?=\s{0,3}:|\s{1,3}(?i:is|ist|est|es|è|jest|to)(?!\w))"
    # or the document named again in brackets: "numéro étranger (titre de séjour) :"
    r"|(?:\s{1,3}[^\s\d:=#()]{2,20}){0,2}?\s{0,3}\([^()\n\d]{2,40}\)(?=\s{0,3}:)"
    # or the value's length, in brackets or after a comma: "Kundennummer (8-stellig):"
    rf"|\s{{0,3}},?\s{{0,3}}{LENGTH_ASIDE_REGEX}(?=\s{{0,3}}:)"
    # or a word or two that say whose number it is, then a colon: "polisnummer
    # zorgverzekering: 59620769", "member id insurance: X"
    r"|(?:\s{1,3}[^\s\d:=#()]{2,20}){1,2}?(?=\s{0,3}:)"
    # or one such word (a brand, what it insures) right before a number of five digits or
    # more, perhaps in groups or after a letter prefix: "klantnummer zorgverzekeraar
    # 002064016", "Kundennummer Telekom 4471203", "polisnummer zorgverzekering
    # ZV-441820937", "codice cliente Enel 310 228 419", "contrato de luz E-33019827"
    # (a code in capitals right before the digits is the value's own: "VT 2210 4471 9");
    # or the document's kind before a file number in slashes, perhaps with its "no.":
    # "visado de residencia 101/2020/9/608062", "residence visa file no. 201/2019/7/1234"
    r"|(?:\s{1,3}(?i:de|di|du|del|della|van|von|do|dla|zur|zum|für))?\s{1,3}(?![A-Z]{1,4}\s)"
    r"[^\W\d_]{3,20}(?=\s{1,3}(?:[A-Z]{1,4}[- ]?)?(?:\d{5,}|\d{1,6}(?: \d{2,6}){1,5})"
    r"(?![\w/-]|[.,]\d)|(?:\s{1,3}(?i:no|nr|n°|nº)\.?)?\s{1,3}\d{1,6}(?:/\d{1,8}){2,4}(?![\w/-])))?"
)


# A value standing on its own, for the word that may name it after it ("CGJJPX3FR
# (Reisepass)", "TGA564044 to numer mojego dowodu").
_TOKEN = re.compile(r"(?<![\w./-])" + _VALUE)


# A login name may also join its parts with "_" ("mgarcia_85", "anna.k77").
_LOGIN_VALUE = (
    r"(?P<v>(?=[\w.-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[_.-](?=[A-Za-z0-9])){2,40})"
    r"(?![\w]|[-/.][A-Za-z0-9])"
)


# A login in capitals without a digit, as firms issue them (surname and initial): "Utenza
# aziendale FBIANCHI", "Login pracowniczy AWOJCIK"; no ordinary word ("Login FAILED").
_LOGIN_CAPITALS = r"(?P<v>[A-Z]{5,12})(?![\w@.-])"


# A login name without a digit, right after its word and an explicit link (":", "is",
# "ist", "est", ...; not "=", code's "user = request.user"): "username: gerritsen_a",
# "mein Benutzername ist mkowalska", "identifiant : j.dupont". Lower case only, letters
# joined by "_" or "." at most: a capitalised word there is prose as often. The credential
# recognizer runs it (its word pass already reads the login words), so a message without
# a login word costs nothing; it checks the value is no word (`credential._login_name`).
LOGIN_NAME_NO_DIGIT = (
    rf"(?<!\w)(?i:{_alternation(_LOGIN_WORDS)})(?:\.|(?!\w)){_BANKING}{_WHERE}"
    r"(?:\s{0,3}:|\s{1,3}(?i:is|ist|lautet|est|c['’]est|es|è|jest|to|brzmi|was|war|era))"
    r"(?:\s{0,3}:)?\s{1,3}[\"'“‘«„]?"
    # not before a number: "anna 92" is a login with digits (or "anna_92" read joined),
    # which the keyed-id recognizer reads whole
    r"(?P<v>[a-z]+(?:[_.][a-z]+){0,3})(?![\w@]|[-.][\w]|[ \t]+\d)"
)

# A login name without a digit whose parts are joined by "." or "_", right after its word
# with no link: "el login lucia.perez.g aparece bloqueado", "Benutzer kleinschmidt.j ist
# gesperrt". The join is the login's shape, so it stands in for the link; the credential
# recognizer checks the parts as for `LOGIN_NAME_NO_DIGIT` ("page.html", "first_name" and
# "request.user" are files and code).
LOGIN_NAME_JOINED = (
    rf"(?<!\w)(?i:{_alternation(_LOGIN_WORDS)})(?!\w)\s{{1,3}}[\"'“‘«„]?"
    r"(?P<v>[a-z]+(?:[_.][a-z]+){1,3})(?![\w@]|[-.][\w])"
)

# A German compound of the word and its "number": "Persoausweisnummer", "Passnr."
_NUMBER_SUFFIX = r"(?i:-?(?:nummer|nr))?"


# The name someone is logged in as: "I log in as jdoe_84", "connecté en tant que
# jdupont84", "entro como mgarcia85", "ingelogd als pjansen12", "loguję się jako
# nowak1990", "ich bin als mueller77 angemeldet".
_LOGGED_IN = (
    r"(?:log(?:ged|ging|s)?\s{1,3}(?:in|on)|sign(?:ed|ing|s)?\s{1,3}(?:in|on)|angemeldet"
    r"|eingeloggt|anmelden|einloggen|melde\s{1,3}mich\s{1,3}an|logge\s{1,3}mich\s{1,3}ein"
    r"|(?:logge|melde)(?=\s{1,3}mich)"
    r"|connecté|connectée|connecter|connecte|me\s{1,3}connecte|entro|entrar|inicio\s{1,3}sesión"
    r"|iniciar\s{1,3}sesión|inicio\s{1,3}sesion|accedo|accedere|entrare|ingelogd|inloggen"
    r"|log\s{1,3}in|loguję\s{1,3}się|loguje\s{1,3}sie|zalogowan[ya]|zalogować\s{1,3}się)"
)
# The verb of logging in, then the link to the name: "logged in as", "ik log in met".
def _logging_in(links: str) -> str:
    return (
        rf"(?<!\w)(?i:{_LOGGED_IN}(?:\s{{1,3}}(?:ik|je|me|mich|się))?\s{{1,3}}(?:{links}))"
        r"\s{1,3}"
    )


# "logged in as Windows10 user": a kind of account, not its name
_NOT_AN_ACCOUNT_KIND = (
    r"(?!\s{1,3}(?i:user|users|account|benutzer|konto|utilisateur|compte|usuario|cuenta"
    r"|utente|gebruiker|użytkownik|uzytkownik)(?!\w))"
)
_LOGIN_AS = (
    _logging_in(r"as|als|en\s{1,3}tant\s{1,3}que|comme|como|come|jako")
    + _LOGIN_VALUE
    + _NOT_AN_ACCOUNT_KIND
)
# "Ik log in met anke1355", "I sign in with jdoe_84", "je me connecte avec mdupont77": a
# name in lower case (what one logs in "with" is as often a product: "Office365")
_LOGIN_WITH = (
    _logging_in(r"with|using|met|mit|avec|con|przez")
    + r"(?=[a-z])"
    + _LOGIN_VALUE
    + _NOT_AN_ACCOUNT_KIND
)
# "als mueller77 angemeldet", "als pjansen12 ingelogd": the verb after the name
_LOGIN_AS_BEFORE = (
    r"(?<!\w)(?i:als)\s{1,3}"
    + _LOGIN_VALUE
    + r"(?=\s{1,3}(?i:angemeldet|eingeloggt|ingelogd|aangemeld|ingelogged))"
)


# Which country issued the document, between its word and the number: "passeport français
# 17OL80853", "paszport polski EO5673720", "carta d'identità italiana CA00000AA" (the
# stems of the nationalities of our languages' countries and their neighbours).
_ISSUED_BY = (
    r"(?:\s{1,3}(?i:fran[cç]ais|francese|francés|frances|french|francusk|frans|belg|belga"
    r"|deutsch|german|allemand|alemán|aleman|tedesc|duits|niemieck|österreich|oesterreich"
    r"|austria|autrichien|austriac|oostenrijks|suisse|swiss|schweizer|suizo|svizzer"
    r"|zwitsers|szwajcarsk|polish|polnisch|polonais|polaco|polacc|pools|polsk|spanish"
    r"|spanisch|espagnol|español|espanol|spagnol|spaans|hiszpańsk|hiszpansk|italian"
    r"|italienisch|italien|italiano|italiana|italiaans|włosk|wlosk|dutch|niederländisch"
    r"|niederlandisch|néerlandais|neerlandais|holandés|holandes|olandes|nederlands"
    r"|holendersk|british|britisch|britannique|británico|britanico|britannic|brits"
    r"|brytyjsk|american|amerikanisch|américain|americain|americano|americana|amerikaans"
    r"|amerykańsk|amerykansk|irish|irisch|irlandais|irlandés|irlandes|irlandese|iers"
    r"|irlandzk|portugu|portoghes|portugalsk|rumän|roumain|rumano|romen|roemeens|rumuńsk"
    r"|ukrain|ukraiń|turkish|türkisch|turc|turco|turks|turecki|eu|ue|europe|europ)"
    r"[^\W\d_]{0,6}(?!\w))?"
)


def _keyed(name: str, words: tuple[str, ...], qualifier: str = "", value: str = _VALUE) -> Pattern:
    regex = (
        rf"(?<!\w)(?i:{_alternation(words)}){_NUMBER_SUFFIX}(?:\.|(?!\w))"
        rf"{qualifier}{_WHERE}{_FILLER}{value}"
    )
    return Pattern(name, regex, SCORE)


# A document's or a contract's word, then "ref" right before the value: the reference is
# that document's own ("Contract ref: MC-2291-88410", "Vertragsnummer ref. VT-448213"), not
# an order's or a ticket's (the veto words read "ref" alone).
_DOCUMENT_WORDS = (*MEMBER_WORDS, *_PASSPORT_WORDS, *_LICENCE_WORDS, *_ID_CARD_WORDS)
_OWN_REFERENCE = re.compile(
    rf"(?<!\w)(?i:{_alternation(_DOCUMENT_WORDS)})"
    rf"{_NUMBER_SUFFIX}\s{{1,3}}(?i:ref|réf|reference|référence|referencia|riferimento"
    r"|referentie|referenz)\.?\s{0,3}[:#]?\s{0,3}$"
)
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEARS = re.compile(r"(?:19|20)\d\d\s?[/-]\s?(?:(?:19|20)\d\d|\d\d)")  # "2023/24", "2023-2024"
_YEAR_THEN_GROUPS = re.compile(r"(?:19|20)\d\d (?=\d)")  # "since 2019 12345": a year first
_AMOUNT = re.compile(r"\d+[.,]\d{1,2}")
_DIGIT = re.compile(r"\d")
_ALNUM = re.compile(r"[A-Za-z0-9]")


class KeyedIdRecognizer(NamedAfterRecognizer):
    """Passport, driving-licence, ID-card and member / patient / customer numbers right
    after their word.

    >>> text = "klantnummer 36627658, numer dowodu osobistego ABC 123456"
    >>> [(s.label, text[s.start:s.end]) for s in KeyedIdRecognizer().analyze(text)]
    [('ID_CARD', 'ABC 123456'), ('MEMBER_ID', '36627658')]
    """

    name = "keyed_id"
    label = MEMBER_ID
    MIN_DIGITS = 1  # "CN7NKFXPZ": a long document number may hold one digit
    ANSWERS_ALONE = False  # its word is always in the text beside the value: never lone
    LABELS: ClassVar[dict[str, str]] = {
        "passport": PASSPORT, "driver_license": DRIVER_LICENSE, "id_card": ID_CARD,
        "residence_permit": RESIDENCE_PERMIT, "visa": VISA, "member": MEMBER_ID,
        "login": USERNAME,
        "student": STUDENT_ID, "vehicle_id": VEHICLE_ID,
        "login_as": USERNAME, "login_as_before": USERNAME, "login_with": USERNAME,
        "login_caps": USERNAME,
    }  # fmt: skip
    # Lower-case stems one of which the text must hold.
    TRIGGER_WORDS = (
        "passp", "passep", "passa", "passn", "pass-n", "reisepass", "pasaport", "paspoort",
        "paszpor", "driv", "führer", "fuehrer", "permis",
        "conducir",
        "patente", "rijbewijs", "jazdy", "id card", "identit", "ausweis", "cni", "identidad",
        "id-kaart", "id kaart", "dowod", "dowód", "member",
        "patient", "customer", "client", "subscriber", "polic", "insurance", "loyalty",
        "medical record", "mrn", "mitglied", "kunde", "patienten", "versicher", "vertrag",
        "adhérent", "membre", "assuré", "sociétaire", "abon", "contrat", "socio", "cliente",
        "paciente", "afiliado", "asegurado", "póliza", "clínica", "tessera", "paziente",
        "assistito", "polizza", "contratto", "klant", "lidnummer", "lidmaatschap", "patiënt",
        "relatie", "polis", "verzekerde", "contract", "klienta", "członk", "pacjenta",
        "polisy", "umowy", "sanitari", "krankenkass", "gesundheitskarte", "mutuel", "seguro",
        "mutua", "assicurativ", "verzekering", "ubezpiecz", "vitale", "health card", "kvnr",
        "zorgpas", "perso", "debiteur", "debitor", "klubow", "stałego klienta", "ehic", "ekuz",
        "européenne", "europäische", "ceam", "umow",
        "allocataire", " caf", "residen", "brp", "aufenthalt", "séjour", "sejour", "soggiorn",
        "verblijf", "pobyt", "étranger", "etranger", "agdref", "extranjero", "permesso",
        "vreemdeling", "visa", "visum", "visado", "visto", "wiz", "user", "login", "log-in",
        "sign-in", "benutzer", "nutzer",
        "anmelde", "zugangs", "legitimation", "identifiant", "utilisateur", "usuario",
        "utente", "accesso", "gebruiker", "inlog", "użytkownik", "uzytkownik", "identyfikator",
        # logged in as: "log in as", "angemeldet als", "en tant que", "entro como", "jako"
        "kennung", "utenza", "credenzial", "medewerker", "pracown", "staff", "employe",
        "employé", "personnel", "personaln", "mitarbeiternummer", "empleado", "dipendente",
        "personeel",
        "student", "matri", "matrí", "étudiant", "estudiante", "alumno", "niu ", "niu:",
        "universitari", "albumu", "indeksu", "legitymac", "enrol", "studier", "collegekaart",
        # "vin", "fin", "niv" as words only: as stems they open the gate on "vino", "finden"
        "vin ", "vin:", "vin-", "vin#", "niv ", "niv:", "fin:", "fin-", "fin nr",
        "chassis", "châssis", "véhicule", "fahrgestell",
        "fahrzeug", "bastidor", "telaio", "nadwozia", "podwozia",
        "log in", "logs in", "log on", "logged", "logging", "sign in", "signs in", "sign on",
        "signed", "signing", "angemeld", "eingeloggt", "anmeld", "einlogg", "melde mich",
        "logge mich", "connecté", "connecter", "connecte", "entro", "entrar", "sesión",
        "sesion", "accedo", "accedere", "entrare", "ingelogd", "inloggen", "loguj", "zalogow",
    )  # fmt: skip
    PATTERNS = (
        _keyed("passport", _PASSPORT_WORDS, _ISSUED_BY),
        _keyed("driver_license", _LICENCE_WORDS, _ISSUED_BY),
        _keyed("id_card", _ID_CARD_WORDS, _ISSUED_BY),
        _keyed("residence_permit", _RESIDENCE_WORDS, _ISSUED_BY),
        _keyed("visa", _VISA_WORDS, _ISSUED_BY),
        _keyed("member", MEMBER_WORDS),
        _keyed("student", STUDENT_WORDS),
        _keyed("vehicle_id", VEHICLE_ID_WORDS),
        _keyed("login", _LOGIN_WORDS, _BANKING, _LOGIN_VALUE),
        _keyed("login_caps", _LOGIN_WORDS, _BANKING, _LOGIN_CAPITALS),
        Pattern("login_as", _LOGIN_AS, SCORE),
        Pattern("login_as_before", _LOGIN_AS_BEFORE, SCORE),
        Pattern("login_with", _LOGIN_WITH, SCORE),
    )

    def __init__(self) -> None:
        super().__init__()
        self.labels = frozenset(self.LABELS.values())
        words = (
            *_PASSPORT_WORDS, *_LICENCE_WORDS, *_ID_CARD_WORDS, *_RESIDENCE_WORDS,
            *_VISA_WORDS, *MEMBER_WORDS, *STUDENT_WORDS, *VEHICLE_ID_WORDS, *_LOGIN_WORDS,
        )  # fmt: skip
        # a stem with a separator after it ("vin ") stands for its word followed by one
        stems = [t.rstrip(" :-#") for t in self.TRIGGER_WORDS]
        if missing := [w for w in words if not any(t in w for t in stems)]:
            raise ValueError(f"keyed_id words without a trigger stem: {missing}")
        self._words_after = tuple(
            (Pattern(name, "", SCORE), words_regex(group))
            for name, group in (
                ("passport", _PASSPORT_WORDS), ("driver_license", _LICENCE_WORDS),
                ("id_card", _ID_CARD_WORDS), ("residence_permit", _RESIDENCE_WORDS),
                ("visa", _VISA_WORDS),
                ("member", MEMBER_WORDS), ("student", STUDENT_WORDS),
                ("vehicle_id", VEHICLE_ID_WORDS), ("login", _LOGIN_WORDS),
            )
        )  # fmt: skip

    AFTER_TOKEN = _TOKEN

    def words_after(self) -> tuple[tuple[Pattern, re.Pattern[str] | None], ...]:
        return self._words_after

    def named_before(self, text: str, start: int) -> bool:
        """Always: every pattern holds the value's word before it ("Kundennummer: 40019287 –
        Rechnung kam doppelt" is the customer number, the invoice is the next clause's)."""
        return True

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        if pattern.name == "vehicle_id":
            if _VIN.fullmatch(value) is None or value.isdigit() or value.isalpha():
                return None  # "fin 2024", "la fin de ...": only a VIN's 17 characters
        elif pattern.name == "login":
            if not _login_shaped(value):
                return None
        elif pattern.name == "login_caps":
            if Lexicon.load().is_ordinary(value.lower()) or value in FIELD_WORDS:
                return None  # "Login FAILED", "Kennung PIN"
        elif not _identifier_shaped(value, document=pattern.name not in ("member", "student")):
            return None
        if self.has_negative_context(text, start, end) and not _OWN_REFERENCE.search(
            text, max(0, start - 80), start
        ):
            return None  # "order ref: X"; but "Contract ref: X" is the contract's own
        return Span(start, end, self.LABELS[pattern.name], pattern.score, self.name)


# The document words a bot asks with, per label, with the German genitive ("Nummer Ihres
# Personalausweises"); not the member words ("customer number" is asked for an order too).
_QUESTION_WORDS = tuple(
    (label, re.compile(rf"(?<!\w)(?:{_alternation(words)})(?:es|s)?(?!\w)", re.IGNORECASE))
    for label, words in (
        (PASSPORT, _PASSPORT_WORDS), (DRIVER_LICENSE, _LICENCE_WORDS),
        (ID_CARD, _ID_CARD_WORDS), (RESIDENCE_PERMIT, _RESIDENCE_WORDS),
    )
)  # fmt: skip
QUESTION_CHARS = 160
"""How much of the bot's turn before a lone document number is read for what it asked."""
_LONE_DOCUMENT = re.compile(
    r"[\s\"'`(\[]*(?P<v>(?:[A-Z]{1,4} (?=\d))?[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+){0,4})"
    r"[\s\"'`)\].!]*"
)


def asked_document(question: str) -> str | None:
    """The document (its label) the end of a bot's turn asks the number of ("What is your
    passport number?"), the last one named; None if it names none."""
    tail = question[-QUESTION_CHARS:]
    best: tuple[int, str] | None = None
    for label, words in _QUESTION_WORDS:
        for match in words.finditer(tail):
            if best is None or match.start() > best[0]:
                best = (match.start(), label)
    return None if best is None else best[1]


def asks_for_document(question: str) -> bool:
    """The end of a bot's turn asks for a document's number, and for no order, ticket or
    other reference (`_id_number.asks_for_reference`)."""
    return asked_document(question) is not None and not asks_for_reference(question)


def answer_with_document(question: str, text: str, spans: list[Span]) -> list[Span]:
    """`spans` of `text`, the user's answer to `question`, with the lone document number
    the question asked for (`with_lone_document`) when nothing covers it yet. Alone, with
    no question, "DKJCT6RY4" reads as a booking reference as often as a passport."""
    label = asked_document(question)
    if label is None or asks_for_reference(question):  # `asks_for_document`, read once
        return spans
    return with_lone_document(text, spans, label)


def with_lone_document(text: str, spans: list[Span], label: str) -> list[Span]:
    """`spans` and, when `text` is one identifier-shaped token typed in answer to a
    question for a document's number (`asked_document`) that no span covers yet, that
    token as the document's number ("XF6R1VPK1" after "Your ID card number, please")."""
    match = _LONE_DOCUMENT.fullmatch(text)
    if match is None or not _identifier_shaped(match["v"], document=True):
        return spans
    start, end = match.span("v")
    if any(s.start < end and start < s.end for s in spans):
        return spans
    found = Span(start, end, label, SCORE, KeyedIdRecognizer.name)
    return sorted([*spans, found], key=lambda s: s.start)


_NOT_LETTERS = re.compile(r"[\W\d_]+")
_GENERIC_LOGINS = frozenset({
    "admin", "administrator", "user", "username", "test", "tester", "testuser", "guest",
    "root", "demo", "default", "sample", "example", "login", "benutzer", "utilisateur",
    "usuario", "utente", "gebruiker", "uzytkownik",
})  # fmt: skip


def _login_shaped(value: str) -> bool:
    """A login after its word: five characters or more, two letters and a digit at least
    ("KAHMED3", "st184523"; not "2FA", "v2.3"), a document's shape too ("1615417352"), not
    a date, a year or an amount."""
    if _identifier_shaped(value, document=True):
        return True
    if _DATE.fullmatch(value) or _YEAR.fullmatch(value) or _AMOUNT.fullmatch(value):
        return False
    if _NOT_LETTERS.sub("", value).casefold() in _GENERIC_LOGINS:
        return False  # "admin1", "user01", "test123": a default account, no one's
    chars = len(_ALNUM.findall(value))
    letters = sum(c.isalpha() for c in value)
    return chars >= 5 and letters >= 2 and _DIGIT.search(value) is not None


def _identifier_shaped(value: str, *, document: bool) -> bool:
    """Long enough, with enough digits, and not a date, a year or a decimal amount.
    A document number (passport, licence, ID card) mixes letters in more often: six
    characters and two digits (eight and one); a member number five characters and four digits."""
    if _DATE.fullmatch(value) or _YEAR.fullmatch(value) or _AMOUNT.fullmatch(value):
        return False
    if _YEARS.fullmatch(value):
        return False  # a school or tax year: "matricola 2023/24", "Vertrag 2023-2024"
    if _YEAR_THEN_GROUPS.match(value):
        return False
    chars = len(_ALNUM.findall(value))
    digits = len(_DIGIT.findall(value))
    if document:  # a long one may have a single digit (German passports: "CN7NKFXPZ")
        return 6 <= chars <= 20 and (digits >= 2 or (chars >= 8 and digits >= 1))
    return 5 <= chars <= 20 and digits >= 4
