"""IPv4 and IPv6 addresses, validated with the standard library's `ipaddress`."""

from __future__ import annotations

import ipaddress
import re

from piiguard._types import IP_ADDRESS, Span
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer

_IPV4 = r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)"
# A quad with one more number typed after it: the address is the quad (group `v`) when
# it is a home or office network's ("192.168.1.1.1", a router's address mistyped,
# `_TYPED_ON_NETWORKS`). Other five-part runs are versions ("10.2.0.1.4"), OIDs
# ("1.3.6.1.4") or numbers in pairs ("12.34.56.78.90"); six parts or more never an address.
_IPV4_TYPED_ON = r"(?<![\w.])(?P<v>(?:\d{1,3}\.){3}\d{1,3})\.\d{1,3}(?![\w]|\.\d)"
_TYPED_ON_NETWORKS = tuple(ipaddress.IPv4Network(n) for n in ("192.168.0.0/16", "172.16.0.0/12"))
# Groups of 0-4 hex digits between colons; every repetition consumes a colon, so the
# regex cannot backtrack catastrophically. An embedded IPv4 tail is allowed.
_IPV6 = (
    r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}"
    r"(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?:%[0-9A-Za-z]{1,16})?(?![\w:]|\.\d)"
)


def _is_product_version(text: str, start: int) -> bool:
    """`Chrome/120.0.0.0`, `Safari/537.36.0.1`: a product token, a slash, then the quad
    (user agents, package pins). A URL's host follows `//`, never `word/`."""
    return start >= 2 and text[start - 1] == "/" and text[start - 2].isalpha()


def _is_subscript_or_url_host(text: str, start: int, end: int) -> bool:
    """`lst[::1]`, `a[:, ::1]`: the colons open a subscript after a name, or one of its
    dimensions after a comma; `https://[::1]:8443/`: the bracketed host of a URL (the
    URL is read whole, as `https://127.0.0.1:8443/` is, and a host rewritten inside its
    brackets breaks the URL a redirect's `Location` holds)."""
    before = text[:start].rstrip()
    if before.endswith("["):
        return len(before) >= 2 and (before[-2].isalnum() or before[-2] in "_)]/@")
    return before.endswith(",") and text.startswith("]", end)


class IpAddressRecognizer(PatternRecognizer):
    """IPv4 (dotted quad, no leading zeros) and IPv6 (all compressed forms).

    Version numbers (`v1.2.3.4`, "version 10.0.0.1", `Chrome/120.0.0.0`) and MAC-style or
    clock-style colon runs are rejected.
    """

    name = "ip_address"
    label = IP_ADDRESS
    TRIGGER = r"\.\d{1,3}\.|:[0-9A-Fa-f]{0,4}:"
    PATTERNS = (
        Pattern("ipv4", _IPV4, 0.85),
        Pattern("ipv4_typed_on", _IPV4_TYPED_ON, 0.85),
        Pattern("ipv6", _IPV6, 0.85),
    )
    CONTEXT = ("ip", "ip address", "ipv4", "ipv6", "address", "server", "host", "adresse")
    NEGATIVE_CONTEXT = (
        "version", "ver", "v", "release", "build", "firmware", "update", "updated", "updating",
        "upgrade", "upgraded", "sdk", "versión", "versione", "versie", "wersja", "wersji",
        "aktualisierung", "mise à jour", "actualización", "aggiornamento", "aktualizacji",
    )  # fmt: skip

    def check(self, text: str, start: int, end: int, pattern: Pattern) -> Span | None:
        value = text[start:end]
        if pattern.name == "ipv6":
            address, _, _ = value.partition("%")
            if address.count(":") < 2:
                return None
            try:
                parsed = ipaddress.IPv6Address(address)
            except ValueError:
                return None
            # Too few characters to be an address ("a::b" is code), but for the loopback
            # "::1" written as an address, as 127.0.0.1 is.
            if sum(c.isalnum() for c in address) < 4 and not (
                parsed.is_loopback and not _is_subscript_or_url_host(text, start, end)
            ):
                return None
            if "::" not in address and address.count(":") < 7 and "." not in address:
                return None
        else:
            try:
                quad = ipaddress.IPv4Address(value)
            except ValueError:
                return None
            if pattern.name == "ipv4_typed_on" and not any(
                quad in network for network in _TYPED_ON_NETWORKS
            ):
                return None
            if start > 0 and text[start - 1] in "vV":
                return None
            if _is_product_version(text, start):
                return None
            # Version numbers look like IPv4 addresses; they never look like IPv6 ones.
            if self.has_negative_context(text, start, end):
                return None
        end = _with_prefix_length(text, end, 128 if pattern.name == "ipv6" else 32)
        score = pattern.score
        if self.has_context(text, start, end):
            score = 1.0
        return Span(start, end, self.label, score, self.name)


_PREFIX_LENGTH = re.compile(r"/(\d{1,3})(?![\w]|\.\d)")


def _with_prefix_length(text: str, end: int, most: int) -> int:
    """`end` moved past a CIDR prefix length ("10.0.0.0/8"), if one follows the address."""
    match = _PREFIX_LENGTH.match(text, end)
    if match is None or int(match[1]) > most:
        return end
    return match.end()
