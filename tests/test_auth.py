"""piiguard.auth: client keys, signed subject tokens, Host/Origin rules and keeping URL
credentials out of log lines."""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import logging
import time
from pathlib import Path

import jwt
import pytest

from piiguard.auth import (
    AuthenticationError,
    ClientKeys,
    CredentialLogFilter,
    SubjectToken,
    claimed_subject,
    host_allowed,
    install_credential_log_filter,
    is_loopback,
    mint_legacy_subject_token,
    mint_subject_token,
    origin_allowed,
    read_subject_token,
    redact_url_credentials,
    split_url_credentials,
    verify_subject_token,
)
from piiguard.exceptions import ConfigError

KEY_A = "key-a-0123456789abcdef"
KEY_B = "key-b-0123456789abcdef"
KEY_C = "key-c-0123456789abcdef"
SECRET = "token-secret-0123456789abcdef-0123"


def test_keys_bound_asserting_and_plain() -> None:
    digest = hashlib.sha256(KEY_C.encode()).hexdigest()
    keys = ClientKeys.parse([f"{KEY_A}=alice", f"{KEY_B}=*", f"sha256:{digest}"], source="t")
    a, b, c = keys.match(KEY_A), keys.match(KEY_B), keys.match(KEY_C)
    assert a is not None and (a.subject, a.may_assert_subject) == ("alice", False)
    assert b is not None and (b.subject, b.may_assert_subject) == (None, True)
    assert c is not None and (c.subject, c.may_assert_subject) == (None, False)
    for wrong in ("", KEY_A[:-1], KEY_A + "x", KEY_A.upper(), digest):
        assert keys.match(wrong) is None
    assert len(keys) == 3 and KEY_A not in repr(keys) and KEY_A not in repr(a)
    assert a.name.startswith("key-") and KEY_A not in a.name


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([f"{KEY_A} with space"], "without spaces"),
        (["key,with,commas-0123456789"], "without spaces"),
        (["ключ-0123456789abcdef"], "without spaces"),
        ([f"{KEY_A}=alice", f"{KEY_A}=bob"], "twice"),
        ([f"{KEY_A}="], "needs a subject"),
        ([f"{KEY_A}={'x' * 300}"], "1 to 256 characters"),
    ],
)
def test_bad_key_entries_fail_at_start_without_echoing_the_key(
    entries: list[str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as raised:
        ClientKeys.parse(entries, source="client_keys")
    assert "client key #" in str(raised.value)
    for entry in entries:
        assert entry.split("=")[0] not in str(raised.value)


def test_short_keys_are_accepted_and_counted() -> None:
    keys = ClientKeys.parse(["k1=alice", "sk_test:abc", KEY_A], source="t")
    assert keys.short == 2 and keys.match("k1") is not None and keys.match("k") is None


def test_keys_file_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text(f"# front end\n{KEY_A}=alice  # Alice's app\n\n{KEY_B}=*\n")
    keys = ClientKeys.load([KEY_C], path=str(path))
    assert len(keys) == 3
    assert keys.match(KEY_A) is not None and keys.match(KEY_A).subject == "alice"  # type: ignore[union-attr]
    with pytest.raises(ConfigError, match="twice"):
        ClientKeys.load([KEY_A], path=str(path))
    with pytest.raises(ConfigError, match="cannot read"):
        ClientKeys.load(path=str(tmp_path / "missing"))


def test_every_key_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    keys = ClientKeys.parse([KEY_A, KEY_B, KEY_C], source="t")
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert keys.match(KEY_A) is not None  # the first key matches, the others are still compared
    assert len(calls) == 3 and all(len(a) == len(b) == 32 for a, b in calls)


def test_token_round_trip_and_expiry() -> None:
    token = mint_legacy_subject_token(SECRET, "jan.kowalski@example.pl", ttl_seconds=60, now=1_000)
    subject = verify_subject_token(SECRET, token, now=1_059, accept_legacy=True)
    assert subject == "jan.kowalski@example.pl"
    assert "jan.kowalski" not in token  # encoded, not in the clear for casual log readers
    with pytest.raises(AuthenticationError, match="expired"):
        verify_subject_token(SECRET, token, now=1_060, accept_legacy=True)


def _forge(token: str, part: int, value: str) -> str:
    parts = token.split(".")
    parts[part] = value
    return ".".join(parts)


GOOD = mint_legacy_subject_token(SECRET, "alice", ttl_seconds=3600, now=1_000)
MALLORY = mint_legacy_subject_token(SECRET, "mallory", ttl_seconds=3600, now=1_000)


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (_forge(GOOD, 0, MALLORY.split(".")[0]), "signature"),  # another subject, same signature
        (_forge(GOOD, 1, "9999999999"), "signature"),  # a later expiry
        (_forge(GOOD, 2, MALLORY.split(".")[2]), "signature"),
        (mint_legacy_subject_token("another-secret-0123456789abcdef-01", "alice", ttl_seconds=60,
                            now=1_000), "signature"),
        (GOOD + ".x", "malformed"),
        ("alice", "malformed"),
        ("", "malformed"),
        (_forge(GOOD, 1, "soon"), "malformed"),
        (_forge(GOOD, 2, "!!!"), "malformed"),
        (_forge(GOOD, 2, ""), "signature"),
    ],
)
def test_forged_or_malformed_tokens_are_refused(token: str, message: str) -> None:
    with pytest.raises(AuthenticationError, match=message):
        verify_subject_token(SECRET, token, now=1_001, accept_legacy=True)


@pytest.mark.parametrize("subject", ["alice\x1fs1", "alice\n2026 INFO forged", "a\x00", "a\x85"])
def test_subjects_with_control_characters_are_refused(subject: str) -> None:
    """`subject_session` joins subject and session with U+001F: a subject holding one could
    name another subject's session; a newline could forge a log line."""
    with pytest.raises(ValueError, match="control"):
        mint_legacy_subject_token(SECRET, subject, ttl_seconds=60)
    # A front end that signs such a subject anyway gets the token refused.
    subject_part = base64.urlsafe_b64encode(subject.encode()).rstrip(b"=").decode()
    expiry = "99999999999"
    signature = hmac.new(
        SECRET.encode(),
        b"piiguard-subject-token:v1:" + f"{subject_part}.{expiry}".encode(),
        hashlib.sha256,
    ).digest()
    token = f"{subject_part}.{expiry}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"
    with pytest.raises(AuthenticationError, match="malformed"):
        verify_subject_token(SECRET, token, now=1_001, accept_legacy=True)
    unicode = mint_legacy_subject_token(SECRET, "ałice é", ttl_seconds=60)
    assert verify_subject_token(SECRET, unicode, accept_legacy=True)


def test_token_secret_must_be_long() -> None:
    with pytest.raises(ConfigError, match="at least 32"):
        mint_legacy_subject_token("short", "alice", ttl_seconds=60)


@pytest.mark.parametrize(
    ("host", "allowed", "ok"),
    [
        ("localhost:8080", ("localhost",), True),
        ("LOCALHOST", ("localhost",), True),
        ("127.0.0.1:8080", ("127.0.0.1",), True),
        ("[::1]:8080", ("[::1]",), True),
        ("evil.test", ("localhost", "127.0.0.1"), False),
        ("localhost.evil.test:8080", ("localhost",), False),
        ("127.0.0.1.nip.io", ("127.0.0.1",), False),
        ("", ("localhost",), False),
        (None, ("localhost",), False),
        ("anything.example", ("*",), True),
    ],
)
def test_host_allowed(host: str | None, allowed: tuple[str, ...], ok: bool) -> None:
    assert host_allowed(host, allowed) is ok


@pytest.mark.parametrize(
    ("origin", "fetch_site", "allowed", "ok"),
    [
        (None, None, (), True),  # curl, SDKs, servers
        (None, "none", (), True),  # typed into the address bar
        (None, "same-origin", (), True),
        (None, "cross-site", (), False),  # a page elsewhere, no Origin (a GET)
        ("https://evil.test", None, (), False),
        ("null", None, (), False),  # sandboxed frames, file://
        ("https://app.example", "cross-site", ("https://app.example",), True),
        ("https://app.example/", None, ("https://app.example",), True),
        ("https://app.example:8443", None, ("https://app.example",), False),
        ("https://evil.test", "cross-site", ("*",), True),
    ],
)
def test_origin_allowed(
    origin: str | None, fetch_site: str | None, allowed: tuple[str, ...], ok: bool
) -> None:
    assert origin_allowed(origin, fetch_site, allowed) is ok


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.0.0.2", True), ("::1", True), ("[::1]", True),
     ("localhost", True), ("0.0.0.0", False), ("::", False), ("10.0.0.5", False),
     ("proxy.internal", False)],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HTTP Request: POST http://u:p@h:1/v1 ok", "HTTP Request: POST http://h:1/v1 ok"),
        ("https://user@h/x", "https://h/x"),
        ("a https://u:p%40x@h b http://h2/ c", "a https://h b http://h2/ c"),
        ("mail anna@example.org", "mail anna@example.org"),  # not a URL
    ],
)
def test_redact_url_credentials(text: str, expected: str) -> None:
    assert redact_url_credentials(text) == expected


def test_split_url_credentials() -> None:
    assert split_url_credentials("http://h:1/v1") == ("http://h:1/v1", None)
    assert split_url_credentials("http://u%3Ax:p%40ss@h:1/v1") == ("http://h:1/v1", ("u:x", "p@ss"))


def test_log_filter_rewrites_the_message(caplog: pytest.LogCaptureFixture) -> None:
    install_credential_log_filter(["piiguard-test-logger"])
    install_credential_log_filter(["piiguard-test-logger"])  # idempotent
    target = logging.getLogger("piiguard-test-logger")
    assert sum(isinstance(f, CredentialLogFilter) for f in target.filters) == 1
    with caplog.at_level(logging.DEBUG, logger="piiguard-test-logger"):
        target.info("HTTP Request: %s %s", "GET", "https://bot:hunter2secret@example.com/v1")
    assert caplog.records[-1].getMessage() == "HTTP Request: GET https://example.com/v1"
    assert "hunter2secret" not in caplog.text


# -- v2 tokens (HS256 JWTs with an audience) ------------------------------------------------

AUDIENCE = "https://chat.example/piiguard"


def test_a_jwt_names_its_audience_and_lives_until_its_expiry_plus_the_skew() -> None:
    token = mint_subject_token(
        SECRET, "zoe\u0308", audience=AUDIENCE, ttl_seconds=60, issuer="id", now=1_000
    )
    assert token.count(".") == 2 and token.startswith("eyJ")
    check = {"audience": AUDIENCE, "leeway_seconds": 30}
    assert verify_subject_token(SECRET, token, now=1_089, **check) == "zo\u00eb"
    assert verify_subject_token(SECRET, token, now=1_000, issuer="id", **check) == "zo\u00eb"
    with pytest.raises(AuthenticationError, match="expired"):
        verify_subject_token(SECRET, token, now=1_090, **check)
    with pytest.raises(AuthenticationError, match="issuer"):
        verify_subject_token(SECRET, token, now=1_000, issuer="other", **check)
    with pytest.raises(AuthenticationError, match="audience"):
        verify_subject_token(SECRET, token, now=1_000, audience="other")
    with pytest.raises(AuthenticationError, match="audience"):
        verify_subject_token(SECRET, token, now=1_000)  # no audience configured: none fits
    with pytest.raises(AuthenticationError, match="future"):
        verify_subject_token(SECRET, token, now=900, **check)


def test_v1_tokens_are_refused_unless_legacy_is_accepted() -> None:
    legacy = mint_legacy_subject_token(SECRET, "alice", ttl_seconds=60, now=1_000)
    with pytest.raises(AuthenticationError, match="no audience"):
        verify_subject_token(SECRET, legacy, audience=AUDIENCE, now=1_001)
    assert verify_subject_token(SECRET, legacy, accept_legacy=True, now=1_001) == "alice"


@pytest.mark.parametrize("audience", ["", "  "])
def test_a_jwt_needs_an_audience_to_be_minted(audience: str) -> None:
    with pytest.raises(ValueError, match="audience"):
        mint_subject_token(SECRET, "alice", audience=audience, ttl_seconds=60)


# -- what PyJWT alone would take, and piiguard refuses ---------------------------------------

FAR = 4_000_000_000  # an expiry long after every `now` below


def _hs256(claims: str, header: str = '{"alg":"HS256","typ":"JWT"}') -> str:
    """A JWT signed with SECRET from the exact JSON texts given (repeated members included)."""
    def part(text: str) -> str:
        return base64.urlsafe_b64encode(text.encode()).rstrip(b"=").decode()

    signing_input = f"{part(header)}.{part(claims)}"
    mac = hmac.new(SECRET.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


def _json_claims(**extra: object) -> str:
    return json.dumps({"sub": "alice", "aud": AUDIENCE, "exp": FAR, **extra})


HS256 = '{"alg":"HS256","typ":"JWT"}'


SOON = 4_000  # an expiry within the default maximum lifetime of `iat` 900


def _claims(**extra: object) -> str:
    """A claim set every check passes at `now` 1_000, the default maximum lifetime
    included (`iat` 900, `exp` 4_000): what refuses a row is its defect alone."""
    return _json_claims(**{"iat": 900, "exp": SOON, **extra})


# name: (the token with the defect, the same token without it, the audience piiguard is
# configured with, what the refusal says). The token without the defect is accepted: the
# defect, and nothing else in the row, is what is refused.
PYJWT_WOULD_TAKE: dict[str, tuple[str, str, str, str]] = {
    "a padded signature": (_hs256(_claims()) + "=", _hs256(_claims()), AUDIENCE, "malformed"),
    "alg repeated, none then HS256": (
        _hs256(_claims(), '{"alg":"none","alg":"HS256","typ":"JWT"}'), _hs256(_claims(), HS256),
        AUDIENCE, "malformed",
    ),
    "sub repeated, bob then alice": (
        _hs256(_claims().replace('"sub": "alice"', '"sub": "bob", "sub": "alice"')),
        _hs256(_claims()), AUDIENCE, "malformed",
    ),
    "typ not JWT": (
        _hs256(_claims(), '{"alg":"HS256","typ":"secevent+jwt"}'), _hs256(_claims(), HS256),
        AUDIENCE, "must be an HS256 JWT",
    ),
    "expiry as text": (
        _hs256(_claims(exp=str(SOON))), _hs256(_claims()), AUDIENCE, "exp is not a time"
    ),
    "expiry past any float": (
        _hs256(_claims(exp=10**400)), _hs256(_claims()), AUDIENCE, "exp is not a time"
    ),
    "not-before as text": (
        _hs256(_claims(nbf="0")), _hs256(_claims(nbf=0)), AUDIENCE, "nbf is not a time"
    ),
    "not-before false": (
        _hs256(_claims(nbf=False)), _hs256(_claims(nbf=0)), AUDIENCE, "nbf is not a time"
    ),
    "issued-at as text": (
        _hs256(_claims(iat="900")), _hs256(_claims()), AUDIENCE,
        "iat is not a time",
    ),
    "a subject with a zero-width space": (
        _hs256(_claims(sub="ali\u200bce")), _hs256(_claims(sub="alice")), AUDIENCE, "malformed"
    ),
    "a subject with a line separator": (
        _hs256(_claims(sub="alice\u2028bob")), _hs256(_claims(sub="alice")), AUDIENCE,
        "malformed",
    ),
    "longer than 4 KiB": (
        _hs256(_claims(pad="x" * 4_000)), _hs256(_claims(pad="x" * 40)), AUDIENCE, "malformed"
    ),
    "no audience, none configured": (
        _hs256(json.dumps({"sub": "alice", "exp": SOON, "iat": 900})), _hs256(_claims()), "",
        "audience",
    ),
}


@pytest.mark.parametrize("name", list(PYJWT_WOULD_TAKE))
def test_what_pyjwt_alone_would_take_is_refused_for_its_own_defect(name: str) -> None:
    token, repaired, audience, says = PYJWT_WOULD_TAKE[name]
    verify = functools.partial(
        verify_subject_token, SECRET, max_lifetime_seconds=None, now=1_000
    )
    # The row's token with its one defect mended is taken (for the last row: with the
    # audience configured, which the token then names).
    assert verify(repaired, audience=audience or AUDIENCE) == "alice"
    with pytest.raises(AuthenticationError, match=says) as refused:
        verify(token, audience=audience)
    assert "alice" not in str(refused.value) and SECRET not in str(refused.value)
    # ...and it is refused with the default maximum lifetime as well.
    with pytest.raises(AuthenticationError, match=says):
        verify_subject_token(SECRET, token, audience=audience, now=1_000)


@pytest.mark.parametrize("name", list(PYJWT_WOULD_TAKE))
def test_pyjwt_alone_would_take_each_of_those(name: str) -> None:
    """Why each row above is there: PyJWT's own checks (our algorithm list, audience and
    required claims) accept it. A PyJWT release that refuses one makes the row redundant,
    not wrong: drop it here, keep it above."""
    token, _, audience, _ = PYJWT_WOULD_TAKE[name]
    claims = jwt.decode(
        token, SECRET, algorithms=["HS256"], audience=audience or None,
        options={"require": ["exp", "sub"]},
        # PyJWT reads the wall clock: this leeway puts it at `now` 1_000, as above.
        leeway=time.time() - 1_000,
    )
    assert claims["sub"] in ("alice", "ali\u200bce", "alice\u2028bob")


@pytest.mark.parametrize(
    "pad", ["1e400", "-1e400", "NaN", "Infinity", '"\\ud83d"'],
    ids=["past a double", "below a double", "NaN", "Infinity", "a lone surrogate escape"],
)
def test_a_claim_no_strict_json_reader_takes_is_refused(pad: str) -> None:
    """A member PyJWT's `json.loads` reads (as `inf`, `nan`, half a character) and no
    strict reader takes (`chat_format.strict_json`): the token is refused, the same
    token without it is not."""
    claims = _json_claims(iat=900)
    verify = functools.partial(
        verify_subject_token, SECRET, audience=AUDIENCE, max_lifetime_seconds=None, now=1_000
    )
    assert verify(_hs256(claims)) == "alice"
    with pytest.raises(AuthenticationError):
        verify(_hs256(claims.replace('"exp"', f'"pad": {pad}, "exp"')))


def test_a_token_minted_by_pyjwt_is_accepted_and_ours_reads_in_pyjwt() -> None:
    theirs = jwt.encode(
        {"sub": "alice", "aud": AUDIENCE, "exp": FAR, "kid": "k1"}, SECRET, algorithm="HS256",
        headers={"kid": "k1"},
    )
    # No `iat`, a far expiry: only with no maximum lifetime (the default refuses it).
    assert verify_subject_token(
        SECRET, theirs, audience=AUDIENCE, max_lifetime_seconds=None, now=1_000
    ) == "alice"
    with pytest.raises(AuthenticationError, match="iat"):
        verify_subject_token(SECRET, theirs, audience=AUDIENCE, now=1_000)
    ours = mint_subject_token(SECRET, "alice", audience=AUDIENCE, ttl_seconds=60, now=1_000)
    read = jwt.decode(ours, SECRET, algorithms=["HS256"], audience=AUDIENCE,
                      options={"verify_exp": False})
    token_id = read.pop("jti")
    assert read == {"sub": "alice", "aud": AUDIENCE, "iat": 1_000, "exp": 1_060}
    assert isinstance(token_id, str) and len(token_id) >= 20  # random: one change per token
    again = mint_subject_token(SECRET, "alice", audience=AUDIENCE, ttl_seconds=60, now=1_000)
    assert jwt.decode(again, options={"verify_signature": False})["jti"] != token_id


@pytest.mark.parametrize(
    ("jti", "accepted"),
    [
        ("0Awsx-CUUMC5AMr7", True),
        ("x" * 256, True),
        ("", False),
        ("x" * 257, False),
        (7, False),
        (["a"], False),
        (None, True),  # no id: a token for reads and chats only
    ],
)
def test_a_token_id_is_a_short_string(jti: object, accepted: bool) -> None:
    claims: dict[str, object] = {"sub": "alice", "aud": AUDIENCE, "exp": FAR}
    if jti is not None:
        claims["jti"] = jti
    token = _hs256(json.dumps(claims))
    if not accepted:
        with pytest.raises(AuthenticationError, match="malformed"):
            read_subject_token(
                SECRET, token, audience=AUDIENCE, max_lifetime_seconds=None, now=1_000
            )
        return
    read = read_subject_token(
        SECRET, token, audience=AUDIENCE, max_lifetime_seconds=None, now=1_000
    )
    assert (read.subject, read.expires_at, read.token_id) == ("alice", FAR, jti)


def test_a_use_key_names_no_one_and_depends_on_the_secret() -> None:
    token = SubjectToken("alice", FAR, "jti-0123456789")
    key = token.use_key(SECRET)
    assert len(key) == 64 and "alice" not in key and "jti" not in key
    assert key == SubjectToken("bob", 1.0, "jti-0123456789").use_key(SECRET)  # the id's alone
    assert key != token.use_key("another-secret-0123456789abcdef-01")
    with pytest.raises(ValueError):
        SubjectToken("alice", FAR).use_key(SECRET)


@pytest.mark.parametrize(
    ("claims", "limit", "reason"),
    [
        ({"iat": 1_000, "exp": 4_600}, 3600, None),  # an hour exactly
        ({"iat": 1_000, "exp": 4_601}, 3600, "over_lifetime"),
        ({"iat": 1_000, "exp": 1_600}, 600, None),
        ({"iat": 1_000, "exp": 1_601}, 600, "over_lifetime"),
        ({"iat": -(10**12), "exp": 2_000}, 3600, "over_lifetime"),  # "issued" long ago
        ({"exp": 2_000}, 3600, "no_issued_at"),
        ({"exp": 2_000}, None, None),  # no bound: iat optional
        ({"iat": 1_000, "exp": 10**12}, None, None),
    ],
)
def test_a_token_lives_at_most_the_maximum_lifetime(
    claims: dict[str, int], limit: int | None, reason: str | None
) -> None:
    token = _hs256(json.dumps({"sub": "alice", "aud": AUDIENCE, **claims}))
    if reason is None:
        assert read_subject_token(
            SECRET, token, audience=AUDIENCE, max_lifetime_seconds=limit, now=1_500
        ).subject == "alice"
        return
    with pytest.raises(AuthenticationError) as refused:
        read_subject_token(SECRET, token, audience=AUDIENCE, max_lifetime_seconds=limit, now=1_500)
    assert refused.value.reason == reason


def test_a_v1_token_may_have_at_most_the_maximum_lifetime_left() -> None:
    token = mint_legacy_subject_token(SECRET, "alice", ttl_seconds=7200, now=1_000)
    with pytest.raises(AuthenticationError, match="shorter-lived"):
        verify_subject_token(SECRET, token, accept_legacy=True, now=1_000)
    assert verify_subject_token(SECRET, token, accept_legacy=True, now=4_700) == "alice"


@pytest.mark.parametrize(
    ("token", "claimed"),
    [
        (mint_subject_token(SECRET, "bob", audience="a", ttl_seconds=9), "bob"),
        (mint_subject_token("another-secret-0123456789abcdef-01", "Zoe\u0308", audience="a",
                            ttl_seconds=9), "Zo\u00eb"),
        (mint_legacy_subject_token(SECRET, "carol", ttl_seconds=9), "carol"),
        (_hs256(json.dumps({"sub": {"id": "bob"}})), None),
        (_hs256(json.dumps({"sub": "bob\u200b"})), None),
        ("not.a.token", None),
        ("x" * 5000, None),
        ("a.b", None),
    ],
)
def test_the_subject_a_token_claims_is_read_only_for_naming(
    token: str, claimed: str | None
) -> None:
    assert claimed_subject(token) == claimed
