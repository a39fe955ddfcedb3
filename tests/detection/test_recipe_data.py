"""The training recipe's templates: the chat group renders, and it never reaches eval."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("faker", reason="the training recipe needs the `train` extra")

from models.recipe import data
from models.recipe.templates_chat import CHAT_TEMPLATES

_SLOT = re.compile(r"\{([a-z_]+)\}")


def _chat(templates: list[data.Template]) -> list[data.Template]:
    return [t for t in templates if t.tid.startswith("chat-")]


def test_every_chat_template_renders_a_value_for_each_slot() -> None:
    templates = _chat(data.all_templates())
    assert len(templates) == len(CHAT_TEMPLATES) >= 300
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
    texts = [text for _, _, text in CHAT_TEMPLATES]
    assert len(set(texts)) == len(texts)
    assert {lang for lang, _, _ in CHAT_TEMPLATES} == {"en", "de", "fr", "es", "it", "nl", "pl"}


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


def test_some_chat_templates_land_in_dev() -> None:
    split = data.split_templates(data.all_templates(), seed=13)
    n_dev, n_train = len(_chat(split["dev"])), len(_chat(split["train"]))
    assert n_dev + n_train == len(CHAT_TEMPLATES)
    assert 0.08 < n_dev / len(CHAT_TEMPLATES) < 0.16
