"""MAC addresses (label MAC_ADDRESS): colon, dash or Cisco dot notation."""

from __future__ import annotations

from piiguard.detection import checksums
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer

MAC_ADDRESS = "MAC_ADDRESS"

_MAC = r"(?<![\w:.-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w]|[:.-]\w)"
_MAC_DOT = r"(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w]|\.\w)"


class MacAddressRecognizer(PatternRecognizer):
    """Six hex pairs (or three dotted quads), except the all-zero and broadcast addresses.

    >>> [s.label for s in MacAddressRecognizer().analyze("mac 00:1A:2B:3C:4D:5E")]
    ['MAC_ADDRESS']
    """

    name = "mac_address"
    label = MAC_ADDRESS
    # Starts with a separator, rarer than a hex digit: the scan skips most positions fast.
    TRIGGER = r"[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\."
    PATTERNS = (Pattern("mac", _MAC, 0.9), Pattern("mac_dot", _MAC_DOT, 0.3))
    CONTEXT = ("mac", "mac address", "hardware address", "physical address", "ethernet",
               "mac-adresse", "adresse mac", "dirección mac", "indirizzo mac", "mac-adres",
               "adres mac")  # fmt: skip

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if not checksums.mac_address(value):
            return False
        if pattern.name == "mac_dot" and not any(c.isalpha() for c in value):
            return None  # 1234.5678.9012: a number with dots as often as an address
        return True
