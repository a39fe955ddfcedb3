"""piiguard: a PII guard for chat services that learn from their conversations.

    from piiguard import Detector, GuardConfig, PiiGuardMiddleware

    app = PiiGuardMiddleware(app, config=GuardConfig(routes=("/chat",)))

The public API lives here; every other module is private by convention. Heavy
parts (Presidio, the proxy, the consent stores) are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from piiguard._types import Recognizer, Span
from piiguard.config import GuardConfig
from piiguard.detection.engine import Detector
from piiguard.exceptions import (
    ConfigError,
    ConsentStoreError,
    DetectionError,
    InputTooLongError,
    ModelLoadError,
    OverloadedError,
    PiiGuardError,
    ProcessingRestrictedError,
    ReplyBlockedError,
    SessionErasedError,
    VaultError,
)
from piiguard.masking import Masker, MaskingPolicy
from piiguard.metrics import metrics_app
from piiguard.middleware import PiiGuardMiddleware
from piiguard.pipeline import DetectionReport, Guard
from piiguard.restoring import restore
from piiguard.vault import MemoryVault, RedisVault, Vault

if TYPE_CHECKING:
    from piiguard.consent.api import consent_routes
    from piiguard.consent.build import build_gate
    from piiguard.consent.gate import ConsentGate, GateDecision, GateSettings
    from piiguard.consent.memory import MemoryConsentStore
    from piiguard.consent.records import ConsentChange, ConsentEvent, ConsentRecord
    from piiguard.consent.redis import RedisConsentStore
    from piiguard.consent.store import ConsentStore
    from piiguard.detection.ner import NerRecognizer
    from piiguard.detection.presidio import PiiGuardPresidioRecognizer, PresidioRecognizer
    from piiguard.detection.recognizers import Pattern, PatternRecognizer
    from piiguard.proxy import ProxyConfig, create_app
    from piiguard.reply_guard import ReplyGuard, ReplyPolicy
    from piiguard.training.jsonl import JsonlTrainingSink
    from piiguard.training.redis_stream import RedisStreamSink
    from piiguard.training.sink import TrainingRecord, TrainingSink

__version__ = "0.1.0"
"""The package version (pyproject reads it from here)."""

# name -> module, imported on first access (keeps `import piiguard` light).
_LAZY = {
    "ConsentChange": "piiguard.consent.records",
    "ConsentEvent": "piiguard.consent.records",
    "ConsentGate": "piiguard.consent.gate",
    "ConsentRecord": "piiguard.consent.records",
    "ConsentStore": "piiguard.consent.store",
    "GateDecision": "piiguard.consent.gate",
    "GateSettings": "piiguard.consent.gate",
    "JsonlTrainingSink": "piiguard.training.jsonl",
    "MemoryConsentStore": "piiguard.consent.memory",
    "NerRecognizer": "piiguard.detection.ner",
    "Pattern": "piiguard.detection.recognizers",
    "PatternRecognizer": "piiguard.detection.recognizers",
    "PiiGuardPresidioRecognizer": "piiguard.detection.presidio",
    "PresidioRecognizer": "piiguard.detection.presidio",
    "ProxyConfig": "piiguard.proxy",
    "RedisConsentStore": "piiguard.consent.redis",
    "RedisStreamSink": "piiguard.training.redis_stream",
    "ReplyGuard": "piiguard.reply_guard",
    "ReplyPolicy": "piiguard.reply_guard",
    "TrainingRecord": "piiguard.training.sink",
    "TrainingSink": "piiguard.training.sink",
    "build_gate": "piiguard.consent.build",
    "consent_routes": "piiguard.consent.api",
    "create_app": "piiguard.proxy",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'piiguard' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "ConfigError",
    "ConsentChange",
    "ConsentEvent",
    "ConsentGate",
    "ConsentRecord",
    "ConsentStore",
    "ConsentStoreError",
    "DetectionError",
    "DetectionReport",
    "Detector",
    "GateDecision",
    "GateSettings",
    "Guard",
    "GuardConfig",
    "InputTooLongError",
    "JsonlTrainingSink",
    "Masker",
    "MaskingPolicy",
    "MemoryConsentStore",
    "MemoryVault",
    "ModelLoadError",
    "NerRecognizer",
    "OverloadedError",
    "Pattern",
    "PatternRecognizer",
    "PiiGuardError",
    "PiiGuardMiddleware",
    "PiiGuardPresidioRecognizer",
    "PresidioRecognizer",
    "ProcessingRestrictedError",
    "ProxyConfig",
    "Recognizer",
    "RedisConsentStore",
    "RedisStreamSink",
    "RedisVault",
    "ReplyBlockedError",
    "ReplyGuard",
    "ReplyPolicy",
    "SessionErasedError",
    "Span",
    "TrainingRecord",
    "TrainingSink",
    "Vault",
    "VaultError",
    "build_gate",
    "consent_routes",
    "create_app",
    "metrics_app",
    "restore",
]
