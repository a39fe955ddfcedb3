"""`checked_url`: a server URL from a setting, read once, refused as a `ConfigError`.

The Redis URL and the proxy's upstream URL are checked at start with this one helper:
what `urlsplit` cannot read (a stray `[` in a password), a port that is no number or
out of 1..65535, or no host is refused there, never a traceback at the first connection.
The error never echoes the URL (it may carry a password), nor chains urllib's error,
which quotes part of it.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import SplitResult, urlsplit

from piiguard.exceptions import ConfigError


def checked_url(url: str, fail: Callable[[str], ConfigError]) -> SplitResult:
    """`urlsplit(url)` once the URL names a host and, if any, a port from 1 to 65535;
    otherwise `fail(why)` is raised (`why` names no part of the URL).

    >>> checked_url("redis://:pw@127.0.0.1:6379/0", ConfigError).port
    6379
    >>> checked_url("redis://:pa[ss@h/0", ConfigError)
    Traceback (most recent call last):
    ...
    piiguard.exceptions.ConfigError: the URL cannot be read (a '[' or ']' outside an IPv6 host?)
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname  # a bracketed host that is no IP address: ValueError
    except ValueError:
        # urllib's message quotes part of the netloc (the password, say): raised without it.
        raise fail("the URL cannot be read (a '[' or ']' outside an IPv6 host?)") from None
    try:
        port = parts.port  # ValueError when it is no number or out of range
    except ValueError:
        port = 0
    if port == 0:
        raise fail("the port must be a number from 1 to 65535")
    if not host:
        raise fail("the URL names no host")
    return parts
