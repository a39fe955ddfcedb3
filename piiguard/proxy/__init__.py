"""The sidecar proxy: an OpenAI-compatible gateway that masks PII before any chatbot.

    piiguard proxy --upstream http://127.0.0.1:8000

Built from the same `PiiGuardMiddleware` as an embedded guard; see `create_app`.
"""

from piiguard.proxy.app import create_app
from piiguard.proxy.config import ProxyConfig

__all__ = ["ProxyConfig", "create_app"]
