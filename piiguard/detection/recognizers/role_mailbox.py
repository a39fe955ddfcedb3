"""A function's mailbox: an address that reaches a desk or a machine, not a person.

RFC 2142 names the mailboxes every domain should have for its functions (`postmaster`,
`abuse`, `security`, `support`, `billing`, ...); firms add their own in their language
(`kundenservice@`, `facturation@`, `soporte@`, `assistenza@`, `klantenservice@`,
`pomoc@`, `iod@`) and automated senders write from `noreply@`. Such an address is no
one's personal data: a support chat pastes them from signatures, out-of-office replies,
forwarded notifications and help pages.

A machine's account names its task before "bot" (`release-bot@`, `ci.bot@`,
`deploy_bot@`; not after a first name: `anna.bot@`). Otherwise the local part must be made
only of such words, with a country's or language's code or a short number beside them
(`support-uk@`, `customer.service@`, `billing2@` is not: the digit is glued on):
"anna.support@", "support.anna@" and "jk.support@" (initials) are a person's, and so is a
desk's address at a domain of a first name and another word ("support@jan-kowalski.de": a
one-person business's, whose desk is its owner). `info`,
`contact`, `kontakt`, `hello` and `office` are left out: a one-person business writes
from them, and an address to reach someone is theirs.

>>> is_role_mailbox("noreply"), is_role_mailbox("customer.service"), is_role_mailbox("anna.support")
(True, True, False)
"""

from __future__ import annotations

import re

from piiguard.detection.lexicon import Lexicon, fold

ROLE_WORDS: frozenset[str] = frozenset((
    "noreply", "no-reply", "donotreply", "do-not-reply", "no_reply", "nepasrepondre",
    "ne-pas-repondre", "postmaster", "hostmaster", "webmaster", "abuse", "mailer-daemon",
    "notifications", "notification", "alerts", "support", "helpdesk", "servicedesk",
    "billing", "invoices", "invoice", "accounts-payable", "privacy", "gdpr", "dpo",
    "dataprotection", "security", "calendar", "service", "customerservice", "customercare",
    "customer", "care",
    "kundenservice", "kundendienst", "rechnung", "rechnungen", "datenschutz", "buchhaltung",
    "facturation", "sav", "serviceclient", "service-client", "assistance",
    "soporte", "facturacion", "facturas", "atencionalcliente",
    "assistenza", "fatturazione", "fatture",
    "klantenservice", "klantendienst", "facturen", "facturatie",
    "pomoc", "faktury", "iod", "bok", "rodo",
))  # fmt: skip
"""Words that name a function's mailbox (lower case); compound ones are listed whole."""

_MACHINE_WORDS = frozenset(("bot", "daemon"))
"""The last part of a machine account's local part ("release-bot@", "ci.bot@",
"backup.daemon@"); not a word people call themselves by ("race.runner@", "happy.robot@")."""

_PARTS = re.compile(r"[._+-]")
# A country's or a language's code, or a short number: not any two letters ("jk.support@"
# is someone's initials).
_CODE = re.compile(
    r"\d{1,2}|uk|us|eu|de|at|ch|fr|be|lu|es|it|nl|pl|ie|pt|se|dk|no|fi|cz|en|intl|emea"
)


def is_role_mailbox(local: str) -> bool:
    """Whether the local part of an address names a function, not a person: the whole
    of it a role word, or its parts role words and two-letter or short number codes,
    one role word at least."""
    folded = local.lower()
    if folded in ROLE_WORDS:
        return True
    parts = [p for p in _PARTS.split(folded) if p]
    if not parts or len(parts) > 4:
        return False
    if len(parts) >= 2 and parts[-1] in _MACHINE_WORDS:
        # a bot named by its task, in words ("release-bot", "ci.bot"), not after a person:
        # a first name or a surname ("anna.bot", "kowalski.bot") or a word that is none
        lexicon = Lexicon.load()
        return all(
            part in ROLE_WORDS or (part in lexicon.words and fold(part) not in lexicon.names)
            for part in parts[:-1]
        )
    role = False
    for part in parts:
        if part in ROLE_WORDS:
            role = True
        elif not _CODE.fullmatch(part):
            return False
    return role


_TOKEN_STOP = frozenset(" \t\n\r<>()[]{}\"',;")
_MAX_TOKEN = 320
"""How far around a span its address is looked for (an address is at most 254 long)."""


def inside_role_mailbox(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` lies inside a function's address ("rhone" in
    "support@energies-rhone.fr"): a model's piece of the domain, now that the address
    itself is not masked, is no name either."""
    left = start
    floor = max(0, start - _MAX_TOKEN)
    while left > floor and text[left - 1] not in _TOKEN_STOP:
        left -= 1
    right = end
    ceiling = min(len(text), end + _MAX_TOKEN)
    while right < ceiling and text[right] not in _TOKEN_STOP:
        right += 1
    token = text[left:right]
    at = token.find("@")
    if at <= 0:
        return False
    local = token[:at].rpartition(":")[2]  # "mailto:support@..."
    return is_desk_address(local, token[at + 1 :])


def is_desk_address(local: str, domain: str) -> bool:
    """Whether the address `local@domain` reaches a desk or a machine, no one: a function's
    mailbox (`is_role_mailbox`) at a domain that is not a person's (`personal_domain`)."""
    return is_role_mailbox(local) and not personal_domain(domain)


def personal_domain(domain: str) -> bool:
    """Whether the domain's first label joins a first name to another word ("jan-kowalski.de",
    "annanowak.pl" is not read): a one-person business's, whose desk address is its owner's."""
    words = [fold(w) for w in re.split(r"[-_]", domain.split(".", 1)[0]) if w]
    lexicon = Lexicon.load()
    return len(words) >= 2 and any(w in lexicon.first_names for w in words)
