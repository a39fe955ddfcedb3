"""IP address recognizer: IPv4 and IPv6 validated with `ipaddress`."""

from __future__ import annotations

import pytest

from piiguard.detection.engine import Detector
from piiguard.detection.recognizers import IpAddressRecognizer
from tests.detection._found import Found

DETECTOR = Detector([IpAddressRecognizer()])
IP = "IP_ADDRESS"


found = Found(DETECTOR)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my ip is 192.168.1.23", "192.168.1.23"),
        ("connect to 8.8.8.8.", "8.8.8.8"),
        ("(10.0.0.1)", "10.0.0.1"),
        ("curl http://10.0.0.7/health", "10.0.0.7"),
        ("block 10.0.0.0/8 at the firewall", "10.0.0.0/8"),
        ("host 2001:db8::ff00:42:8329 is up", "2001:db8::ff00:42:8329"),
        ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
        ("link-local fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a%eth0"),
        ("mapped ::ffff:192.0.2.128", "::ffff:192.0.2.128"),
        (
            "broke the build - server 94:3890:aadb:2d8e:f853:1bd2:efa5:686",
            "94:3890:aadb:2d8e:f853:1bd2:efa5:686",
        ),
        # the loopback written as an address, as 127.0.0.1 is (Presidio's cases)
        ("my ip: ::1", "::1"),
        ("connecting from ::1", "::1"),
        ("::1/128", "::1/128"),
        ("curl [::1]:8080/health", "::1"),
        ("loopback ::1 in /etc/hosts", "::1"),
        # a private quad with one more number typed after it: the quad
        ("192.168.1.1.1", "192.168.1.1"),
        ("der Router ist 192.168.178.1.1", "192.168.178.1"),
        ("172.16.0.1.5", "172.16.0.1"),
    ],
)
def test_finds_ip(text: str, value: str) -> None:
    assert found(text) == [(IP, value)]


@pytest.mark.parametrize(
    "text",
    [
        "999.1.1.1",
        "192.168.01.1",  # leading zero: ambiguous octal, rejected by ipaddress
        "1.2.3",
        "1.2.3.4.5",
        "upgrade to version 1.2.3.4",
        "the app crashes after updating to 7.2.14.3",
        "seit der Version 7.2.14.3 stürzt es ab",
        "prezzo 19,99 € dopo la versione 7.2.14.3",
        "po instalacji wersji 7.2.14.3",
        "v10.0.0.1 released",
        "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.0.0 Safari/537.36",
        "meet at 12:30:45",
        "mac 00:1A:2B:3C:4D:5E",
        "ratio 1:2:3",
        "price 1.299.000",
        "std::vector and a::b",
        # the loopback's characters as code: a subscript, a type signature, the
        # unspecified "::" (Presidio at 0.5 leaves it too)
        "reversed = lst[::1]",
        # a URL's bracketed host: the URL is read whole (as https://127.0.0.1:8443/ is)
        "https://[::1]:8443/users",
        "a[:, ::1]",
        "foo :: Int -> Int",
        "Unspecified ::",
        "::/0",
        # five-part runs that are no mistyped private address
        "10.20.30.40.50",
        "OID 1.3.6.1.4.1",
        "Kontonummer 12.34.56.78.90",
        "seit Version 172.16.4.2.1",
        "192.168.1.1.1.1",
    ],
)
def test_rejects_lookalikes(text: str) -> None:
    assert found(text) == []
