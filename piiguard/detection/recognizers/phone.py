"""Phone numbers in international and national formats, validated with `phonenumbers`.

A loose, bounded regex proposes candidates (digits with spaces, dots, dashes,
slashes, an optional `+`/`00` country code and a parenthesised area code);
`phonenumbers` decides. Numbers without a country code are tried against
`REGIONS` in order. A bare run of digits without separators scores below the
default threshold unless a context word ("call me", "tel", "Nummer", ...) is
near: it looks too much like an order number otherwise.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from functools import cache

import phonenumbers
from phonenumbers import geocoder

from piiguard._types import PHONE_NUMBER, Span
from piiguard.detection.lexicon import (
    BUSINESS_CONTACT_WORDS,
    RELATION_WORDS,
    cue_alternation,
    fold,
)
from piiguard.detection.recognizers._id_number import lone_value, named_after
from piiguard.detection.recognizers._pattern import (
    CONTEXT_AFTER,
    CONTEXT_WINDOW,
    Pattern,
    PatternRecognizer,
    words_regex,
)
from piiguard.detection.recognizers.keyed_ids import MEMBER_WORDS

REGIONS: tuple[str, ...] = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "PL")
"""Regions tried, in order, for numbers typed without a country code."""

MORE_REGIONS: tuple[str, ...] = (
    "TR", "PH", "IN", "BR", "MX", "AR", "CO", "CL", "PE", "CA", "AU", "NZ", "IE", "AT", "CH",
    "BE", "LU", "PT", "SE", "NO", "DK", "FI", "CZ", "SK", "HU", "RO", "BG", "GR", "HR", "SI",
    "RS", "UA", "IL", "AE", "SA", "EG", "ZA", "NG", "KE", "MA", "JP", "KR", "CN", "HK", "TW",
    "SG", "MY", "ID", "TH", "VN", "PK", "BD",
)  # fmt: skip
"""Regions also tried for a number without a country code when a phone word (not just
"number") stands beside it: "Telefon: 0532 123 45 67", "cell 0917 123 4567"."""

# "089 / 5436798": the German way of setting the area code apart, with spaces around the slash.
_SEP = r"(?:[ .\-/]|\s[-/]\s)"
_CANDIDATE = (
    r"(?<![\w+/.,#-])(?P<v>"
    rf"(?:(?:\+|\b00)[1-9]\d{{0,2}}{_SEP}?|0{_SEP}?(?=\())?"
    rf"(?:\(\d{{1,5}}\){_SEP}?)?"
    rf"\d{{1,14}}(?:{_SEP}\d{{1,14}}){{0,7}}"
    r")(?!\w|[.,/-]\d)"
)
# The North American layout, written out with separators: (NXX) NXX-XXXX. A number in
# this layout is a phone number to the reader even when its area code is unassigned or
# fictional (555): `phonenumbers` calls those invalid, a person still reads them as one.
_NANP_LAYOUT = re.compile(r"(?:\([2-9]\d\d\) ?|[2-9]\d\d[-. ])[2-9]\d\d[-. ]\d{4}")
_DATE_LIKE = re.compile(r"^\d{1,4}([./-])\d{1,2}\1\d{1,4}$")
# A date and the hour of the time after it: the candidate the timestamp
# "03.11.2026 09:14" or "2026-11-03 09:14:22" offers when the colon ends it.
_DATE_THEN_HOUR = re.compile(
    r"^(?:\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2})[ \t]+\d{1,2}$"
)
# A year, a slash or dash, a serial: how case files and tickets are numbered ("2024/118822").
_YEAR_SERIAL = re.compile(r"^(?:19|20)\d\d[/-]\d{4,8}$")
# "+49(0)30 ...": the trunk prefix in brackets after the country code is written only in
# phone numbers; a number of a possible length in that layout is one even where the
# range is unassigned.
_TRUNK_IN_BRACKETS = re.compile(r"^\+\d{1,3} ?\(0\)")
# An IBAN's country and check digits and groups of four right before: the number continues
# an IBAN (whose check may fail: a typo), it is not a phone number of its own.
_IBAN_HEAD_BEFORE = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: [A-Z0-9]{4})+ $")
# "#", "v" (a version), "No.", "Nr.", "réf.", "Art." right before: a reference, not a phone.
_NUMBERED_BEFORE = re.compile(
    r"(?:#|(?<![^\W\d_])[vV]|(?<!\w)(?:No|no|NO|Nr|nr|NR|réf|Réf|ref|Ref|REF|art|Art)\.)\s*$"
)
# A carrier's or shop's code between a reference word and its number: "numero di
# spedizione BRT 0512 3345 0091", "Sendungsnummer DHL 0034 ...": the word names the number.
_CARRIER_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,5}\s{1,2}$")
# The word of whose number it is, between the reference word and the code: "polisnummer
# zorgverzekering ZV 4410 2291 8".
_WORD_BEFORE = re.compile(r"(?<!\w)[^\W\d_]{3,20}\s{1,2}$")
_IPV4_SHAPE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_GROUPS = re.compile(r"\d+")
# Between a phone word and its number: "no", "nr", "number", "is", "ist", ":" and the like,
# and the quotes of a JSON or code key (`"phone": "48601234567"`, `phone='...'`).
_FILLER = re.compile(
    # a remark in brackets may stand first: "Mobil (Singapur): 8661 8592"
    r"(?:\s{0,2}\([^()\d\n]{2,30}\))?"
    r"[\s:#.=\-(\"']*(?:(?:no|nr|num|number|nummer|numéro|número|numero|numer|numaram|is|ist"
    r"|est|es|è|jest|ko|me|on|at|unter|au|al|op|pod)\.?[\s:#.=\-(\"']*){0,3}",
    re.IGNORECASE,
)
# A company's service line: a freephone, shared-cost, premium or non-geographic
# company number (the UK's 03, Spain's 901/902) is nobody's personal number ("call our
# hotline 0800 555 0199", "llamé al 900 100 200").
_SERVICE_TYPES = frozenset({
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
})  # fmt: skip
# The text between a service word and a number it names: no digit, or only a list's
# joiners after the last digit ("*264 o ", "0800 1234, ").
_LISTED_AFTER = re.compile(
    r"\d[ \t,;/|:]*(?:(?:or|oder|ou|o|of|lub|albo|und|and|et|y|e|en|i)[ \t]+)?$|^\D*$"
)
_SERVICE_WORD = re.compile(
    r"(?<!\w)(?:hotline|helpdesk|help desk|help line|helpline|support|customer service"
    r"|customer care|service line|service desk|servicedesk|kundenservice|kundendienst"
    r"|service[- ]?cent(?:er|re)|contact cent(?:er|re)|customer contact|customer support"
    r"|kundenhotline|servicio al cliente|service clientèle|klantendienst"
    r"|call center|call centre|call-center|callcenter|centralino|centralita|centrala"
    # a company's main line: "Switchboard:", "Zentrale:", "Standard :", "Receptie:"
    r"|switchboard|main line|zentrale|telefonzentrale|standard téléphonique|standard(?=\s?:)"
    r"|receptie|recepcja"
    r"|servicenummer|service-nummer|service nummer|service client|sav|service après-vente"
    r"|atención|teléfono de atención|servicio técnico|numer infolinii"
    r"|service clients|assistance|atención al cliente|servicio de atención|servizio clienti"
    r"|assistenza|numero verde|klantenservice|infolinia|biuro obsługi|obsługa klienta"
    # a building's or a utility's repair and emergency line
    r"|maintenance line|maintenance|repair line|emergency line|hausmeisterservice|hausmeister"
    r"|notdienst|störungsdienst|störungsstelle|astreinte|service d'astreinte|dépannage"
    r"|servicio de averías|averías|pronto intervento|servizio guasti|numero guasti"
    r"|storingsdienst|storingsnummer|pogotowie techniczne|pogotowia technicznego"
    r"|pogotowie awaryjne|pogotowia awaryjnego)(?!\w)",
    re.IGNORECASE,
)
SERVICE_WORD = _SERVICE_WORD  # a company's line: read by `non_names.firm_of_service_line`
_SERVICE = "SERVICE"
_SERVICE_RANGE = "SERVICE_RANGE"
# Words by which the writer claims a number as their own: "mi nuevo número de móvil es
# +34 800 98 57 32" is theirs to them, whatever range it is in.
_OWNER_WORD = re.compile(
    r"(?<!\w)(?:my|mine|mein|meine|meiner|mon|ma|mes|mi|mis|mio|mia|mijn|mój|moj|moja|moje"
    r"|mobile|cell|cellphone|handy|handynummer|portable|móvil|movil|cellulare|mobiel|komórka"
    r"|komorka|whatsapp"
    # asking to be called or written to there: "call me on 087 974 1401"
    r"|(?:call|text|ring|reach|contact|message|phone) me|ruf(?:en sie)? mich|schreib mir"
    r"|appelle[sz]?-moi|appelez-moi|llámame|llamame|escríbeme|chiamami|scrivimi|bel me"
    r"|app me|zadzwo[ńn] do mnie|napisz do mnie)(?!\w)",
    re.IGNORECASE,
)
# Between a service word and the number it names: "Kundenservice unter 089 2019 1000",
# "helpdesk op 020 201 3000", "servizio clienti: 02 3030 3030" (a company's line, even a
# geographic one).
_SERVICE_NAMES_NUMBER = re.compile(
    # the company's name between: "Servicenummer der Deutschen Bahn:", "klantenservice van
    # Turkish Airlines:", "infolinia LOT:", "servizio clienti Wizz Air:"
    r"(?:(?:\s{1,3}(?:of|von|vom|der|des|de|del|della|di|van|du|dla|from|at|bei|chez)"
    r"(?:\s{1,3}(?:the|die|der|den|la|le|el|il|het|l'))?)?"
    r"(?:\s{1,3}[A-ZÀ-Þ][\w&.'-]*){1,4}(?:\s{1,3}(?:in|en|w|à|a)\s{1,3}[A-ZÀ-Þ][\w-]*)?)?"
    r"[\s:#.=\-(]*(?:(?:no|nr|num|number|nummer|numéro|número|numero|numer|is|ist|est|es|è"
    r"|jest|at|on|unter|au|al|op|pod|under|tel|phone|telefon|téléphone|teléfono|telefono"
    r"|telefoon|line|hotline)\.?[\s:#.=\-(]*){0,3}$",
    re.IGNORECASE,
)
# A person the writer knows, named by how ("my brother", "mein Onkel in Izmir", "ma sœur à
# Manille"), then a colon and the number: that person's number, in whatever country they
# live. Not a client or a company's agent (`BUSINESS_CONTACT_WORDS`: "Kunde: 0501 ...", a
# business contact, left to the phone words).
_PERSON_THEN_COLON = re.compile(
    r"(?<![\w-])(?:"
    + cue_alternation(
        sorted(set(RELATION_WORDS) - set(BUSINESS_CONTACT_WORDS), key=len, reverse=True)
    )
    + r")(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){0,3}\s*:\s*$",
    re.IGNORECASE,
)
# The words of a country's name in the seven languages a number's region may be named by,
# as an adjective or the name ("numero indiano", "portable brésilien", "my Vietnamese
# number"): a word's first four letters against each country's. A few letters are shared
# by many names ("sout", "unit", "sain"): such a prefix names no one country.
_COUNTRY_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl")
# "New" in a country's name ("Nouvelle-Zélande", "Nueva Zelanda", "Nowa Zelandia") is the
# chat's own "new" ("le numéro de série du nouveau ..."): it names no country.
_NEW = frozenset(
    """new neu neue nouvelle nouveau nouvel nueva nuevo nuova nuovo nieuw nieuwe nowa nowy
    nowe""".split()  # noqa: SIM905
)
_PREFIX = 4
_MAX_REGIONS_A_PREFIX = 3
# Between the number word and the number: words, brackets, a colon; no digit, no sentence end.
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[\s:()\-,]+")


@cache
def _regions_by_prefix() -> dict[str, frozenset[str]]:
    """Each country name word's first letters (folded) -> the regions it names, of the
    regions this recognizer knows (`REGIONS`, `MORE_REGIONS`), from `phonenumbers`' names
    of the countries in the seven languages. Built once, when the first recognizer is."""
    named: dict[str, set[str]] = {}
    for region in (*REGIONS, *MORE_REGIONS):
        example = phonenumbers.example_number(region)
        if example is None:
            continue
        for language in _COUNTRY_LANGUAGES:
            name = geocoder.country_name_for_number(example, language)
            for word in re.findall(r"[^\W\d_]{4,}", fold(name)):
                if word not in _NEW:
                    named.setdefault(word[:_PREFIX], set()).add(region)
    return {
        prefix: frozenset(regions)
        for prefix, regions in named.items()
        if len(regions) <= _MAX_REGIONS_A_PREFIX
    }


_CURRENCY = re.compile(r"[$€£¥]|\b(?:usd|eur|gbp|pln|chf|euro?s?|dollars?|zł|zl)\b", re.IGNORECASE)

# Cheap shape checks of national numbers (trunk prefix and length) so `phonenumbers` is
# only asked about regions where the digits could possibly be a number.
_NATIONAL_SHAPE: dict[str, Callable[[str], bool]] = {
    "US": lambda d: (len(d) == 10 and d[0] in "23456789") or (len(d) == 11 and d[0] == "1"),
    "GB": lambda d: d[0] == "0" and 10 <= len(d) <= 11,
    "DE": lambda d: d[0] == "0" and 6 <= len(d) <= 14,
    "FR": lambda d: d[0] == "0" and len(d) == 10,
    "ES": lambda d: len(d) == 9 and d[0] in "6789",
    "IT": lambda d: d[0] in "03" and 6 <= len(d) <= 11,
    "NL": lambda d: d[0] == "0" and len(d) == 10,
    "PL": lambda d: len(d) == 9 and d[0] != "0",
}
def _is_ipv4(value: str) -> bool:
    """Whether `value` is an IPv4 address, as the IP recognizer validates one (`ipaddress`):
    "612.34.56.78" has a part above 255 and is a Spanish mobile, not one."""
    if not _IPV4_SHAPE.match(value):
        return False
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


MAX_TRIMS = 3
"""How many trailing digit groups may be dropped to make a candidate parse."""


def _service_number(text: str) -> bool:
    """A service line (freephone, premium, shared cost) in any of our regions, whatever
    the shape checks say: a short Dutch "0900-1234" after "klantenservice" is one."""
    for region in REGIONS:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.number_type(number) in _SERVICE_TYPES
        ):
            return True
    return False


_SERVICE_PREFIXES = ("0800", "0801", "0802", "0803", "0804", "0805", "0808", "0900", "0906",
                     "0909")  # fmt: skip
"""The freephone and premium prefixes our regions share, in national form."""


def _service_elsewhere(text: str, number: phonenumbers.PhoneNumber) -> bool:
    """A landline of one region whose digits are a service line of another: "0800-0123"
    is a Dutch freephone number, and a Bari landline only by its digits (no subscriber
    number there opens with 0). Only the freephone and premium prefixes shared by our
    regions count: "089 ..." is Munich and "0874 ..." Isernia, whatever else they parse as."""
    digits = "".join(c for c in text if c.isdigit())
    return (
        digits.startswith(_SERVICE_PREFIXES)
        and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE
        and _service_number(text)
    )


def _parse(value: str, more_regions: bool = False, service_word: bool = False) -> str | None:
    """The region the number is valid in ("INT" for international form), or None.
    `more_regions`: also try `MORE_REGIONS` (a phone word is beside the number);
    `service_word`: a hotline word stands before it: a service number is `_SERVICE`.
    Without one, a number valid only as a service number (freephone, shared cost,
    premium, the UK's 03) in every region it is valid in is `_SERVICE_RANGE`, but for
    a North American one, which reads as a personal number."""
    international = value.startswith(("+", "00"))
    regions: tuple[str | None, ...]
    if international:
        regions = (None,)
    else:
        digits = "".join(c for c in value if c.isdigit())
        regions = tuple(r for r in REGIONS if _NATIONAL_SHAPE[r](digits))
        if more_regions:
            regions += MORE_REGIONS
    text = "+" + value[2:] if value.startswith("00") else value
    if service_word and not international and _service_number(text):
        return _SERVICE
    found: str | None = None
    service_somewhere = north_american = False
    for region in regions:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            if phonenumbers.number_type(number) in _SERVICE_TYPES:
                if service_word:
                    # After a hotline word, a service line in any region it is valid in
                    # wins: "Kundenservice 0180 5 123456" is German shared-cost, not a UK
                    # landline.
                    return _SERVICE
                service_somewhere = True
                north_american = north_american or number.country_code == 1
                continue
            found = found or ("INT" if international else str(region))
            if not service_word:
                if not international and _service_elsewhere(text, number):
                    return _SERVICE_RANGE
                return found
            continue
        if (
            international
            and _TRUNK_IN_BRACKETS.match(value)
            and phonenumbers.is_possible_number(number)
        ):
            return "INT"
    if found is not None:
        return found
    if service_somewhere and not north_american:
        return _SERVICE_RANGE  # a company's line wherever it is valid: "0800 330 1000"
    if north_american:
        # A North American toll-free or premium number is written as any personal one
        # ("833-555-0115", no trunk prefix marks it) and people hold them too: it is a
        # company's line only after a hotline word ("your hotline 1-800-275-2273").
        return "INT" if international else "US"
    if not international and _NANP_LAYOUT.fullmatch(value):
        return "US"
    return None


def _last_words_run(text: str, start: int, end: int) -> int | None:
    """Where the run of words, spaces, brackets and colons that ends at `end` begins (no
    earlier than `start`), or None if there is none."""
    begin = end
    while begin > start and _WORDS_ONLY.fullmatch(text[begin - 1]):
        begin -= 1
    return begin if begin < end else None


_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _scored(span: Span, score: float) -> Span:
    """`span` with at least `score`."""
    return Span(span.start, span.end, span.label, max(span.score, score), span.source)


def _valid_personal(value: str, region: str) -> bool:
    """Whether `value`, typed without a country code, is a valid number of `region` and no
    service line there."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.number_type(number) not in _SERVICE_TYPES
    )


def _mobile(value: str) -> bool:
    """Whether the bare digits `value` are a mobile number in one of `REGIONS` whose
    national shape they have (a landline, or a number that may be either as in North
    America, is not)."""
    for region in REGIONS:
        if not _NATIONAL_SHAPE[region](value):
            continue
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
            return True
    return False


def reads_as_phone(value: str) -> bool:
    """Whether `value`, typed without a country code, is a valid phone number in one of
    `REGIONS` or written in the North American layout: what a reader takes for a phone
    number. For ID recognizers whose layout a phone number can share (an NHS number's
    3-3-4)."""
    return _parse(value) is not None


def reads_as_personal_phone(value: str) -> bool:
    """Whether `value` reads as a phone number (`reads_as_phone`, or in international
    form) that is no company's service line (freephone, premium, shared cost): what a
    field named "phone" holds when it is a person's. (Not cached: a cache would keep
    people's numbers in the process.)"""
    return _parse(value) not in (None, _SERVICE, _SERVICE_RANGE)


SCORE_INTERNATIONAL = 0.95
SCORE_FORMATTED = 0.75
SCORE_BARE = 0.45
SCORE_LONE_MOBILE = 0.8
"""A mobile number written as bare digits that is the whole message ("0612345678" typed in
answer): above a lone ID reading of other countries' checks (`_id_number.LONE_SCORE`)."""
SCORE_PERSON_S = 0.8
"""A number after a person the writer knows and a colon ("my brother in Hanoi: 0862790489"):
the person stands where a phone word would."""
GENERIC_WORD_CAP = 0.95
"""The most a number boosted only by a generic number word ("number", "Nummer") scores:
in "social insurance number: 130-692-544" the word names the ID, whose recognizer
(1.0 with its own word) then wins the overlap."""


class PhoneRecognizer(PatternRecognizer):
    """Phone numbers (US, UK, DE, FR, ES, IT, NL, PL and any number with a country code).

    >>> [s.label for s in PhoneRecognizer().analyze("call me on +49 30 901820")]
    ['PHONE_NUMBER']
    """

    name = "phone"
    label = PHONE_NUMBER
    TRIGGER = r"\d(?:[\s().\-/]{0,3}\d){6}"  # seven digits, separators allowed
    PATTERNS = (Pattern("phone", _CANDIDATE, SCORE_FORMATTED),)
    CONTEXT = (
        "phone", "telephone", "tel", "call", "call me", "ring", "text me", "whatsapp", "sms",
        "mobile", "cell", "cellphone", "number", "reach me", "fax", "contact",
        "telefon", "telefonnummer", "nummer", "handy", "handynummer", "rufnummer", "ruf",
        "anrufen", "erreichbar", "téléphone", "telephone", "portable", "appelle", "appelez",
        "numéro", "joindre", "teléfono", "telefono", "móvil", "movil", "llámame", "llamar",
        "número", "cellulare", "chiamami", "chiamare", "numero", "telefoonnummer", "bel",
        "bellen", "mobiel", "nummer", "komórka", "komorka", "numer", "zadzwoń", "zadzwon",
        "dzwoń", "tel.", "tél", "telepono", "cellphone", "cp", "cep", "cep no", "numaram",
        "telefon numaram", "gsm", "landline", "festnetz", "festnetznummer", "fixe", "fijo",
        "fisso", "vaste lijn", "stacjonarny", "tlf", "tlfn", "telf", "tfno", "tfn", "kom",
        "kom.", "tel. kom.", "num",
        # the short and misspelt forms chat uses: "cel 4420716649", "whatsap 88008 22511",
        # "Mobil (Singapur): 8661 8592"
        "cel", "celu", "celular", "whatsap", "watsap", "wasap", "mobil", "mobilnummer",
        # answering the phone: "si no contesto prueba en 661069688", "if I don't pick up"
        "pick up", "picks up", "answer the phone", "contesto", "contesta", "contestar",
        "cojo el teléfono", "décroche", "décroches", "rispondo", "risponde", "rangehe",
        "rangehen", "ran gehe", "opnemen", "opneem", "neem op", "odbieram", "odbiera",
        # being reached or called back there: "sie erreichen mich unter ...", "mi potete
        # richiamare al ...", "u kunt me bereiken op ...", "można do mnie dzwonić pod ..."
        "erreichen", "zurückrufen", "rappeler", "rappelez", "rappelle", "recontacter",
        "llamarme", "localizarme", "richiamare", "richiamarmi", "contattarmi", "bereiken",
        "terugbellen", "dzwonić", "dzwonic", "oddzwonić", "oddzwonic",
    )  # fmt: skip
    # The phone words that name a phone, not just a number: they open `MORE_REGIONS`.
    PHONE_WORDS = tuple(
        w for w in CONTEXT
        if w not in ("number", "nummer", "numéro", "número", "numero", "numer", "num")
    )
    NEGATIVE_CONTEXT = (
        "order", "ordered", "tracking", "track", "invoice", "parcel", "package", "shipment",
        "ticket", "case", "ref", "reference", "booking", "confirmation", "transaction",
        "account", "serial", "sku", "item", "product", "version", "build", "id",
        # a serial number: "numer seryjny 050 123 4567", "numéro de série ..."
        "seryjny", "seryjnego", "seriennummer", "serien-nr", "seriennr", "de série",
        "de serie", "di serie", "serienummer", "serial number",
        "bestellung", "bestellnummer", "sendungsnummer", "rechnung", "auftrag", "kundennummer",
        "commande", "facture", "colis", "suivi", "pedido", "factura", "seguimiento",
        "ordine", "fattura", "spedizione", "bestelling", "bestelnummer", "ordernummer",
        "zendingnummer", "factuur", "zamówienie",
        "zamowienie", "faktura", "przesyłka", "paczka", "isbn", "iban", "pesel", "ean", "gtin",
        "upc", "barcode", "strichcode", "code-barres", "código de barras", "codice a barre",
        "streepjescode", "kod kreskowy",
        "incident", "incidence", "incidencia", "expediente", "dossier", "vorgang", "störung",
        "pratica", "segnalazione", "melding", "zgłoszenie", "zgloszenie", "sprawa",
        # a product's reference: "réf. 123-456-789", "ref. producto 123.456.789"
        "réf", "référence", "referencia", "riferimento", "referentie", "referencja", "article",
        "artikel", "artículo", "articulo", "articolo", "art", "produit", "producto", "prodotto",
        "produkt", "katalogowy", "modell", "model", "modèle", "modelo", "modello",
        # a customer's, member's, contract's or policy's number ("Vertragsnr.: VT 2210 4471 9")
        *MEMBER_WORDS, "vertragsnr", "vertrags-nr",
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self._phone_words = words_regex(self.PHONE_WORDS)
        _regions_by_prefix()  # here, not in the first request that names a country

    def _looks_like_something_else(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        if _DATE_LIKE.match(value) or _is_ipv4(value) or _YEAR_SERIAL.match(value):
            return True
        if _DATE_THEN_HOUR.match(value) and text.startswith(":", end):
            return True  # a timestamp's date and hour ("03.11.2026 09:14")
        if " / " in value and not value.startswith(("0", "+")):
            return True  # the spaced slash sets apart an area code with its trunk 0 only
        around = text[max(0, start - 4) : start] + " " + text[end : end + 5]
        if _CURRENCY.search(around):
            return True
        if _IBAN_HEAD_BEFORE.search(text, max(0, start - 40), start):
            return True  # the groups of an IBAN ("IT92 O820 0817 0255 ..."), not a phone
        return _NUMBERED_BEFORE.search(text, max(0, start - 8), start) is not None

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        group_spans = [m.span() for m in _GROUPS.finditer(text, start, end)]
        if sum(e - s for s, e in group_spans) < 7:
            return None  # too few digits for any phone number: the common, cheap case
        if sum(1 for s, e in group_spans if e - s == 1) > 2:
            return None  # "1 2 3 4 5 6 7": a list or a count, not a phone number
        if self._looks_like_something_else(text, start, end):
            return None
        if (
            self.has_negative_context(text, start, end)
            or named_after(text, end, self._negative)
            or ((carrier := _CARRIER_BEFORE.search(text, max(0, start - 8), start)) is not None
                and (self.has_negative_context(text, carrier.start(), end)
                     or ((whose := _WORD_BEFORE.search(text, max(0, carrier.start() - 24),
                                                       carrier.start())) is not None
                         and self.has_negative_context(text, whose.start(), end))))
        ):  # fmt: skip
            return None  # checked before parsing: parsing is the expensive part
        # Trim trailing digit groups until the number parses ("0612345678 2 times"); the
        # regions beyond `REGIONS` only after none of the cuts parsed in those.
        # Cut only where a space ends a group: "252-2019773-2451690" is one reference.
        ends = [e for _, e in group_spans if e == end or text[e].isspace()][-MAX_TRIMS - 1 :]
        values = []
        for stop in reversed(ends):
            digits = sum(c.isdigit() for c in text[start:stop])
            if digits < 7:
                break
            if digits <= 15:
                values.append((stop, text[start:stop]))
        service_words = list(_SERVICE_WORD.finditer(text, max(0, start - 60), start))
        if (
            service_words
            and _SERVICE_NAMES_NUMBER.match(text, service_words[-1].end(), start)
            and not self._claimed(text, start, end)
        ):
            return None  # "Kundenservice unter 089 2019 1000": the company's own line
        if named_after(text, end, _SERVICE_WORD) and not self._claimed(text, start, end):
            return None  # "0800 330 1000 ist doch eure Hotline?": named after it
        # a service word names the numbers listed after it ("Atención al cliente: *264 o
        # 800 710 5687"), not a direct line labelled after them ("Zentrale: 030 1234567,
        # Durchwahl Anna 030 1234568")
        service = bool(service_words) and (
            _LISTED_AFTER.search(text[service_words[-1].end() : start]) is not None
        )
        for stop, value in values:
            if (region := _parse(value, service_word=service)) == _SERVICE:
                return None  # the company's line; no shorter cut of it is a number either
            if region == _SERVICE_RANGE:
                if not self._claimed(text, start, end):
                    return None  # "llamé al 900 100 200": a freephone, a company's
                region = "INT" if value.startswith(("+", "00")) else "SERVICE_RANGE"
            if region is not None:
                span = self._span(text, start, stop, value, region)
                if stop == values[0][0] and self._person_s(text, start, value):
                    return _scored(span, SCORE_PERSON_S)
                return span
        if not values or values[0][1].startswith(("+", "00")):
            return None
        for region in self._regions_named(text, start):
            for stop, value in values:
                if _valid_personal(value, region):
                    return self._span(text, start, stop, value, region)
        if self._person_s(text, start, values[0][1]) and (
            region := _parse(values[0][1], more_regions=True)
        ) not in (None, _SERVICE, _SERVICE_RANGE):
            span = self._span(text, start, values[0][0], values[0][1], str(region))
            return _scored(span, SCORE_PERSON_S)
        if not self._phone_word_near(text, start, values[0][0]):
            return None
        for stop, value in values:
            if (region := _parse(value, more_regions=True)) is not None:
                return self._span(text, start, stop, value, region)
        return None

    def _regions_named(self, text: str, start: int) -> list[str]:
        """The regions a country word names in the words right before the number, when a
        phone or number word is among them ("numero indiano", "mijn Nigeriaanse nummer:")."""
        assert self._context is not None
        words_from = _last_words_run(text, max(0, start - 48), start)
        if (
            words_from is None
            or self._context.search(text, words_from, start) is None
            or (self._negative is not None and self._negative.search(text, words_from, start))
        ):
            return []  # no number word, or a reference's ("numéro de commande brésilien")
        by_prefix = _regions_by_prefix()
        regions: list[str] = []
        for found in re.finditer(r"[^\W\d_]{4,}", text[words_from:start]):
            word = found[0]
            if self._context.fullmatch(word) or fold(word) in _NEW:
                continue  # the number word itself ("portable" is no "Portugal"), "nouveau"
            for region in sorted(by_prefix.get(fold(word)[:_PREFIX], ())):
                if region not in regions:
                    regions.append(region)
        return regions

    @staticmethod
    def _person_s(text: str, start: int, value: str) -> bool:
        """Whether `value`, the whole candidate at `start`, follows a person the writer
        knows and a colon (`_PERSON_THEN_COLON`) and is shaped like their number: eight
        digits or more, no thousands grouping ("my brother: 1.234.567 followers")."""
        return (
            sum(c.isdigit() for c in value) >= 8
            and not _THOUSANDS.fullmatch(value)
            and _PERSON_THEN_COLON.search(text, max(0, start - 48), start) is not None
        )

    @staticmethod
    def _claimed(text: str, start: int, end: int) -> bool:
        """The writer calls the number theirs, before or after it: "mi número de móvil es
        +34 800 ...", "support 020-5551234 is my home number"."""
        return bool(
            _OWNER_WORD.search(text, max(0, start - 40), start)
            or _OWNER_WORD.search(text, end, min(len(text), end + 30))
        )

    def _phone_word_near(self, text: str, start: int, end: int) -> bool:
        """A phone word (`PHONE_WORDS`) right before the number, nothing but separators
        and fillers between ("Cep no: 0532...", "cell: 0917..."), or right after it."""
        assert self._phone_words is not None
        before = text[max(0, start - 24) : start]
        words = list(self._phone_words.finditer(before))
        if words and _FILLER.fullmatch(before, words[-1].end()):
            return True
        after = end + 1 if text[end : end + 1] == " " else end
        return self._phone_words.match(text, after) is not None

    def _span(self, text: str, start: int, end: int, value: str, region: str) -> Span:
        if region == "INT":
            score = SCORE_INTERNATIONAL
        elif value.isdigit():
            score = SCORE_BARE
            if lone_value(text, start, end) and _mobile(value):
                score = SCORE_LONE_MOBILE
        else:
            score = SCORE_FORMATTED
        if self.has_context(text, start, end):
            cap = 1.0 if self._phone_word_around(text, start, end) else GENERIC_WORD_CAP
            score = min(cap, score + self.CONTEXT_BOOST)
        return Span(start, end, self.label, score, self.name)

    def _phone_word_around(self, text: str, start: int, end: int) -> bool:
        """`has_context` with the phone words only (not the generic number words)."""
        assert self._phone_words is not None
        before = text[max(0, start - CONTEXT_WINDOW) : start]
        after = text[end : end + CONTEXT_AFTER]
        return bool(self._phone_words.search(before) or self._phone_words.search(after))
