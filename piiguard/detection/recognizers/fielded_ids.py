"""ID numbers in structured text, named by their field: `national_id=930309479` in a log
line, `"tax_id": "6492737687"` in JSON, a `national_id` column of a pasted CSV file or
SQL `INSERT`, `{"kind": "national_id", "number": "4466981345"}`.

People paste rows of their own data into support chats ("getting a 401 with this"). There
the field's name says what the value is as plainly as "my BSN is" does in prose, and the
value needs no check digit to be the person's ID: as with a value its own word names
(`_id_number.NAMED_SCORE`), a typo or a test number under `national_id` is still what
the field holds. Only fields that name a personal ID count (national, tax, social
security, health insurance, passport, driving licence numbers and their national names);
`id`, `user_id`, `order_id` and other keys of records do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from piiguard._types import NATIONAL_ID, Span
from piiguard.detection.recognizers import _words
from piiguard.detection.recognizers._id_number import named_after
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer, words_regex
from piiguard.detection.recognizers.keyed_ids import DRIVER_LICENSE, ID_CARD, PASSPORT

# Field names, lower case with "_", "-", "." and spaces taken out, and the label of what
# they hold. A name counts whole, or with a suffix of `_SUFFIXES` ("nhs_number", "bsn_nr").
_FIELDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "nationalid", "nationalidentitynumber", "nationalidentificationnumber",
            "nationalidnumber", "nationalinsurance", "nationalinsurancenumber", "nin",
            "nino", "ninumber", "ssn", "socialsecurity", "socialsecuritynumber",
            "socialinsurancenumber", "sin", "taxid", "taxidentificationnumber", "taxnumber",
            "tin", "taxpayerid", "steuerid", "steueridnr", "steueridentifikationsnummer",
            "steuernummer", "bsn", "burgerservicenummer", "pesel", "nhs", "nhsnumber",
            "personnummer", "personalnumber", "personalid", "personalidentitycode",
            "personalcode", "idnumber", "identitynumber", "identitycard", "idcard",
            "idcardnumber", "dni", "nie", "nif", "codicefiscale", "fiscalcode", "cpf",
            "curp", "aadhaar", "tfn", "medicare", "kvnr", "insurancenumber",
            "versichertennummer", "krankenversichertennummer", "healthinsurancenumber",
            "nir", "numerosecu", "numerosecuritesociale", "cnp", "rnokpp", "hetu", "rrn",
            "tckimlik", "tckimlikno", "nric", "uin", "citizenid", "citizennumber",
        ),
        NATIONAL_ID,
    ),
    **dict.fromkeys(("passport", "passportnumber", "passportno", "passportnr"), PASSPORT),
    # the number of an identity document, as its card prints the label (an OCR'd card
    # puts the value on the line below): "Document No", "N° du document", "NÚM SOPORT"
    **dict.fromkeys(
        (
            "documentnumber", "documentno", "documentnr", "docnumber", "docno",
            "documentnummer", "ausweisnummer", "dokumentennummer", "n°dudocument",
            "numérodudocument", "numerodudocument", "nºdedocumento", "númerodedocumento",
            "numerodedocumento", "númsoport", "numsoport", "númerodesoporte",
            "numerodesoporte", "numerodocumento", "numerodeldocumento", "numerdokumentu",
            "numerdowodu", "idcardno",
        ),
        ID_CARD,
    ),
    "persoonsnummer": NATIONAL_ID,
    **dict.fromkeys(
        (
            "driverlicense", "driverslicense", "driverlicence", "driverslicence",
            "drivinglicence", "drivinglicense", "licensenumber", "licencenumber",
            "fuehrerschein", "führerschein", "führerscheinnummer",
        ),
        DRIVER_LICENSE,
    ),
}  # fmt: skip
_SUFFIXES = ("number", "num", "nr", "no", "code", "value")
# A card's bare number label ("N.", "Nr.", "N°", "Núm."): too short to name a document
# alone, it is the card's number on a card whose other labels are read (`_OWN_LINE`).
_BARE_NUMBER_LABELS = frozenset(("n", "n°", "nº", "no", "nr", "núm", "num", "numero", "número"))
# Below the score of any specific recognizer of the same value (a validated number, a
# document after its word: `keyed_ids.SCORE`), above the detector's threshold: where one
# reads the value, its label is kept ("FIN: WDD26YVWXS8219061" is a VIN).
SCORE = 0.54
# A link and a veto word after the value: "passport: C01234565 is the order number".
_VETOED_AFTER = words_regex(_words.NOT_PERSONAL)
_SEPARATORS = re.compile(r"[\s_.\-]+")

# `key=value`, `key: value`, `"key": "value"`, `key => 'value'`.
_KEY_VALUE = (
    r"(?<![\w-])(?P<key>[A-Za-z\u00c0-\u017f][\w.-]{1,48})[\"']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}"
    r"[\"']?(?P<v>[A-Za-z0-9][A-Za-z0-9./-]{3,30})(?![\w])"
)
# A label on a line of its own (in two languages at most: "Documentnummer/Document No.")
# and the value alone on the line below: how an OCR'd identity card reads.
_OWN_LINE = (
    r"(?m)^[ \t]*(?P<key>[^\W\d_][^\n/]{1,38}?)[ \t]*(?:/[^\n]{1,40})?\r?\n"
    r"[ \t]*(?P<v>[A-Za-z0-9][A-Za-z0-9]{4,18})[ \t]*\r?$"
)
# A record that says what kind of number it holds: `"kind": "national_id", "number": "..."`.
_KIND_THEN_NUMBER = (
    r"[\"'](?:kind|type|document_type|documentType|doc_type)[\"'][ \t]*:[ \t]*"
    r"[\"'](?P<key>[\w .-]{2,40})[\"'][^{}\n]{0,80}?"
    r"[\"'](?:number|value|id|no)[\"'][ \t]*:[ \t]*[\"']?(?P<v>[A-Za-z0-9][A-Za-z0-9./-]{3,30})"
)
# The columns and values of one SQL `INSERT`.
_INSERT = re.compile(
    r"\((?P<cols>[^()\n]{1,400})\)\s*VALUES\s*\((?P<vals>[^()\n]{1,400})", re.IGNORECASE
)
# A bare number label ("Nr.") is a card's within this many characters of the card's
# other fields (one card's text), not anywhere in a text that holds one.
_CARD_REACH = 200
_CSV_DELIMITERS = (";", ",", "\t", "|")
_QUOTES = "\"' `"
_DIGITS = re.compile(r"\d")


def _key_name(key: str) -> str:
    """A field's name as `_FIELDS` holds it: case, separators and quotes left out."""
    return _SEPARATORS.sub("", key.casefold()).strip(_QUOTES)


def field_label(key: str) -> str | None:
    """The label of what a field named `key` holds, if it names a personal ID.

    >>> [field_label(k) for k in ("national_id", "NHS Number", "bsn_nr", "order_id", "id")]
    ['NATIONAL_ID', 'NATIONAL_ID', 'NATIONAL_ID', None, None]
    """
    name = _key_name(key)
    if name in _FIELDS:
        return _FIELDS[name]
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and name[: -len(suffix)] in _FIELDS:
            return _FIELDS[name[: -len(suffix)]]
    return None


def _is_bare_number_label(key: str) -> bool:
    """Whether `key` is only the word or sign for "number" ("N.", "Nr", "N°")."""
    return _key_name(key) in _BARE_NUMBER_LABELS


def _id_value(value: str, label: str = NATIONAL_ID) -> bool:
    """Whether a field's value is shaped like an ID number: five digits or more; a
    document's number, letters and digits mixed as cards print them ("RN9FRJLW8"), one
    digit or more in six characters or more."""
    if label == ID_CARD:
        return len(value) >= 6 and _DIGITS.search(value) is not None
    return len(_DIGITS.findall(value)) >= 5


def table_cells(text: str, is_column: Callable[[str], bool]) -> list[tuple[str, str, int]]:
    """(column, cell, offset of the cell) of every cell of a SQL `INSERT` and of the rows of
    delimited lines (CSV, TSV, a markdown table) under a header line one of whose columns
    `is_column` accepts (its quotes and spaces taken off). A row has as many cells as its
    header; each line is read once, as a header or as a row.

    >>> table_cells("name;tax_id\\nAnna;12345678", lambda c: c == "tax_id")
    [('name', 'Anna', 12), ('tax_id', '12345678', 17)]
    """
    cells: list[tuple[str, str, int]] = []
    for insert in _INSERT.finditer(text):
        columns = insert["cols"].split(",")
        offset = insert.start("vals")
        for column, cell in zip(columns, insert["vals"].split(","), strict=False):
            cells.append((column, cell, offset))
            offset += len(cell) + 1
    if "\n" not in text:
        return cells
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    index = 0
    while index < len(lines):
        header = lines[index]
        index += 1
        delimiter = next((d for d in _CSV_DELIMITERS if d in header), None)
        if delimiter is None:
            continue
        columns = header.split(delimiter)
        if not any(is_column(c.strip().strip(_QUOTES)) for c in columns):
            continue
        while index < len(lines) and len(row := lines[index].split(delimiter)) == len(columns):
            offset = starts[index]
            for column, cell in zip(columns, row, strict=True):
                cells.append((column, cell, offset))
                offset += len(cell) + 1
            index += 1
    return cells


_NUMBER_CELL = re.compile(r"[\d.,:/ %+-]+")
"""A cell of numbers ("12", "9,99", "01.02"): a row's, never a header's."""


def line_at(text: str, start: int) -> tuple[int, int]:
    """The bounds of the line that holds `text[start]`."""
    end = text.find("\n", start)
    return text.rfind("\n", 0, start) + 1, len(text) if end < 0 else end


def header_cell(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a whole cell in lower case of a header line: a line of
    delimited cells (CSV, TSV, a markdown table) that the next line matches cell for cell
    and the line before does not ("|ean|;sku;price" over "4006381333931;SKU-1;9,99"). A
    column's key, as software writes it, is no one's name; the rows under it are read.

    >>> header_cell("ean;sku;price\\n4006381333931;SKU-1;9", 0, 3)
    True
    >>> header_cell("Anna;Jan\\n5;6", 0, 4), header_cell("cc: ewa, marek\\nthanks, bye", 9, 14)
    (False, False)
    """
    value = text[start:end]
    if not value.islower() or " " in value:
        return False  # a column's key is one word ("ean", "first_name"); "anna kowalska" is a cell
    line_start, line_end = line_at(text, start)
    if line_end >= len(text) or end > line_end:
        return False  # no line under it
    line = text[line_start:line_end]
    below = text[line_end + 1 : line_at(text, line_end + 1)[1]]
    above = text[line_at(text, line_start - 1)[0] : line_start - 1] if line_start else None
    for delimiter in _CSV_DELIMITERS:
        count = line.count(delimiter)
        keys = [k for c in line.split(delimiter) if (k := c.strip().strip(_QUOTES))]
        if (
            len(keys) >= 3  # columns, not a sentence's list ("meeting with anna, marek")
            and not any(_NUMBER_CELL.fullmatch(k) for k in keys)  # "anna kowalska;12": a row
            and below.count(delimiter) == count
            and (above is None or above.count(delimiter) != count)
            and value in keys
        ):
            return True
    return False


class FieldedIdRecognizer(PatternRecognizer):
    """ID numbers under a field that names them (see the module).

    >>> text = "ERROR kyc.verify: document check failed national_id=930309479 status=MISMATCH"
    >>> [(s.label, text[s.start:s.end]) for s in FieldedIdRecognizer().analyze(text)]
    [('NATIONAL_ID', '930309479')]
    >>> FieldedIdRecognizer().analyze("order_id=930309479 user_id=12345678")
    []
    """

    name = "fielded_id"
    label = NATIONAL_ID
    # a separator of a field or a cell right before the value's first digits (a letter
    # prefix of up to three, a quote): what every layout read here holds
    TRIGGER = (
        r"(?:[=:]|=>)[ \t]{0,3}[\"']?[A-Za-z]{0,3}\d\d|[;,|\t][ \t]?[\"']?\d\d"
        r"|\n[ \t]*[A-Za-z0-9]{0,6}\d"  # a value on the line below its label
    )
    TRIGGER_WORDS = (
        "national", "nin", "ssn", "social", "tax", "tin", "steuer", "bsn", "burger", "pesel",
        "nhs", "person", "id_n", "idn", "id n", "id-n", "identi", "id_c", "idc", "id c", "dni",
        "nie", "nif", "fiscal", "cpf", "curp", "aadhaar", "tfn", "medicare", "kvnr",
        "insurance", "versicherten", "nir", "secu", "cnp", "rnokpp", "hetu", "rrn", "kimlik",
        "nric", "uin", "citizen", "passport", "licen", "fuehrer", "führer", "document",
        "doc", "ausweis", "soport", "dokument", "dowodu", "persoonsn",
    )  # fmt: skip
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("key_value", _KEY_VALUE, SCORE),
        Pattern("kind_then_number", _KIND_THEN_NUMBER, SCORE),
        Pattern("own_line", _OWN_LINE, SCORE),
    )

    def __init__(self) -> None:
        super().__init__()
        self.labels = frozenset({NATIONAL_ID, PASSPORT, DRIVER_LICENSE, ID_CARD})

    def analyze_passed(self, text: str) -> list[Span]:
        spans: list[Span] = []
        bare: list[tuple[int, int]] = []
        card: list[int] = []  # identity fields read in the OCR layout: where a card is
        for item in self._compiled:
            for match in item.regex.finditer(text):
                start, end = match.span("v")
                if span := self._field(match["key"], start, end, text):
                    spans.append(span)
                    if item.pattern.name == "own_line":
                        card.append(start)
                elif item.pattern.name == "own_line" and _is_bare_number_label(match["key"]):
                    bare.append((start, end))
        spans += [
            Span(start, end, ID_CARD, SCORE, self.name)
            for start, end in bare
            if any(abs(start - field) <= _CARD_REACH for field in card)
            and _id_value(text[start:end], ID_CARD)
        ]
        spans += self._tables(text)
        return spans

    def _field(self, key: str, start: int, end: int, text: str) -> Span | None:
        label = field_label(key)
        if label is None or not _id_value(text[start:end], label):
            return None
        if named_after(text, end, _VETOED_AFTER):
            return None
        return Span(start, end, label, SCORE, self.name)

    def _tables(self, text: str) -> list[Span]:
        """Values under an ID column of a SQL `INSERT` or of delimited lines (CSV)."""
        return [
            span
            for column, cell, offset in table_cells(text, lambda c: field_label(c) is not None)
            if (span := self._cell(column, cell, offset, text)) is not None
        ]

    def _cell(self, column: str, cell: str, offset: int, text: str) -> Span | None:
        """The span of a cell's value (its quotes and spaces left out) under `column`."""
        label = field_label(column.strip().strip(_QUOTES))
        stripped = cell.strip().strip(_QUOTES)
        if label is None or not stripped or not _id_value(stripped, label):
            return None
        start = offset + cell.index(stripped)
        return Span(start, start + len(stripped), label, SCORE, self.name)
