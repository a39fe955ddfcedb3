"""An address given after its cue, in any country's layout (LOCATION): "Lieferadresse:
Bağdat Caddesi No: 145 Daire: 7, 34728 Kadıköy/İstanbul", "livrez à Số 25 Ngõ 40 Phố Huế,
Phường Ngô Thì Nhậm, Hà Nội", "Paket bitte an вул. Хрещатик, 22, кв. 5, Київ, 01001
schicken", "stuur het naar B-14, Green Park Extension, New Delhi 110016".

People who live across borders write addresses in the layouts of the countries they live
in, which the street words of the seven languages (`street_address`) and the NER model,
trained on those, miss. The cue says what follows: an address word and a colon
("Adresse :", "mi dirección en Cebú:", "adres w Indiach:"), or a verb of sending to
("send it to", "livrez à", "mándalo a", "spedite a", "stuur het naar", "wyślij na",
"bitte an"). What follows counts when it is shaped like an address: a number in it (a
house or a postcode) and parts set apart by commas, or a house number written as such
("No: 145", "nr. 12", "House No. 221", "88/12"). The address runs to the end of its
line or sentence; words in lower case after its last part ("schicken", "please") are
not its own.

Its cue is the evidence, as a birth word is a date of birth's: the masking policy does not
judge it again (`policy.TRUSTED_SOURCES`), and it ranks over the NER model's pieces of the
same address ("Bağdat Caddesi" read as a person, "İstanbul" as another): the address is
one span.
"""

from __future__ import annotations

import re
from typing import ClassVar

from piiguard._types import LOCATION, Span
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer

_ADDRESS_WORDS = (
    r"address|home address|delivery address|shipping address|adresse|anschrift|wohnadresse"
    r"|lieferadresse|rechnungsadresse|postanschrift|adresse de livraison|nouvelle adresse"
    r"|dirección|direccion|dirección de envío|domicilio|indirizzo|indirizzo di spedizione"
    r"|adres|bezorgadres|afleveradres|woonadres|nieuw adres|adres dostawy|adres zamieszkania"
    r"|nowy adres"
)
# A dwelling's word ("l'appartamento:", "my flat:", "die Wohnung:"): an address follows it
# as often as what the dwelling is ("Wohnung: 3 Zimmer, 2 Bäder"), so after it the address
# must hold a house number as written (not a count before a word) and a postcode.
_DWELLING_WORDS = (
    r"apartment|flat|wohnung|appartement|logement|apartamento|piso|departamento|appartamento"
    r"|woning|mieszkanie"
)
# An address word, a few words about whose or where ("in Bukarest", "en Cebú", "w
# Indiach", "de livraison"), a colon.
_WHOSE_AND_COLON = r"(?:[ \t]+[^\s:\d,.;!?]{1,20}){0,3}[ \t]*:[ \t]*\n?[ \t]*"
_NOUN_CUE = rf"(?i:{_ADDRESS_WORDS}|{_DWELLING_WORDS}){_WHOSE_AND_COLON}"
_DWELLING_CUE_BEFORE = re.compile(rf"(?<![\w-])(?i:{_DWELLING_WORDS}){_WHOSE_AND_COLON}$")
_VERB_CUE = (
    r"(?i:send (?:it |this |them |the parcel |the package )?to|ship (?:it )?to|deliver (?:it )?to"
    r"|livrez(?:-le)? à|livre(?:-le)? à|envoyez(?:-le)? à|envoie(?:-le)? à|mándalo a|mándamelo a"
    r"|envíalo a|envíamelo a|envialo a|spedite a|spedisci a|spediscilo a|mandalo a"
    r"|stuur (?:het |alles )?naar|verstuur (?:het )?naar|wyślij (?:na|do)|wyslij (?:na|do)"
    r"|(?:paket |päckchen |brief )?bitte an|schick(?:e|t)? (?:es |das )?an)[ \t]+"
)
_CUE = rf"(?<![\w-])(?:{_NOUN_CUE}|{_VERB_CUE})"
# The address: to the end of its line or sentence.
# A period ends it after a word of five letters or more or after a number, not after an
# abbreviation ("Str.", "Cad.", "кв.", "TP. Hồ Chí Minh", "Brgy.").
_VALUE = (
    r"(?P<v>[^\s@][^\n@!?;]{8,160}?)"
    r"(?=[ \t]*(?:\n|$|[!?;])|(?<=[^\W\d_]{5})\.(?:\s|$)|(?<=\d)\.(?:\s|$))"
)
# A house number as written: after its word ("Nr. 12", "apt 4", "кв. 7"), a number over a
# number ("12/3") or a number and a comma ("14B,").
_WRITTEN_NUMBER = (
    r"(?i:\bno\.?:?|\bnr\.?|\bn[°º]|house no\.?|flat|apt\.?|appt|apto|ap\.|bl\.|kv\.|кв\.|số)\s?\d"
    r"|\d{1,4}/\d{1,4}|\d{1,4}[A-Za-z]?,"
)
# Or a number, then a word, at the start ("12 Rue ..."): a count before a word too ("3
# Zimmer"), so a dwelling's house number is only one as written.
_HOUSE_NUMBER = re.compile(_WRITTEN_NUMBER + r"|^\d{1,5}[A-Za-z]?\s+[^\W\d_]")
_WRITTEN_HOUSE_NUMBER = re.compile(_WRITTEN_NUMBER)
# Scripts without capitals (Hangul, Thai, Chinese and Japanese): there an address's layout
# is its division words, which stand for the names and the postcode: a Korean city or
# province and its district ("부산광역시 해운대구"), a Japanese or Chinese prefecture, province
# or city and its ward or town ("東京都渋谷区"), two of Thai's soi, road, subdistrict,
# district and province words.
_CASELESS = re.compile(r"[\uac00-\ud7af\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]")
_THAI_DIVISION = r"(?:ซอย|ถนน|แขวง|เขต|ตำบล|อำเภอ|จังหวัด)"
_CASELESS_LAYOUT = re.compile(
    r"[가-힣]{1,8}(?:시|도)\s?[가-힣]{1,8}(?:구|군|시)(?![가-힣])"
    r"|[\u4e00-\u9fff]{1,6}[都道府県省市][\u4e00-\u9fff]{0,8}[区市町村县]"
    rf"|{_THAI_DIVISION}[^\n]*{_THAI_DIVISION}"
)
_POSTCODE = re.compile(r"(?<![\d-])(?:\d{5,6}|\d{3}[ -]\d{3}|\d{5}-\d{3}|\d{2}-\d{3})(?![\d-])")
# An address of something else: "IP address:", "E-Mail-Adresse:", "wallet address:".
_OTHER_ADDRESS = re.compile(
    r"(?i:ip|e-?mail|mail|mac|web|wallet|bitcoin|btc|eth|ethereum|crypto|server|memory|"
    r"contract|hex|url|ipv4|ipv6|mail-?server)[ -]?(?:address|adresse|adres|dirección|"
    r"direccion|indirizzo)\w*[^\n]{0,40}$"
)
_TRAILING_LOWER = re.compile(r"(?:[ \t]+[a-zà-ÿ][\w'’-]*)+[ \t.]*$")


class CuedAddressRecognizer(PatternRecognizer):
    """An address of any country's layout after its cue (see the module).

    >>> r = CuedAddressRecognizer()
    >>> text = "stuur het naar B-14, Green Park Extension, New Delhi 110016"
    >>> [text[s.start:s.end] for s in r.analyze(text)]
    ['B-14, Green Park Extension, New Delhi 110016']
    >>> r.analyze("Adresse: siehe oben, danke")
    []
    """

    name = "cued_address"
    label = LOCATION
    priority = 2  # its cue decides: over the model's pieces of the same address
    TRIGGER = r"\d"
    TRIGGER_WORDS = (
        "addr", "adres", "anschrift", "direcci", "domicilio", "indirizzo", "send", "ship",
        "deliver", "livre", "envo", "mánda", "mánd", "envía", "envia", "spedi", "manda",
        "stuur", "wyślij", "wyslij", "bitte an", "schick",
        # a dwelling's words
        "apartment", "flat", "wohnung", "appartement", "logement", "apartamento", "piso",
        "departamento", "appartamento", "woning", "mieszkanie",
    )  # fmt: skip
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (Pattern("cued_address", _CUE + _VALUE, 0.6),)

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        if _OTHER_ADDRESS.search(text, max(0, start - 60), start):
            return None
        if "://" in value or not any(c.isdigit() for c in value):
            return None
        if (trail := _TRAILING_LOWER.search(value)) and "," in value[: trail.start()]:
            end = start + trail.start()  # "..., Київ, 01001 schicken": the verb is not the address
            value = text[start:end]
        parts = [p for p in value.split(",") if p.strip()]
        layout = _CASELESS.search(value) is not None and _CASELESS_LAYOUT.search(value) is not None
        house = _HOUSE_NUMBER.search(value) is not None
        postcode = _POSTCODE.search(value) is not None or layout
        if not (
            (len(parts) >= 3 and (house or postcode)) or (len(parts) >= 2 and house and postcode)
        ):
            return None
        if not (layout or any(c.isupper() for c in value)):
            return None  # "siehe oben, 2 mal, danke": no name of a street or a town
        if _DWELLING_CUE_BEFORE.search(text, max(0, start - 80), start) and not (
            _WRITTEN_HOUSE_NUMBER.search(value) and postcode
        ):
            return None  # "Wohnung: 3 Zimmer, 2 Bäder, 250000 Euro": what the dwelling is
        # with a house number and a postcode it ranks as a validated value does: over a
        # postcode read as a phone number ("São Paulo - SP, 05422-010")
        score = 1.0 if house and postcode else pattern.score
        return Span(start, end, self.label, score, self.name)
