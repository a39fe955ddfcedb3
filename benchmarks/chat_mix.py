"""The load test's chat messages (`locustfile.py`, `bench_proxy_cpu.py`): half with
personal data, each with the values that must come back in the reply."""

from __future__ import annotations

# (message, values that must come back in the reply)
WITH_PII: list[tuple[str, tuple[str, ...]]] = [
    (
        "hi, my email is anna.kowalski@example.org, please send the invoice there",
        ("anna.kowalski@example.org",),
    ),
    (
        "my card 4111 1111 1111 1111 was charged twice, call me on +44 20 7946 0958",
        ("4111 1111 1111 1111", "+44 20 7946 0958"),
    ),
    (
        "please refund order 123456 to IBAN DE89 3704 0044 0532 0130 00",
        ("DE89 3704 0044 0532 0130 00",),
    ),
    (
        "I'm Jan Nowak, reach me at jan.nowak@example.com or +48 601 234 567",
        ("jan.nowak@example.com",),
    ),
    ("hola, soy Maria Garcia, mi correo es maria.garcia@example.es", ("maria.garcia@example.es",)),
    (
        "the login from 203.0.113.42 wasn't me, my account is li.wei@example.cn",
        ("li.wei@example.cn",),
    ),
]
WITHOUT_PII: list[str] = [
    "what are your opening hours on weekends?",
    "can you move my booking to friday? thanks",
    "the app crashes when I open settings on version 2.3.1",
    "how do I reset my password?",
    "do you ship to Canada, and how long does it take?",
    "summarise the last three messages in one sentence please",
]
