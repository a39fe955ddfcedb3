# ruff: noqa: E501  (cases are data: one case a line)
"""Values read out (digits as words, spelling alphabets, separators said), values with a
symbol between every character and values broken over lines: one span over the whole run."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from piiguard.detection import encoded, spoken
from piiguard.detection.engine import Detector
from piiguard.detection.spoken import spoken_values
from tests.detection._found import Found

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from corpus import iter_texts

DETECTOR = Detector.patterns()
found = Found(DETECTOR)

# (text with the value marked as {v}, the value as written)
READ_OUT = [
    ("my pin is {v}", "nine five nine eight"),
    ("new card pin {v} pls dont tell anyone", "eight five 8 2"),
    ("meine PIN ist {v}", "zwei fünf fünf null"),
    # typed without the language's letters, as on a keyboard without them
    ("meine PIN ist {v}", "zwei fuenf funf null"),
    ("mój PIN to {v}", "piec szesc dziewiec jeden"),
    ("Geheimzahl {v}, bitte nicht weitersagen", "acht 8 8 drei"),
    ("mon code de carte c'est {v}", "quatre cinq trois sept"),
    ("il mio pin è {v}", "nove sei due zero"),
    ("mijn pincode is {v}", "een negen zeven twee"),
    ("kod BLIK to {v} wpiszesz go", "dziewięć zero pięć dwa cztery cztery"),
    ("the code they texted me is {v} can you put it in", "six nine one three six seven"),
    ("my social is {v}", "one five five five four three two four zero"),
    ("my social security number is {v} thanks", "one six one dash six one dash four eight eight zero"),
    ("NHS number: {v}", "eight six three nine five eight two three nine four"),
    ("meine Steuer-ID ist {v}", "vier eins zwei null neun sechs eins acht eins fünf fünf"),
    ("mijn BSN is {v}", "vijf een nul vijf twee negen negen vijf een"),
    ("mój PESEL to {v}", "pięć osiem zero dwa jeden dziewięć dziewięć cztery osiem dziewięć jeden"),
    ("mi DNI es {v}", "tres uno tres tres uno tres nueve cinco J"),
    ("DNI {v}", "tres, cinco, cuatro, nueve, uno, nueve, cinco, cinco, B de Barcelona"),
    ("IBAN: {v}", "D E null fünf acht eins zwei neun eins acht acht sieben neun drei sieben vier vier neun drei eins eins vier"),
    ("meine IBAN ist {v}", "Dora Emil eins sieben null sechs vier zwei zwei sieben neun vier zwei eins zwei sechs fünf sechs sechs vier drei acht"),
    ("national insurance number {v}", "T as in Tango, N as in November, nine, four, two, six, zero, two, C as in Charlie"),
    ("maak het over naar {v} dank je", "N L acht zeven A S N B vier nul negen acht zes een een vijf nul drie"),
    ("IBAN {v}", "N van Nico, L van Lodewijk, negen, een, T van Theodoor, R van Richard, I van Izaak, O van Otto, drie, een, vier, zeven, negen, zeven, zeven, vijf, twee, een"),
    ("call me on {v}", "oh seven nine three seven oh double five double six oh"),
    ("appelle-moi au {v}", "zéro sept, soixante-six, soixante-seize, zéro neuf, quatre-vingt-douze"),
    ("chiamami al {v}", "tre due zero due quattro sette nove otto nove zero"),
    ("card number is {v} expiry next year", "five three five four one four six nine two eight six two seven two eight two"),
    ("the password is {v} all lowercase", "Lima Papa Foxtrot seven seven Romeo Tango one"),
    ("password: {v}", "K as in Kilo, Q as in Quebec, F as in Foxtrot, six, four, H as in Hotel, O as in Oscar, four"),
    ("Kennwort: {v}", "U wie Ulrich, H wie Heinrich, O wie Otto, neun, vier, H wie Heinrich, X wie Xanthippe, sieben"),
    ("password: {v}", "K as in King, Q as in Queen, F as in Frank, six, four, H as in Harry, O as in Oliver, four"),
    ("Kennwort: {v}", "U wie Ursula, H wie Hans, O wie Oskar, neun, vier, H wie Hans, X wie Xaver, sieben"),
    ("il mio codice fiscale è {v}", "Livorno Firenze Domodossola Firenze Milano Palermo sette uno Domodossola sei otto Domodossola sei uno due Yacht"),
    # a voice-to-text transcript: all lower case, the country code's "+" said, letters as
    # single lower-case letters among the digit words
    ("hi you can reach me on {v} any time after five", "plus four four seven eight two four eight nine nine five zero one"),
    ("sie erreichen mich unter {v} ab fünf uhr", "plus vier neun eins sieben eins fünf fünf zwei zwei null vier acht"),
    ("hola me puedes llamar al {v} a partir de las cinco", "más tres cuatro seis uno dos tres cuatro cinco seis siete ocho"),
    ("salve mi trovate al {v} dopo le cinque", "più tre nove tre quattro sette tre zero zero nove cinque nove sette"),
    ("można do mnie dzwonić na {v} po piątej", "plus cztery osiem sześć zero jeden dwa trzy cztery pięć sześć siedem"),
    ("the iban is {v} thats my main account", "g b eight two w e s t one two three four five six nine eight seven six five four three two"),
    ("die iban lautet {v} das ist mein hauptkonto", "d e acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null"),
    ("het iban is {v} dat is mijn hoofdrekening", "n l negen een a b n a nul vier een zeven een zes vier drie nul nul"),
    ("l'iban è {v} è il mio conto principale", "i t sei zero x zero cinque quattro due otto uno uno uno zero uno zero zero zero zero zero zero uno due tre quattro cinque sei"),
    ("okay my ni number is {v} did you get that", "a b one two three four five six c"),
    ("vale mi nie es {v} lo tienes", "x uno dos tres cuatro cinco seis siete l"),
    ("vale mi dni es {v} y ya", "uno dos tres cuatro cinco seis siete ocho z"),
    ("allora il mio codice fiscale è {v} l'ha preso", "r s s m r a otto cinque t uno zero a cinque sei due s"),
]  # fmt: skip

# Values with a symbol between every character, and values broken over lines.
HIDDEN = [
    ("my cvv is {v} 🙈", "7🔒1🔒0"),
    ("der Bestätigungscode lautet {v}", "7*7*6*7*0*8"),
    ("card: {v}", "5🔒5🔒5🔒4🔒4🔒3🔒5🔒4🔒0🔒1🔒0🔒5🔒0🔒0🔒6🔒4"),
    ("ring me\n{v}", "077294\n78668"),
    ("NHS no\n{v}", "961\n778\n5358"),
    ("pesel\n{v}", "911020\n58873"),
]

# Numbers said that are no value: counting, times, prices, scores, keypad, spelling.
CLEAN = [
    "ok kids, count with me: one two three four five six seven eight nine ten",
    "ten nine eight seven six five four three two one happy new year",
    "on compte ensemble : un deux trois quatre cinq six sept huit neuf dix",
    "zehn neun acht sieben sechs fünf vier drei zwei eins frohes neues Jahr",
    "meeting moved to half past two, or quarter to four",
    "it was twenty nine ninety nine plus four ninety five delivery",
    "two eggs, three hundred grams of flour, one cup of milk",
    "what a match, four two in the end, they were two nil down at half time",
    "press one for billing, then two, then the hash key, then zero",
    "take the number seventy three bus, room two oh six on the second floor",
    "les numéros du loto hier : sept, douze, dix-neuf, vingt-huit, trente-trois, quarante et un",
    "ça coûtait vingt-neuf quatre-vingt-dix-neuf plus quatre cinquante de livraison",
    "A wie Anton, L wie Ludwig, D wie Dora, I wie Ida, der Supermarkt halt",
    "it's I as in India, K as in Kilo, E as in Echo, A as in Alpha, the shop",
    "it is I as in Italy, K as in King, E as in Easy, A as in Apple, the shop",
    "this f***ing app logged me out again, s**t",
    "a*b*c is a product of three",
    "livraison prévue le 14/07/2026, un jour férié",
    "see page 12, one of the tables",
    "Lieferung am 3.5.2026 eins von zwei Paketen",
    # lower-case letters and "plus" said beside numbers that are no value
    "plus two more boxes and a three pack, so five in all",
    "hola es por mi pedido el número es cuatro cinco y seis siete ocho no ha llegado",
    "le numéro c'est plus de deux trois fois par jour",
    "ho preso due o tre e poi l'ho finito",
    "mam dwa z trzech i cztery w koszyku",
    "sizes\nS\nM\nL",
    "ingredients\n2 eggs\n300 g flour",
]


@pytest.mark.parametrize(("template", "value"), READ_OUT + HIDDEN)
def test_a_value_read_out_or_hidden_is_one_span_over_it(template: str, value: str) -> None:
    text = template.format(v=value)
    assert value in found.values(text)


@pytest.mark.parametrize("text", CLEAN)
def test_numbers_said_without_a_value_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "decoded"),
    [
        ("pin nine five nine eight ok", ["9598"]),
        ("call oh seven double five", ["0755"]),
        ("four six dash seven two dash three one", ["46-72-31"]),
        ("K as in Kilo, six, B wie Berta", ["K6B"]),
        ("Dora Emil eins sieben", ["DE17"]),
        # a letter said by any word that starts with it, not only an alphabet's
        ("A as in Anna, B as in Boston, one two", ["AB12"]),
        ("B wie Berta, R wie Rudi, eins zwei", ["BR12"]),
        ("C comme Cerise, D comme Dupont, un deux", ["CD12"]),
        ("A as in Anna", []),  # one letter: no run
        ("a word as in Anna, one two", []),
        ("zéro six, douze, trente-quatre, quatre-vingts", ["06123480"]),
        ("the one I mean", []),
        ("one or two", []),
        ("le 14/07/2026, un jour", []),
        ("pin: 4 two 91", []),
        ("plus four four seven seven", ["+4477"]),
        ("g b eight two w e s t", ["GB82WEST"]),
        # an elided article is no letter said ("l'ha"), a lone "plus" inside a run ends it
        ("zero n l'ha preso", []),
        ("one two n l'ha preso", ["12N"]),
        ("i t nove tre n'otto uno", ["IT93N81"]),
        ("nine plus four four", []),
        ("plus g b eight two", ["GB82"]),  # a "+" only before a digit word
    ],
)
def test_spoken_values_decode_as_dictated(text: str, decoded: list[str]) -> None:
    assert [value.decoded for value in spoken_values(text)] == decoded


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a one-letter word of the sentence between a value and a digit word ("y un", "e
        # tre", "o seis"): the value before it is read as it was before letters joined runs
        ("llámame al seis uno dos tres cuatro cinco seis siete ocho y un saludo", "612345678"),
        ("dzwoń na pięć zero jeden dwa trzy cztery pięć sześć siedem i sześć zero", "501234567"),
    ],
)
def test_a_value_before_a_one_letter_word_and_a_digit_word_is_still_read(
    text: str, value: str
) -> None:
    assert value in [v.decoded for v in spoken_values(text, trimmed=True)]


@pytest.mark.parametrize(
    ("text", "decoded"),
    [
        # a lower-case letter at an edge may be a word of the sentence ("y", "e", "è",
        # "o", "z", "w"): the run is also read without it
        ("g b eight two w e s t", ["GB82WEST", "B82WEST", "GB82WES", "B82WES"]),
        ("es z cinco nueve cuatro h y ya", ["Z594HY", "594HY", "Z594H", "594H", "594"]),
        ("four two nine one", ["4291"]),
    ],
)
def test_runs_with_lower_case_letters_at_their_edges_are_also_read_without_them(
    text: str, decoded: list[str]
) -> None:
    assert [value.decoded for value in spoken_values(text, trimmed=True)] == decoded


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("cvv 7🔒1🔒0 ok", ["7🔒1🔒0"]),
        ("7*7*6*7*0*8", ["7*7*6*7*0*8"]),
        ("📞0🔒6🔒1🔒2", ["0🔒6🔒1🔒2"]),  # an emoji glued before the run is not in it
        ("(7🔒1🔒0)", ["7🔒1🔒0"]),
        # look-alikes: no run
        ("7🔒1🔒0🔒", []),  # a mark after the last character
        ("7🔒1🔒0🔒🔒", []),
        ("a*b*c*", []),
        ("f***ing", []),
        ("x7🔒1🔒0", []),  # glued to a word
        ("ab🔒1🔒2🔒3", []),
    ],
)
def test_masked_runs_are_whole_runs(text: str, runs: list[str]) -> None:
    assert [m.group() for m in encoded._MASKED.finditer(text)] == runs


@pytest.mark.parametrize("mark", ["🔒", "→", "*"])
def test_masked_run_regex_is_linear_on_a_run_that_never_ends(mark: str) -> None:
    # a run of single characters and marks, with one mark too many at its end: no start
    # inside it may scan on to that end again (20,000 characters took 5.6 s)
    text = f"1{mark}" * 9_999 + mark
    started = time.perf_counter()
    assert list(encoded._MASKED.finditer(text)) == []
    assert time.perf_counter() - started < 0.5


def _may_say_values_before(text: str) -> bool:
    """`spoken.may_say_values` before its ASCII fast path (verbatim but for its name)."""
    words = spoken._TOKEN.findall(text.lower())
    if sum(map(spoken._SAID_WORDS.__contains__, words)) >= spoken.MIN_SAID:
        return True
    return not spoken._LINK_PARTS.isdisjoint(words) and spoken._LETTER_LINK.search(text) is not None


def test_may_say_values_as_before_on_ascii_and_other_texts() -> None:
    """The bytes path for ASCII texts cuts the words `_TOKEN` cuts: same answer on the
    timing corpus, the read-out values and their glued, re-cased and punctuated forms."""
    texts = list(iter_texts(2000))
    for template, value in READ_OUT:
        text = template.replace("{v}", value)
        texts += [text, text.upper(), text.replace(" ", "_"), text.replace(" ", ", "),
                  text.replace(" ", "-"), text.replace(" ", "\t"), text + " é"]  # fmt: skip
    texts += ["A as in Anna", "a_s in Anna", "A as in", "two_three", "two3 four", "TWO\x00FOUR"]
    said = 0
    for text in texts:
        assert spoken.may_say_values(text) is _may_say_values_before(text), text
        said += spoken.may_say_values(text)
    assert said >= 100
