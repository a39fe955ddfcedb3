"""The sidecar proxy: an OpenAI-compatible gateway that masks PII before any chatbot.

    piiguard proxy --upstream http://127.0.0.1:8000

Built from the same `PiiGuardMiddleware` as an embedded guard; see `create_app`.
Names are imported on first use, so `piiguard.proxy.cli` stays cheap to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from piiguard.proxy.app import create_app
    from piiguard.proxy.config import ProxyConfig

__all__ = ["ProxyConfig", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from piiguard.proxy.app import create_app

        return create_app
    if name == "ProxyConfig":
        from piiguard.proxy.config import ProxyConfig

        return ProxyConfig
    raise AttributeError(f"module 'piiguard.proxy' has no attribute {name!r}")
