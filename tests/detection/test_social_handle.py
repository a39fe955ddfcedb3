"""A handle the writer says is theirs (`SocialHandleRecognizer`), in the seven languages;
look-alikes: businesses' handles, handles of no one said, e-mail addresses."""

from __future__ import annotations

import pytest

from piiguard.detection.recognizers.handle import SocialHandleRecognizer

RECOGNIZER = SocialHandleRecognizer()


def handles(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.analyze(text)]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("You can DM me on Instagram, I'm @priya.bakes", "@priya.bakes"),
        ("my insta is @sam_draws", "@sam_draws"),
        ("Auf TikTok bin ich @lenaa.schmidtt, da kam die Nachricht her.", "@lenaa.schmidtt"),
        ("mein Account: @jonas.k", "@jonas.k"),
        ("Sur Insta je suis @camille.voyage, c'est là", "@camille.voyage"),
        ("mon pseudo c'est @lucas_mrt", "@lucas_mrt"),
        ("En Instagram soy @rocio_viajera, de ahí me llegó el enlace.", "@rocio_viajera"),
        ("mi cuenta es @pablito_rg", "@pablito_rg"),
        ("Su Instagram sono @chiara_in_viaggio, il link è arrivato lì.", "@chiara_in_viaggio"),
        ("il mio profilo è @ale_ferri", "@ale_ferri"),
        ("Op Instagram ben ik @lisa_fietst, daar kwam de link binnen.", "@lisa_fietst"),
        ("mijn profiel: @bramvdl", "@bramvdl"),
        ("Na Instagramie jestem @ola.w.podrozy, tam przyszedł link.", "@ola.w.podrozy"),
        ("mój nick to @kuba_zet", "@kuba_zet"),
    ],
)
def test_a_handle_the_writer_says_is_theirs(text: str, handle: str) -> None:
    assert handles(text) == [handle]


@pytest.mark.parametrize(
    "text",
    [
        "Op X zeggen ze dat ik @bolcom moet contacteren.",
        "I wrote to @Zalando_help yesterday",
        "follow @nasa for the launch",
        "my email is anna@example.org",
        "ich bin @ home",  # "@" and a space: no handle
        "python -m pip install x @ git+https://example.org",
        "I'm at the office @ 9",
    ],
)
def test_handles_of_no_one_said(text: str) -> None:
    assert handles(text) == []
