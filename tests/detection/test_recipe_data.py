"""The training recipe's templates: the chat groups render, and they never reach eval."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("faker", reason="the training recipe needs the `train` extra")
pytest.importorskip("time_machine", reason="the training recipe needs the `train` extra")

from models.recipe import data
from models.recipe.templates_chat import CHAT_TEMPLATES
from models.recipe.templates_chat_more import MORE_CHAT_TEMPLATES

_SLOT = re.compile(r"\{([a-z_]+)\}")
# (tid prefix, source list, least size)
GROUPS = [("chat-", CHAT_TEMPLATES, 300), ("chatx-", MORE_CHAT_TEMPLATES, 250)]


def _chat(templates: list[data.Template], prefix: str = "chat-") -> list[data.Template]:
    return [t for t in templates if t.tid.startswith(prefix)]


@pytest.mark.parametrize(("prefix", "source", "least"), GROUPS)
def test_every_chat_template_renders_a_value_for_each_slot(
    prefix: str, source: list[tuple[str, str, str]], least: int
) -> None:
    templates = _chat(data.all_templates(more_chat=True), prefix)
    assert len(templates) == len(source) >= least
    maker = data.ValueMaker(seed=5)
    for t in templates:
        for slot in _SLOT.findall(t.text):
            assert maker.value(slot, "en_US").strip(), (t.tid, slot)
        for lowercase in (False, True):
            ex = data.render(t, maker, lowercase=lowercase)
            assert not _SLOT.search(ex.text), t.tid
            labelled = [s for s in _SLOT.findall(t.text) if data.SLOT_LABEL.get(s)]
            # Adjacent location (or name) slots merge into one span, never vanish.
            assert bool(ex.spans) == bool(labelled), t.tid
            for start, end, label in ex.spans:
                assert 0 <= start < end <= len(ex.text), t.tid
                assert ex.text[start:end].strip() == ex.text[start:end], t.tid
                assert label in data.ENTITY_LABELS


def test_chat_templates_are_unique_and_use_known_languages() -> None:
    texts = [text for _, _, text in CHAT_TEMPLATES + MORE_CHAT_TEMPLATES]
    assert len(set(texts)) == len(texts)
    for source in (CHAT_TEMPLATES, MORE_CHAT_TEMPLATES):
        assert {lang for lang, _, _ in source} == {"en", "de", "fr", "es", "it", "nl", "pl"}


def test_chat_group_leaves_the_eval_split_unchanged() -> None:
    templates = data.all_templates()
    without_chat = [t for t in templates if not t.tid.startswith("chat-")]
    with_split = data.split_templates(templates, seed=13)
    without_split = data.split_templates(without_chat, seed=13)
    assert [t.tid for t in with_split["eval"]] == [t.tid for t in without_split["eval"]]
    assert not _chat(with_split["eval"])
    # The other groups' train and dev sets are unchanged too.
    for name in ("train", "dev"):
        assert [t.tid for t in with_split[name] if not t.tid.startswith("chat-")] == [
            t.tid for t in without_split[name]
        ]


def test_more_chat_templates_are_training_data_only_and_opt_in() -> None:
    assert not _chat(data.all_templates(), "chatx-")
    templates = data.all_templates(more_chat=True)
    with_split = data.split_templates(templates, seed=13)
    without_split = data.split_templates(data.all_templates(), seed=13)
    assert len(_chat(with_split["train"], "chatx-")) == len(MORE_CHAT_TEMPLATES)
    for name in ("dev", "eval"):
        assert [t.tid for t in with_split[name]] == [t.tid for t in without_split[name]]


def test_some_chat_templates_land_in_dev() -> None:
    split = data.split_templates(data.all_templates(), seed=13)
    n_dev, n_train = len(_chat(split["dev"])), len(_chat(split["train"]))
    assert n_dev + n_train == len(CHAT_TEMPLATES)
    assert 0.08 < n_dev / len(CHAT_TEMPLATES) < 0.16


def _entities(ex: data.Example) -> list[tuple[str, str]]:
    return [(ex.text[a:b], label) for a, b, label in ex.spans]


def _split() -> dict[str, list[data.Template]]:
    return data.split_templates(data.all_templates())


def test_training_augmentation_keeps_every_entity_and_its_label() -> None:
    train = _split()["train"]
    plain = list(data.generate(train, 300, seed=3))
    noisy = list(data.generate(train, 300, seed=3, scramble_prob=1.0, extra_typo_prob=1.0))
    changed = 0
    for before, after in zip(plain, noisy, strict=True):
        for start, end, label in after.spans:
            piece = after.text[start:end]
            assert piece and piece.strip() == piece and label in data.ENTITY_LABELS
        # Scrambling may join two spans it made adjacent, never change their text.
        joined_before = " ".join(t for t, _ in _entities(before))
        for text, _ in _entities(after):
            for word in text.split():
                assert word in joined_before, (word, before.text)
        changed += before.text != after.text
    assert changed > 250


def test_augmentation_leaves_the_other_messages_as_they_were() -> None:
    # The augmentations use their own random stream: with them off, and for the
    # messages they do not pick, the data is what it was without them.
    dev = _split()["dev"]
    plain = list(data.generate(dev, 200, seed=4))
    off = list(data.generate(dev, 200, seed=4, scramble_prob=0.0, extra_typo_prob=0.0))
    some = list(data.generate(dev, 200, seed=4, scramble_prob=0.3))
    assert plain == off
    same = sum(a == b for a, b in zip(plain, some, strict=True))
    assert 100 < same < 200


@pytest.mark.parametrize(("share", "low", "high"), [(0.0, 0, 0), (0.5, 70, 130), (1.0, 200, 200)])
def test_lowercase_share_sets_how_many_messages_are_lowercase(
    share: float, low: int, high: int
) -> None:
    examples = list(data.generate(_split()["train"], 200, seed=5, lowercase_prob=share))
    lowercase = sum(e.lowercase for e in examples)
    assert low <= lowercase <= high
    assert all(e.text == e.text.lower() for e in examples if e.lowercase)


@pytest.mark.parametrize(
    ("text", "pieces", "merged"),
    [
        ("mieszkam na ul. Długa 4 w Radom", [(12, 23), (26, 31)], [(12, 31)]),
        ("I live at 12 Main St in Leeds", [(10, 20), (24, 29)], [(10, 29)]),
        ("Hauptstr. 5, 10115 Berlin", [(0, 11), (13, 25)], [(0, 25)]),
        ("from Berlin to Paris", [(5, 11), (15, 20)], [(5, 11), (15, 20)]),
        ("de Madrid a Sevilla", [(3, 9), (12, 19)], [(3, 9), (12, 19)]),
    ],
)
def test_street_then_town_is_one_address(
    text: str, pieces: list[tuple[int, int]], merged: list[tuple[int, int]]
) -> None:
    spans = [(a, b, "LOCATION") for a, b in pieces]
    assert data._merge_locations(text, spans) == [(a, b, "LOCATION") for a, b in merged]


def test_common_words_leave_out_every_known_name_and_town() -> None:
    pytest.importorskip("wordfreq", reason="common words come from wordfreq (train extra)")
    words = data.common_words(per_language=2000)
    assert set(words) == set(data.COMMON_WORD_LANGS)
    banned = data._gazetteer_words()
    assert {"anna", "paris", "berlin", "thomas", "kowalski"} <= banned
    for lang, listed in words.items():
        assert len(listed) > 1000, lang
        assert not banned & set(listed), lang
    assert {"morgen", "mieszkam", "buongiorno"} & {w for ws in words.values() for w in ws}


def test_generated_values_do_not_depend_on_the_calendar() -> None:
    import datetime as dt

    import time_machine

    templates = [t for t in _split()["eval"] if "{dob}" in t.text or "{date}" in t.text]
    assert templates
    runs = []
    for day in (dt.datetime(2026, 1, 2, 3, 4), dt.datetime(2031, 7, 8, 21, 30)):
        with time_machine.travel(day, tick=False):
            runs.append([e.to_json() for e in data.generate(templates, 60, seed=3)])
    assert runs[0] == runs[1]
