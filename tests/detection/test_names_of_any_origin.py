"""Names the model and the European name lists miss, told by a cue or by their shape
(`Lexicon.cued_names`, `Lexicon.shaped_names`), and logins without a digit after their word
(`credential`, USERNAME): positives and look-alikes in en de fr es it nl pl."""

from __future__ import annotations

import pytest

from piiguard._types import LOCATION, PERSON, Span
from piiguard.detection.engine import Detector
from piiguard.detection.lexicon import Lexicon
from piiguard.detection.policy import PersonalDataPolicy

LEXICON = Lexicon.load()
PATTERNS = Detector.patterns()
POLICY = PersonalDataPolicy()


def kept(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """What the policy masks of `text` given the model's (value, label) spans."""
    spans = []
    for value, label in found:
        start = text.index(value)
        spans.append(Span(start, start + len(value), label, 0.9, "ner"))
    return [(s.label, text[s.start : s.end]) for s in POLICY.apply(text, spans)]


def names(text: str) -> list[str]:
    """What the lexicon's cue and shape rules take for names in `text`."""
    found = [*LEXICON.cued_names(text), *LEXICON.shaped_names(text)]
    return sorted({text[start:end] for start, end in found})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after an introduction, whatever the name's origin
        ("ik heet Oluwaseun Adeyemi en ik heb een vraag", "Oluwaseun Adeyemi"),
        ("ich heiße Nguyen Thi Mai", "Nguyen Thi Mai"),
        ("my name is Le Van Hung", "Le Van Hung"),
        ("je m'appelle Nguyen Van Long, j'ai une question", "Nguyen Van Long"),
        ("me llamo Zhang Wei y vivo en Madrid", "Zhang Wei"),
        ("mi chiamo Mehmet Yılmaz", "Mehmet Yılmaz"),
        ("nazywam się Chidi Okonkwo", "Chidi Okonkwo"),
        # after a relation word: names of any origin
        ("mój kolega Vo Duc Thang nie może się zalogować", "Vo Duc Thang"),
        ("Mein Kollege Tran Van Duc kommt morgen", "Tran Van Duc"),
        # a line of its own that is a name: a signature, the whole answer
        ("Hallo, wo ist mein Paket?\nViele Grüße\nNguyen Thi Mai", "Nguyen Thi Mai"),
        (
            "Hoi\ngraag mijn buurman bellen voor de bezorging\nKees van Leeuwen\n"
            "+31 70 692 0693\nhij neemt het pakket aan",
            "Kees van Leeuwen",
        ),
        ("Bonjour, merci\nCordialement,\nAbdelkader Benali", "Abdelkader Benali"),
        ("Pozdrawiam\nPriya Sharma", "Priya Sharma"),
        ("Nguyen Thi Mai", "Nguyen Thi Mai"),
        ("Grazie mille\nRajesh Kumar", "Rajesh Kumar"),
        # a first name, surname particles and a name
        ("el paquete es para María de la Cruz, mi suegra", "María de la Cruz"),
        ("soy José da Silva Santos y tengo una duda", "José da Silva Santos"),
    ],
)
def test_a_name_of_any_origin_is_found(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your help!\nBest Regards",
        "Hello,\nKind Regards\nThe Support Team",
        "Can I pay in store?\nThank You",
        "je cherche un cadeau\nMerci Beaucoup",
        "Order status?\nNew York",
        "Shopping list:\nMilk\nGreen Tea",
        "Vamos a Santiago de Compostela en mayo",
        "We visited San Juan de la Cruz last year",
        "Der Zug nach Frankfurt am Main fällt aus",
        "Wie komme ich zur Rue de la Paix?",
        "Welcome to Hotel de la Paix",
        "my name is not important",
        "My name is on the account, right?",
        "ik heet u welkom",
        "mi chiamo fuori da questa storia",
        "Il treno per Reggio di Calabria è in ritardo",
        "Dzień dobry\nProszę o pomoc\nDziękuję Bardzo",
        "Da sabato niente 4G a Firenze zona Campo di Marte. C'è un guasto?",
        "¿Cuándo nació José de San Martín?",
    ],
)
def test_look_alikes_are_no_names(text: str) -> None:
    assert LEXICON.shaped_names(text) == []
    assert all(text[s:e] != text for s, e in LEXICON.cued_names(text))
    assert names(text) == [] or text.startswith("my name")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("username: gerritsen_a", "gerritsen_a"),
        ("Mijn gebruikersnaam voor internetbankieren is gerritsen_a. Blokkeer alles.",
         "gerritsen_a"),
        ("mein Benutzername ist mkowalska", "mkowalska"),
        ("identifiant : j.dupont", "j.dupont"),
        ("The login is mrs.fenwick", "mrs.fenwick"),
        ("nombre de usuario: mgarcia", "mgarcia"),
        ("nome utente: mrossi", "mrossi"),
        ("nazwa użytkownika: jkowalski", "jkowalski"),
        ("my login is john.smith", "john.smith"),
    ],
)  # fmt: skip
def test_a_login_without_a_digit_is_a_username(text: str, value: str) -> None:
    found = [(s.label, text[s.start : s.end]) for s in PATTERNS.detect(text)]
    assert ("USERNAME", value) in found


@pytest.mark.parametrize(
    "text",
    [
        "username is wrong",
        "the login is broken",
        "username: admin",
        "login: failed",
        "usuario: desconocido",
        "identifiant : oublié",
        "Benutzername ist vergeben",
        "le nom d'utilisateur est incorrect",
        "il nome utente è sbagliato",
        "gebruikersnaam is onbekend",
        "nazwa użytkownika jest zajęta",
        "my username is the same as my email",
        "user = request.user",
        "username: self.name",
        "login: config.login_url",
        "user: first_name",
        "the user is logged in",
    ],
)
def test_login_look_alikes_without_a_digit_stay_clean(text: str) -> None:
    assert [s for s in PATTERNS.detect(text) if s.label == "USERNAME"] == []


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # the model's pieces of the name become one
        ("ich heiße Nguyen Thi Mai", [("Nguyen", PERSON), ("Mai", PERSON)],
         [(PERSON, "Nguyen Thi Mai")]),
        ("Hallo, wo ist mein Paket?\nViele Grüße\nNguyen Thi Mai",
         [("Nguyen", PERSON), ("Mai", PERSON)], [(PERSON, "Nguyen Thi Mai")]),
        # a name with particles the model took for a place
        ("el paquete es para María de la Cruz, mi suegra", [("María de la Cruz", LOCATION)],
         [(PERSON, "María de la Cruz")]),
        ("María de la Cruz", [("María de la", PERSON)], [(PERSON, "María de la Cruz")]),
        # the second of two people named together
        ("de tickets zijn voor Le Thi Mai en Le Van Hung", [("Le Thi Mai", PERSON)],
         [(PERSON, "Le Thi Mai"), (PERSON, "Le Van Hung")]),
        # a signature line the model missed
        ("Hoi\ngraag mijn buurman bellen voor de bezorging\nKees van Leeuwen\nhij neemt het aan",
         [], [(PERSON, "Kees van Leeuwen")]),
    ],
)  # fmt: skip
def test_the_policy_masks_the_whole_name(
    text: str, found: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert kept(text, found) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a public figure: judged as the model's names are, though the shape found it
        ("Is het shirt van Virgil van Dijk nog in maat M te krijgen?", []),
        ("Ich höre gern Ludwig van Beethoven im Konzert von Berlin", []),
        ("I watched Tom and Jerry with my son", []),
        ("Ich war mit Anna und New York ist toll", [("Anna", PERSON)]),
        ("We love Simon and Garfunkel", []),
    ],
)
def test_look_alikes_of_shaped_names_stay_as_they_were(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert kept(text, found) == [(PERSON, v) for v, label in found if label == PERSON]


@pytest.mark.parametrize(
    "text",
    [
        "my dog's name is Rocky and he is ill",  # "name is" alone: a pet's name too
        "our cat's name is Fluffo",
    ],
)
def test_name_is_alone_is_no_introduction(text: str) -> None:
    assert names(text) == []
