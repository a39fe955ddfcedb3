"""Postcode recognizer: a bare postcode counts only beside a postcode word, and never
cuts the NER model's address span apart."""

from __future__ import annotations

import time

import pytest

from piiguard._types import Span
from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import PostcodeRecognizer
from tests.detection._found import Found

DETECTOR = Detector([PostcodeRecognizer()])
L = "LOCATION"


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my zip code is 90210", "90210"),
        ("MY ZIP CODE IS 76862", "76862"),
        ("zip: 12345-6789", "12345-6789"),
        ("90210 is my zip code btw", "90210"),
        ("postcode is SW1A 1AA", "SW1A 1AA"),
        ("my post code's m1 1ae", "m1 1ae"),
        ("postal code K1A 0B1", "K1A 0B1"),
        ("PLZ: 80331 München", "80331"),
        ("meine Postleitzahl ist 10115", "10115"),
        ("die PLZ ist 22085.", "22085"),  # "PLZ" in capitals counts anywhere before
        ("meine PLZ lautet jetzt 01001", "01001"),
        ("code postal : 75002", "75002"),
        ("mi código postal es 28013", "28013"),
        ("C.P. 28013 Madrid", "28013"),
        ("il codice postale è 20121", "20121"),
        ("kod pocztowy 00-950", "00-950"),
        ("postcode 1012 AB", "1012 AB"),
        ("postcode 1012ab", "1012ab"),
        ("código postal 1000-001 Lisboa", "1000-001"),
        ("postnummer 0150", "0150"),
    ],
)
def test_finds_postcode_beside_a_postcode_word(text: str, value: str) -> None:
    assert found(text) == [(L, value)]


@pytest.mark.parametrize(
    "text",
    [
        "I owe you 90210",
        "plz send 5000 by friday",  # "plz" is "please" unless right before the value
        "the zip has 2000 files",
        "my postcode changed. I paid 5000",  # the word is in another sentence
        "postcode 12 and then 45678",  # a digit between the word and the value
        "order 75002 shipped",
        "zip code 123",  # too short
        "zip code 1234567",  # too long
        "sorry, plz ignore, it was 5000",  # lower-case "plz" away from the value: "please"
    ],
)
def test_rejects_numbers_without_postcode_word(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a postcode asked about: which place it is, whether it is right (nobody's own)
        "is 90210 the zip code of Beverly Hills?",
        "Welche Stadt hat die Postleitzahl 34728?",
        "le code postal 20040 c'est bien Casablanca ?",
        "¿El código postal 06700 es de la Roma Norte?",
        "il codice postale 40089 è Cluj?",
        "is 06420 de postcode van Çankaya?",
        "kod pocztowy 79005 to Lwów?",
        "what city is postcode 75002? and 75003?",
        # a shop's delivery area asked about: an area, not the writer's home
        "¿envían al código postal 28013?",
        "spedite al CAP 20121?",
        "bezorgen jullie op postcode 1012 AB?",
        "czy dostarczacie na kod pocztowy 00-950?",
    ],
)
def test_a_postcode_asked_about_is_nobody_s(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the writer's own, even in a question: a first-person word, or living there
        ("my zip code is 90210, is that in your area?", "90210"),
        ("ist meine PLZ 80331 richtig?", "80331"),
        ("mon code postal 75002 est-il livrable ?", "75002"),
        ("¿vivo en el código postal 28013, llegáis?", "28013"),
        ("vivo nel CAP 20121, consegnate lì?", "20121"),
        ("wij wonen op postcode 1012 AB, klopt dat?", "1012 AB"),
        ("mieszkam tu, kod pocztowy 00-950, dostarczacie?", "00-950"),
        ("postcode 1012 AB. Klopt dat?", "1012 AB"),  # the question is another sentence
    ],
)
def test_a_postcode_in_the_writer_s_own_question_stays(text: str, value: str) -> None:
    assert found(text) == [(L, value)]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # the sentence is read near the postcode only (`asked_about`'s window): one that
        # starts or ends further away is not known to be a question, and the postcode stays
        ("x " * 50 + "is zip code 90210 the one of Beverly Hills?", []),
        ("my " + "very " * 60 + "own zip code is 90210, right?", [(L, "90210")]),
        ("is zip code 90210 the one of " + "the " * 80 + "Hills?", [(L, "90210")]),
    ],
)
def test_asked_about_reads_the_sentence_near_the_postcode(
    text: str, masked: list[tuple[str, str]]
) -> None:
    assert found(text) == masked


def test_asked_about_is_linear_in_a_long_sentence() -> None:
    # a sentence of 20,000 characters with a postcode word and a postcode every 15: each
    # postcode read its whole sentence for a writer's word (7.4 s, quadratic)
    text = ("zip code 12345 " * 1333)[:19_999] + "?"
    started = time.perf_counter()
    found(text)
    assert time.perf_counter() - started < 2.0


class _Model:
    """A stand-in with the NER model's priority (1): an address span over the postcode."""

    name = "ner"
    priority = 1
    labels = frozenset({L})

    def analyze(self, text: str) -> list[Span]:
        start = text.index("Via")
        return [Span(start, len(text), L, 0.6, self.name)]


def test_model_address_span_wins_over_the_postcode_inside_it() -> None:
    text = "my postcode and street: Via Roma 21, 20121 Milano"
    spans = Detector([PostcodeRecognizer(), _Model()]).detect(text)
    assert [(s.source, text[s.start : s.end]) for s in spans] == [
        ("ner", "Via Roma 21, 20121 Milano")
    ]


def test_in_the_default_pattern_stage() -> None:
    assert found("zip code 90210") == [(L, "90210")]
    spans = Detector.patterns().detect("zip code 90210, card 4111 1111 1111 1111")
    assert [s.label for s in spans] == [L, "CREDIT_CARD"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # German postcodes after a German word are also Presidio's DE_PLZ (01001-99998)
        ("PLZ: 10115", ("LOCATION", "DE_PLZ")),
        ("plz 80331", ("LOCATION", "DE_PLZ")),
        ("die PLZ ist 22085", ("LOCATION", "DE_PLZ")),
        ("Postleitzahl 99998", ("LOCATION", "DE_PLZ")),
        # outside Deutsche Post's range, or not after a German word: LOCATION only
        ("PLZ 01000", ("LOCATION",)),
        ("PLZ 99999", ("LOCATION",)),
        ("my zip code is 90210", ("LOCATION",)),
        ("code postal : 75002", ("LOCATION",)),
        ("PLZ 1010", ("LOCATION",)),  # four digits: an Austrian or Swiss postcode
    ],
)
def test_german_postcodes_have_presidio_s_label_as_an_alternative(
    text: str, labels: tuple[str, ...]
) -> None:
    assert [s.labels for s in DETECTOR.detect(text)] == [labels]


def test_the_default_detector_keeps_the_de_plz_reading_beside_the_model() -> None:
    # the model's LOCATION has the same bounds; the postcode's reading joins it
    assert [s.labels for s in Detector.default().detect("meine PLZ lautet 80331")] == [
        ("LOCATION", "DE_PLZ")
    ]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("kod pocztowy 79005 to Lwów?", []),
        ("is 06420 de postcode van Çankaya?", []),
        ("le code postal 20040 c'est bien Casablanca ?", []),
        ("mój kod pocztowy to 79005?", ["79005"]),
    ],
)
def test_the_default_detector_leaves_a_postcode_asked_about(text: str, masked: list[str]) -> None:
    # the model's bare postcode is judged by the policy as the recognizer's own
    assert [text[s.start : s.end] for s in Detector.default().detect(text)] == masked
