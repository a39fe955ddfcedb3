"""Crypto wallet addresses (label CRYPTO): Bitcoin (Base58Check, bech32/bech32m) and Ethereum."""

from __future__ import annotations

from piiguard._types import CRYPTO
from piiguard.detection.checksums import btc_base58, btc_bech32
from piiguard.detection.recognizers._pattern import Pattern, PatternRecognizer

_BTC_BASE58 = r"(?<![\w])[13][a-km-zA-HJ-NP-Z1-9]{25,34}(?![\w])"
_BTC_BECH32 = r"(?<![\w])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}(?![\w])"
_ETH = r"(?<![\w])0x[0-9a-fA-F]{40}(?![\w])"


class CryptoRecognizer(PatternRecognizer):
    """Wallet addresses. Bitcoin checksums are verified; Ethereum addresses are 0x + 40 hex.

    >>> [s.label for s in CryptoRecognizer().analyze("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")]
    ['CRYPTO']
    """

    name = "crypto"
    label = CRYPTO
    TRIGGER = r"[13][a-km-zA-HJ-NP-Z1-9]{25}|bc1|BC1|0x"
    PATTERNS = (
        Pattern("btc_base58", _BTC_BASE58, 1.0),
        Pattern("btc_bech32", _BTC_BECH32, 1.0),
        # Without Keccak in the standard library the EIP-55 case checksum is not verified.
        Pattern("eth", _ETH, 0.9),
    )
    CONTEXT = ("wallet", "btc", "bitcoin", "eth", "ethereum", "address", "crypto", "send")

    def validate(self, value: str, pattern: Pattern) -> bool | None:
        if pattern.name == "btc_base58":
            return btc_base58(value)
        if pattern.name == "btc_bech32":
            return btc_bech32(value)
        return None if len(set(value[2:].lower())) > 3 else False
