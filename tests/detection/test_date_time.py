"""Every date and time (DATE_TIME), on request: forms, languages, look-alikes, and that a
detector that does not ask for dates never runs the recognizer."""

from __future__ import annotations

import pytest

from piiguard._types import DATE_TIME
from piiguard.detection.engine import Detector
from piiguard.detection.policy import PersonalDataPolicy
from piiguard.detection.recognizers import DateTimeRecognizer
from piiguard.exceptions import ConfigError

DATES = Detector([DateTimeRecognizer()], requested_labels={DATE_TIME})
REQUESTED = Detector.patterns(requested_labels={DATE_TIME})
DEFAULT = Detector.patterns()


def found(text: str, detector: Detector = DATES) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text) if s.label == DATE_TIME]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # Presidio's DateRecognizer forms
        ("Today is 5-20-2021", ["5-20-2021"]),
        ("Today is 5/20/2021", ["5/20/2021"]),
        ("Today is 2021-05-21", ["2021-05-21"]),
        ("Today is 21.5.2021", ["21.5.2021"]),
        ("Today is 21.5.21", ["21.5.21"]),
        ("Today is 5-MAY-2021", ["5-MAY-2021"]),
        ("Today is 05/21/21", ["05/21/21"]),
        ("Today is 21/5/21", ["21/5/21"]),
        ("Today is May-21 and 21-May", ["May-21", "21-May"]),
        ("Today is May-2021", ["May-2021"]),
        ("since 05/2021", ["05/2021"]),
        ("Today is 5/21", ["5/21"]),
        ("Today is,5/21,and it's sunny", ["5/21"]),
        ("at 2024-06-05T09:15:30.500-07:00 or not?", ["2024-06-05T09:15:30.500-07:00"]),
        ("stamp,2024-03-15T14:30:00.123456Z or not", ["2024-03-15T14:30:00.123456Z"]),
        ("2024-03-15T14:30Z", ["2024-03-15T14:30Z"]),
        ("logged 2024-03-15 14:30:05 by the server", ["2024-03-15 14:30:05"]),
        ("2021/5/21 and 2021.05.21", ["2021/5/21", "2021.05.21"]),
        # written months in the seven languages
        ("the meeting is on May 5, 2021", ["May 5, 2021"]),
        ("due March 3rd", ["March 3rd"]),
        ("arriving 2 June 2027 in the evening", ["2 June 2027"]),
        ("Termin am 21. Mai 2027", ["21. Mai 2027"]),
        ("Lieferung im März 2027", ["März 2027"]),
        ("rendez-vous le 1er mai 2027", ["1er mai 2027"]),
        ("le 14 févr. 2027", ["14 févr. 2027"]),
        ("la cita es el 3 de marzo de 2027", ["3 de marzo de 2027"]),
        ("arrivo il 21 aprile 2027", ["21 aprile 2027"]),
        ("we komen op 3 maart", ["3 maart"]),
        ("spotkanie 9 marca 2027", ["9 marca 2027"]),
        # clock times
        ("the call is at 14:30", ["14:30"]),
        ("see you at 9:15 am", ["9:15 am"]),
        ("meet at 3pm", ["3pm"]),
        ("open 9:00-17:30, lunch 12:00", ["17:30", "12:00"]),
        ("Treffen um 14 Uhr oder 14.30 Uhr", ["14 Uhr", "14.30 Uhr"]),
        ("rendez-vous à 14h30", ["14h30"]),
        ("rendez-vous à 14h", ["14h"]),
        ("het is om 9:45", ["9:45"]),
        ("um 9:30 am Bahnhof", ["9:30"]),  # German "am": at the station
        ("checked in 2021-05-21 at 23:59:59", ["2021-05-21", "23:59:59"]),
    ],
)
def test_finds_dates_and_times(text: str, values: list[str]) -> None:
    assert found(text) == values


@pytest.mark.parametrize(
    "text",
    [
        # versions, IP and MAC addresses
        "update to 2.3.1 tonight",
        "version 1.2.34 fixes it",
        "ping 192.168.1.10 or 10.0.0.1",
        "the MAC is 00:1A:2B:3C:4D:5E",
        # phone numbers
        "call +49 30 901820",
        "call 06.12.34.56.78",
        "ring 555-123-4567",
        # amounts
        "it costs 12.50 or 1,234.56 in total",
        "19,99 € per month",
        # scores and ratios
        "final score 3:2",
        "we won 21:19",
        "a ratio of 1:50 on a 16:9 screen",
        "print it at scale 1:50",
        "verse 3:16",
        # not a calendar date or clock time
        "on 31.02.2021",
        "on 13/13/2021",
        "at 25:61",
        "a 5-20-21 code",
        "24h support",
        # fractions and counts without a date word
        "I scored 5/21 points",
        # pieces of longer tokens and numbers
        "ORD-2021-05-21",
        "Today is5/21",
        "Today is2024-06-05T09:15:30.500-07:00",
        "order 12/2021",
        "faktura nr 12/2021",
        # "may" the verb, a number that is no day
        "you may 2x check that",
        "room 45 May",
    ],
)
def test_rejects_look_alikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "the meeting is on 12 March 2027 at 14:30",
        "Today is 5-20-2021",
        "2024-03-15T14:30Z",
        "rendez-vous le 1er mai 2027 à 14h",
    ],
)
def test_default_detector_reports_no_plain_dates(text: str) -> None:
    """Off by default: the default detectors report no DATE_TIME here (only birth dates,
    `test_date_of_birth.py`), and never run the recognizer."""
    assert found(text, DEFAULT) == []
    assert found(text, REQUESTED) != []


def test_not_requested_means_not_run() -> None:
    assert not any(isinstance(r, DateTimeRecognizer) for r in DEFAULT.recognizers)
    bare = Detector.patterns(policy=None)
    assert not any(isinstance(r, DateTimeRecognizer) for r in bare.recognizers)
    assert Detector([DateTimeRecognizer()]).recognizers == ()
    assert any(isinstance(r, DateTimeRecognizer) for r in REQUESTED.recognizers)


def test_requesting_widens_the_policy_and_keeps_the_rest() -> None:
    detector = DEFAULT.requesting({DATE_TIME})
    assert detector.policy is not None and detector.policy.mask_all_dates
    assert DEFAULT.policy is not None and not DEFAULT.policy.mask_all_dates
    text = "mail anna@example.org on 21.05.2027"
    assert [s.label for s in detector.detect(text)] == ["EMAIL_ADDRESS", DATE_TIME]
    assert [s.label for s in DEFAULT.detect(text)] == ["EMAIL_ADDRESS"]


def test_mask_all_dates_requests_dates() -> None:
    """`mask_all_dates` (the setting) already asks for every date: the recognizer runs."""
    detector = Detector.patterns(policy=PersonalDataPolicy(mask_all_dates=True))
    assert detector.requests(DATE_TIME)
    assert found("see you on 21.05.2027", detector) == ["21.05.2027"]


def test_birth_dates_stay_the_birth_date_recognizer_s() -> None:
    text = "I was born on 12 March 1985"
    assert [s.source for s in DEFAULT.detect(text)] == ["date_of_birth"]
    assert [s.source for s in REQUESTED.detect(text)] == ["date_of_birth"]


@pytest.mark.parametrize(
    "options",
    [
        {"requested_labels": {DATE_TIME}, "disabled_labels": {DATE_TIME}},
        {"requested_labels": {DATE_TIME}, "enabled_labels": {"EMAIL_ADDRESS"}},
    ],
)
def test_a_requested_label_must_be_reported(options: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match="DATE_TIME"):
        Detector.patterns(**options)


@pytest.mark.parametrize(("mask_all_dates", "dates"), [(False, []), (True, ["21.05.2027"])])
def test_the_mask_all_dates_setting_asks_for_dates(mask_all_dates: bool, dates: list[str]) -> None:
    """The proxy's and the middleware's detector (`build_detector`): dates only with the
    `mask_all_dates` setting (PIIGUARD_MASK_ALL_DATES)."""
    from piiguard.config import GuardConfig
    from piiguard.pipeline import build_detector

    config = GuardConfig(detector="patterns", mask_all_dates=mask_all_dates)
    assert found("see you on 21.05.2027", build_detector(config)) == dates
