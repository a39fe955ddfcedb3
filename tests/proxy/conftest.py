"""Fixtures for the proxy tests: a recording upstream and proxies on real uvicorn servers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import pytest
from servers import serve

from piiguard import Detector, Span
from piiguard.config import GuardConfig
from piiguard.detection.registry import pattern_recognizers
from piiguard.pipeline import Guard
from piiguard.proxy import ProxyConfig, create_app
from piiguard.proxy.app import guard_config_for

from .upstream import RecordingUpstream

NAMES = ("Anna Kowalski", "Jan Nowak")


class KnownNames:
    """Finds a fixed list of names, so name tests do not depend on a model."""

    name = "test-names"
    labels = frozenset({"PERSON"})
    priority = 1

    def analyze(self, text: str) -> list[Span]:
        return [
            Span(m.start(), m.end(), "PERSON", 0.9, self.name)
            for name in NAMES
            for m in re.finditer(re.escape(name), text)
        ]


def make_detector() -> Detector:
    """The pattern recognizers (shared by every detector of the process) plus a fixed
    name list."""
    return Detector([*pattern_recognizers(), KnownNames()])


ProxyFactory = Callable[..., AbstractContextManager[str]]
TOKEN_AUDIENCE = "https://piiguard.test/proxy"
"""The `subject_token_audience` of `make_proxy`'s proxies that take subject tokens."""


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[RecordingUpstream, str]]:
    fake = RecordingUpstream()
    with serve(fake.app) as url:
        yield fake, url


@pytest.fixture
def make_proxy(upstream: tuple[RecordingUpstream, str]) -> ProxyFactory:
    """`with make_proxy(**proxy_settings) as url:` a proxy in front of the recording upstream."""

    @contextmanager
    def factory(guard_settings: dict[str, Any] | None = None, **settings: Any) -> Iterator[str]:
        settings.setdefault("upstream_url", upstream[1])
        if settings.get("subject_token_secret"):
            settings.setdefault("subject_token_audience", TOKEN_AUDIENCE)
        guard_config = GuardConfig(detector="patterns", **(guard_settings or {}))
        config = ProxyConfig(guard=guard_config, **settings)
        guard = Guard(guard_config_for(config), detector=make_detector())
        with serve(create_app(config, guard=guard)) as url:
            yield url

    return factory
