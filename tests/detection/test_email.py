"""Email recognizer: positives and look-alike negatives."""

from __future__ import annotations

import random
import re

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import EmailRecognizer, SpelledEmailRecognizer, email
from tests.detection._found import Found

DETECTOR = Detector([EmailRecognizer()])


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me at anna.k@example.org", [("EMAIL_ADDRESS", "anna.k@example.org")]),
        ("anna+chat@mail.example.co.uk.", [("EMAIL_ADDRESS", "anna+chat@mail.example.co.uk")]),
        ("<jan.kowalski@wp.pl>", [("EMAIL_ADDRESS", "jan.kowalski@wp.pl")]),
        # Internationalised addresses (RFC 6531) and look-alike letters of another script
        ("schreib an müller@beispiel.de", [("EMAIL_ADDRESS", "müller@beispiel.de")]),
        ("józef.łukasz@poczta.pl", [("EMAIL_ADDRESS", "józef.łukasz@poczta.pl")]),
        ("escríbeme: josé@correo.es", [("EMAIL_ADDRESS", "josé@correo.es")]),
        (
            "write to \u0430nna.kowalski@example.org",
            [("EMAIL_ADDRESS", "\u0430nna.kowalski@example.org")],
        ),
        ("user@例え.jp", [("EMAIL_ADDRESS", "user@例え.jp")]),
        (
            "Schreib an m.mueller-lang@firma-beispiel.de!",
            [("EMAIL_ADDRESS", "m.mueller-lang@firma-beispiel.de")],
        ),
        ("a@b.io, c_d@e.fr", [("EMAIL_ADDRESS", "a@b.io"), ("EMAIL_ADDRESS", "c_d@e.fr")]),
        ("(JOHN.DOE@EXAMPLE.COM)", [("EMAIL_ADDRESS", "JOHN.DOE@EXAMPLE.COM")]),
        # A dot after a bracket or colon separates; it is no part of a local part.
        (
            "messages[0].someone.else@example.net",
            [("EMAIL_ADDRESS", "someone.else@example.net")],
        ),
        ("see:.anna@example.org", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("x..anna@example.org", [("EMAIL_ADDRESS", "anna@example.org")]),
        # In a link the address is what follows the last delimiter (and query key).
        (
            "https://x.net/path?to=someone.else@example.net",
            [("EMAIL_ADDRESS", "someone.else@example.net")],
        ),
        ("//host/path?to=anna@example.org", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("https://x.net/a?b=c&to=anna@example.org", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("https://x.net/#to=anna@example.org", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("https://x.net/u?e=.anna@example.org", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("https://anna@example.org/x", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("email=anna@example.org", [("EMAIL_ADDRESS", "anna@example.org")]),
        # Without a link, `/` and `&` are local-part characters (RFC 5322).
        ("mail anna/k@example.com", [("EMAIL_ADDRESS", "anna/k@example.com")]),
        ("tom&jerry@example.com", [("EMAIL_ADDRESS", "tom&jerry@example.com")]),
        # What no address holds, glued after it: the address is read up to it.
        ("write to _anna@example.org_ today", [("EMAIL_ADDRESS", "_anna@example.org")]),
        ("id anna@example.org_2024", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("anna@example.org-team", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("anna@example.org1", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("anna@example.org.x", [("EMAIL_ADDRESS", "anna@example.org")]),
        ("a@xn--d1acufc.xn--p1ai", [("EMAIL_ADDRESS", "a@xn--d1acufc.xn--p1ai")]),
        ("anna@example.community", [("EMAIL_ADDRESS", "anna@example.community")]),
        # A run too long for one address before it: the address is its last 64 characters.
        ("-" * 70 + "anna@example.org", [("EMAIL_ADDRESS", "-" * 60 + "anna@example.org")]),
        ("x" * 700 + "anna@example.org", [("EMAIL_ADDRESS", "x" * 60 + "anna@example.org")]),
        ("ok." * 9 + "anna@example.org", [("EMAIL_ADDRESS", "ok." * 9 + "anna@example.org")]),
        (
            "a" * 40 + "." + "b" * 40 + "@e.org",
            [("EMAIL_ADDRESS", "a" * 23 + "." + "b" * 40 + "@e.org")],
        ),
    ],
)
def test_finds_email(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "meet @ 5pm at the cafe",
        "follow @piiguard on social",
        "user@localhost is not routable",
        "price: 3@1.99",
        "version 2.0@3.4",
        "nobody@example.123",
        "https://x.net/?@example.org",
        "just text without any address",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []


SPELLED = Detector([SpelledEmailRecognizer()])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mail me: jkw83 at gmail dot com", "jkw83 at gmail dot com"),
        ("anna at gmail dot com please", "anna at gmail dot com"),
        ("write to anna [at] example [dot] org", "anna [at] example [dot] org"),
        ("Anna (at) example (dot) org", "Anna (at) example (dot) org"),
        ("john.doe at example.com", "john.doe at example.com"),
        ("my mail: j_k AT mail DOT example DOT de", "j_k AT mail DOT example DOT de"),
        ("jan.kowalski małpa onet kropka pl", "jan.kowalski małpa onet kropka pl"),
        ("mi correo es maria arroba gmail punto com", "maria arroba gmail punto com"),
        ("la mia mail è luca chiocciola libero punto it", "luca chiocciola libero punto it"),
        ("schreib an max punkt muster at web punkt de", "max punkt muster at web punkt de"),
        (
            "my email is m (dot) ellis (at) yahoo (dot) co (dot) uk",
            "m (dot) ellis (at) yahoo (dot) co (dot) uk",
        ),
        ("Mail: a [dot] dehmel [at] t-online [dot] de", "a [dot] dehmel [at] t-online [dot] de"),
        ("correo: ciriacovillar84 @ yahoo . es", "ciriacovillar84 @ yahoo . es"),
        (
            "it's d dot s t e p h e n s at gmail dot com ok",
            "d dot s t e p h e n s at gmail dot com",
        ),
        (
            "meine E-Mail ist k l a u s Punkt k r a u s h a a r Klammeraffe gmx Punkt de",
            "k l a u s Punkt k r a u s h a a r Klammeraffe gmx Punkt de",
        ),
        (
            "scrivimi a gelsomina trattino basso vianello chiocciola virgilio punto it",
            "gelsomina trattino basso vianello chiocciola virgilio punto it",
        ),
        (
            "mijn mail: e s t h e r underscore v a n d e n b r a n d apenstaartje gmail punt com",
            "e s t h e r underscore v a n d e n b r a n d apenstaartje gmail punt com",
        ),
        (
            "mail me op florian punt denijs apenstaartje ziggo punt nl",
            "florian punt denijs apenstaartje ziggo punt nl",
        ),
    ],
)
def test_finds_an_address_written_out(text: str, value: str) -> None:
    assert [(s.label, text[s.start : s.end]) for s in SPELLED.detect(text)] == [
        ("EMAIL_ADDRESS", value)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I bought it at amazon.de",
        "look at example.com for details",
        "the file is at docs.python.org",
        "we met at home, see you at 5. ok",
        "meet me at the station dot",
        "stay at hotel.com tonight",
        "at at at",
        "see you at 5 . ok",
        "2 @ 3 . 50 each",
        "I a m at home . it is late",
    ],
)
def test_prose_with_at_is_not_an_address(text: str) -> None:
    assert SPELLED.detect(text) == []


# The spelled local part as first written: letters one by one tried at every length.
_LOCAL_AS_WRITTEN = r"(?:\w(?: \w){1,63}(?![\w.+-])|[\w.+-]{1,64})"


def test_spelled_local_part_matches_as_first_written() -> None:
    as_written = re.compile(
        email._SPELLED_EMAIL.replace(email._LOCAL_WORD, _LOCAL_AS_WRITTEN), re.IGNORECASE
    )
    spelled = re.compile(email._SPELLED_EMAIL, re.IGNORECASE)
    assert spelled.pattern != as_written.pattern
    rng = random.Random(13)
    words = ["a", "n", "an", "anna", "a.b", "x-y", "gmx", "de", "com", "+", "é"]
    links = [" at ", " @ ", " [at] ", " dot ", " . ", " punkt ", " underscore ", ".", " ", "  ",
             "", "@"]  # fmt: skip
    for _ in range(20_000):
        text = "".join(
            rng.choice(words) + rng.choice(links) for _ in range(rng.randint(2, 12))
        ) + rng.choice(("com", "de", "", "x"))
        assert [m.span() for m in spelled.finditer(text)] == [
            m.span() for m in as_written.finditer(text)
        ], text


# A function's mailbox (RFC 2142's and the seven languages' own) is no one's address: the
# company's support, billing or privacy desk, an automated sender; a person's address
# with such a word in it, and the small firm's "info@"/"kontakt@" that may be one person,
# stay masked.
@pytest.mark.parametrize(
    "text",
    [
        "please contact our team at support@brightwell-energy.co.uk",
        "From: Stadtwerke Lindenau GmbH <noreply@stadtwerke-lindenau.de>",
        "Reply to no-reply@shop.example.net? it bounced",
        "do-not-reply@mailer.bank.com sent this",
        "For invoices write to billing@acme.co.uk, for data protection privacy@acme.co.uk",
        "Rechnungen an rechnung@stadtwerke.de, Datenschutz an datenschutz@stadtwerke.de",
        "Factures : facturation@energies-rhone.fr, données personnelles : dpo@energies-rhone.fr",
        "lo demás a soporte@aguasdelturia.es",
        "tutto il resto ad assistenza@acquedelbrenta.it",
        "de rest naar klantenservice@waterdelfland.nl",
        "ochrona danych na iod@wodociagi.pl, reszta na pomoc@wodociagi.pl",
        "From: Calendar <calendar@acme.com>",
        "mailer-daemon@googlemail.com returned my message",
        "write to customer.service@acme.de or support-uk@acme.com",
        # a machine's account: a bot named by its task ("release-bot", "ci.bot")
        "commit 4f1c2d3\nAuthor: release-bot <release-bot@acme.dev>",
        "the mails come from ci.bot@gitlab.acme.io and deploy_bot@acme.io",
        "backups report to backup.daemon@acme.io",
    ],
)
def test_a_functions_mailbox_is_no_ones_address(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my email address is info@presidio.site", "info@presidio.site"),
        ("write to kontakt@baeckerei-huber.de", "kontakt@baeckerei-huber.de"),
        ("anna.support@gmail.com is mine", "anna.support@gmail.com"),
        ("support.anna@acme.com", "support.anna@acme.com"),
        ("service.kowalski@firma.pl", "service.kowalski@firma.pl"),
        ("billing-jan.de.vries@acme.nl", "billing-jan.de.vries@acme.nl"),
        # initials beside the function word, or a desk at a domain of someone's name
        ("jk.support@acme.com", "jk.support@acme.com"),
        ("care.jd@acme.com", "care.jd@acme.com"),
        ("write to support@jan-kowalski.de", "support@jan-kowalski.de"),
        ("billing@anna-nowak.pl for invoices", "billing@anna-nowak.pl"),
        # a bot named after a person is that person's
        ("anna.bot@gmail.com", "anna.bot@gmail.com"),
        ("jan-kowalski-bot@acme.com", "jan-kowalski-bot@acme.com"),
        ("mails from kowalski.bot@gmail.com nightly", "kowalski.bot@gmail.com"),
        ("anna.runner@gmail.com", "anna.runner@gmail.com"),
        # words people call themselves by, not a machine's (found by probe_acl9)
        ("race.runner@example.org", "race.runner@example.org"),
        ("happy.robot@gmail.com", "happy.robot@gmail.com"),
        ("nowak-bot@wp.pl sent it", "nowak-bot@wp.pl"),
    ],
)
def test_a_persons_address_with_a_function_word_stays(text: str, value: str) -> None:
    assert found.values(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a local part that is a template where the user goes (a DSN's `${VAR}`)
        "REPLICA_URL=postgresql://app:${PGPASSWORD}@replica.internal:5432/orders",
        "mail: ${SMTP_USER}@acme.io",
        "send to {{user}}@example.net",
    ],
)
def test_a_template_before_the_at_is_no_address(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("contact: a.nowak@firma.pl, ${CC}", "a.nowak@firma.pl"),
        ("mail: dollar$bill@gmail.com", "dollar$bill@gmail.com"),
    ],
)
def test_an_address_beside_a_template_stays(text: str, value: str) -> None:
    assert found.values(text) == [value]
