"""The numbers zero to fifteen in words, in the seven chat languages: one table for the
digits said one by one (`piiguard.detection.spoken`) and the ages stated in words
(`piiguard.consent.stated_age` reads its five to fifteen).

Each language lists its numbers in order; "|" joins the ways one number is typed: with the
language's own letters and without them, as on a keyboard that lacks them ("fünf",
"fuenf", "funf"; "pięć", "piec"), and a second word for it ("zwei", "zwo"; "zero", "oh").

>>> number_words("de", 5)
('fünf', 'fuenf', 'funf')
"""

from __future__ import annotations

NUMBER_WORDS: dict[str, str] = {
    "en": "zero|oh one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen",
    "de": "null eins zwei|zwo drei vier fünf|fuenf|funf sechs sieben acht neun zehn elf "
    "zwölf|zwoelf|zwolf dreizehn vierzehn fünfzehn|fuenfzehn|funfzehn",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince",
    "it": "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
    "quattordici quindici",
    "nl": "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
    "vijftien",
    "pl": "zero jeden|jedna dwa trzy cztery pięć|piec sześć|szesc siedem osiem "
    "dziewięć|dziewiec dziesięć|dziesiec jedenaście|jedenascie dwanaście|dwanascie "
    "trzynaście|trzynascie czternaście|czternascie piętnaście|pietnascie",
}
"""Zero to fifteen by language, in order; "|" joins the ways of typing one number."""


def number_words(language: str, number: int) -> tuple[str, ...]:
    """The ways of typing `number` (0-15) in words in `language` (lower case)."""
    return tuple(NUMBER_WORDS[language].split()[number].split("|"))
