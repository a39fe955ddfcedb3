"""piiguard: a PII guard for chat services that learn from their conversations.

The public API lives here; every other module is private by convention.
"""

from piiguard._types import Recognizer, Span
from piiguard.detection.engine import Detector
from piiguard.exceptions import (
    ConfigError,
    ConsentStoreError,
    DetectionError,
    InputTooLongError,
    ModelLoadError,
    OverloadedError,
    PiiGuardError,
    ReplyBlockedError,
    VaultError,
)
from piiguard.masking import Masker, MaskingPolicy
from piiguard.vault import MemoryVault, RedisVault, Vault, restore

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "ConsentStoreError",
    "DetectionError",
    "Detector",
    "InputTooLongError",
    "Masker",
    "MaskingPolicy",
    "MemoryVault",
    "ModelLoadError",
    "OverloadedError",
    "PiiGuardError",
    "Recognizer",
    "RedisVault",
    "ReplyBlockedError",
    "Span",
    "Vault",
    "VaultError",
    "restore",
]
