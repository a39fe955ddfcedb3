"""The consent and rights HTTP API: Starlette routes, mountable in any Starlette or
FastAPI app and in the proxy.

For the front end, on behalf of an authenticated caller only: `subject_from_request`
names the subject the request is authenticated as (the host app's user, a proxy client
key or a signed subject token; by default `scope["user"]` of Starlette's
`AuthenticationMiddleware`). Nobody vouches for the caller: 401. Another subject: 403.

- `POST /consent`: record `given` or `withdrawn` for the caller's own subject and a
  purpose (`subject` in the body may be left out; if given it must be the caller's);
  a `session_id` links the caller's own session of that id (as its chats name it,
  scoped by the subject), never another caller's session of the same id;
- `GET /consent`: the caller's own consent (the id stays out of URLs and access logs);
  `GET /consent/{subject}`: the same, for the caller's own subject only.

The caller's own rights, on the same identity (the operator's operations below, run
for the caller's subject; `me` is never a subject the client names):

- `GET /consent/me`: access (state and event history);
- `GET /consent/me/export`: everything held, as JSON, in the admin export's format
  (records, history, the sessions' original values, training records);
- `POST /consent/me/erase` with `{"confirm": "erase"}`: erasure, with its proof;
- `POST` / `DELETE /consent/me/restriction`: restrict / resume processing (a restriction
  the operator set is lifted only by the operator: 409 `restricted_by_operator`). No body
  is needed; a JSON body may hold only `subject`, and it must be the caller's (403).

They reach only the sessions scoped by the caller's subject and name no others.

For operators, behind `admin_key` (`Authorization: Bearer <key>` or
`X-API-Key: <key>`, compared in constant time; 401 without it; every admin
route answers 404 when no key is configured):

- `GET /admin/consent/{subject}`: access (state and event history);
- `GET /admin/consent/{subject}/export`: everything held, as JSON (portability);
- `POST /admin/consent/{subject}/erase` (or `DELETE /admin/consent/{subject}`): erasure;
- `POST` / `DELETE /admin/consent/{subject}/restriction`: restrict / resume processing.

Export and erasure also cover the sessions named by repeated `?session=` parameters.

The same operations take the subject in a JSON body instead, so it is in no URL (nor
in any reverse proxy's access log): `POST /admin/consent/lookup` (access),
`/export`, `/erase`, `/restrict` and `/resume`, each with `{"subject": "..."}`
(export and erasure also `"sessions": [...]`); same key, same answers.

Errors are JSON in the OpenAI shape plus the invalid fields' names:
`{"error": {"message": ..., "type": ..., "code": ..., "fields": [...]}}`
with 401 (no trusted identity), 403 (another subject), 400 (not JSON), 413 (too large),
415 (not `application/json`), 422 (invalid fields; names only, never values), 503 (store
unavailable, or the labels of a change could not be read: `Retry-After`).

A change's labels (`notice_version`, `source`) are read by the pattern detector in a
worker thread (`label_runner`: the guard's bounded `DetectionRunner`), never on the
event loop: a full queue answers 503 `overloaded`, a detection that fails or misses its
deadline 503 `detection_unavailable`, and nothing is stored.

>>> # app.router.routes.extend(consent_routes(gate=gate, vault=vault, admin_key=key))
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from piiguard._types import PERSON, URL
from piiguard.auth import READ_METHODS, comparable_origin, from_elsewhere, own_origin
from piiguard.chat_format import error_body
from piiguard.consent.audit import AuditActor
from piiguard.consent.gate import ConsentGate
from piiguard.consent.records import (
    DEFAULT_MINOR_AGE,
    DEFAULT_PURPOSES,
    MAX_FIELD_CHARS,
    MAX_SUBJECT_CHARS,
    MODEL_TRAINING,
    ConsentChange,
    InvalidConsentError,
    hash_consent_text,
    is_label,
    minor_from_age,
    same_secret,
)
from piiguard.consent.rights import SubjectRights
from piiguard.detection.engine import Detector
from piiguard.detection.recognizers.keyed_ids import USERNAME
from piiguard.detection.runner import DetectionRunner
from piiguard.encryption import SealError, VaultKeyMissingError
from piiguard.exceptions import (
    ConsentStoreError,
    DetectionError,
    OverloadedError,
    PiiGuardError,
)
from piiguard.identity import scope_user_subject, subject_session
from piiguard.subject_id import InvalidSubjectError, canonical_subject
from piiguard.training.sink import TrainingSink, TrainingSinkError
from piiguard.vault import Vault

SubjectResolver = Callable[[Request], str | Awaitable[str | None] | None]

_FIELDS = {
    "subject",
    "purpose",
    "action",
    "notice_version",
    "consent_text",
    "consent_text_hash",
    "age",
    "minor",
    "source",
    "expires_at",
    "expires_in_days",
    "session_id",
}
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
MAX_CONSENT_TEXT_CHARS = 20_000
ERASE_CONFIRMATION = "erase"
"""`POST /consent/me/erase` needs `{"confirm": "erase"}`: erasure cannot be undone."""


def _error(
    status: int, code: str, message: str, *, fields: Sequence[str] = (), **headers: str
) -> JSONResponse:
    kind = "invalid_request_error" if status < 500 else "piiguard_error"
    document = error_body(message, type=kind, code=code)
    if fields:
        document["error"]["fields"] = sorted(fields)
    return JSONResponse(document, status_code=status, headers=headers or None)


def _unavailable() -> JSONResponse:
    return _error(
        503,
        "store_unavailable",
        "the consent store is unavailable; retry shortly",
        **{"Retry-After": "1"},
    )


def _labels_unread(exc: DetectionError | OverloadedError) -> JSONResponse:
    """The labels of a change could not be read: nothing is stored (fails closed)."""
    if isinstance(exc, OverloadedError):
        return _error(
            503,
            "overloaded",
            "too many requests are being checked; retry shortly",
            **{"Retry-After": f"{math.ceil(exc.retry_after)}"},
        )
    return _error(
        503,
        "detection_unavailable",
        "the consent change could not be checked; nothing was stored, retry shortly",
        **{"Retry-After": "1"},
    )


def _unauthenticated() -> JSONResponse:
    return _error(
        401,
        "unauthorized",
        "consent can only be read or changed by an authenticated caller, for itself",
        **{"WWW-Authenticate": 'Bearer realm="piiguard"'},
    )


_FIELD_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,63}$")


def _unknown(members: set[str]) -> tuple[list[str], str]:
    """The `fields` and message of a 422 for unknown members. A member name is the
    client's to choose and may be a value ("anna.kowalski@example.org": 1): only names
    that look like field names (a typo, `favourite_colour`) are named, the rest counted.
    """
    named = sorted(m for m in members if _FIELD_NAME.match(m))
    others = len(members) - len(named)
    if not others:
        return named, "unknown fields"
    return named, f"unknown fields ({others} not named: their names are not field names)"


class _Invalid(Exception):
    def __init__(self, fields: list[str], message: str) -> None:
        super().__init__(message)
        self.fields = fields
        self.message = message


_LABEL_SEPARATORS = re.compile(r"[._+-]+")
"""What joins the words of a label (`is_label`'s punctuation)."""


class ConsentAPI:
    """The handlers behind `consent_routes`; one instance per mounted API."""

    def __init__(
        self,
        *,
        gate: ConsentGate,
        vault: Vault | None,
        sinks: Sequence[TrainingSink] | None,
        admin_key: str | None,
        purposes: Sequence[str],
        minor_age: int,
        subject_from_request: SubjectResolver | None,
        max_body_bytes: int,
        clock: Callable[[], float],
        label_detector: Detector,
        label_runner: DetectionRunner,
    ) -> None:
        self.gate = gate
        self.label_detector = label_detector
        self.label_runner = label_runner
        self.rights = SubjectRights(gate, vault=vault, sinks=sinks)
        self.admin_key = admin_key or None
        self.purposes = tuple(purposes)
        self.minor_age = minor_age
        self.subject_from_request = subject_from_request
        self.max_body_bytes = max_body_bytes
        self.clock = clock

    # -- front end ---------------------------------------------------------------

    async def _caller_subject(self, request: Request) -> str | None:
        """The subject the caller is authenticated as, or None (nobody vouches for it)."""
        if self.subject_from_request is None:
            return _canonical(scope_user_subject(request.scope))
        found = self.subject_from_request(request)
        if isinstance(found, Awaitable):
            found = await found
        return _canonical(found)

    async def post_consent(self, request: Request) -> Response:
        caller = await self._caller_subject(request)
        if caller is None:
            return _unauthenticated()
        data = await self._json_body(request)
        if isinstance(data, Response):
            return data
        if _canonical(data.get("subject", caller)) != caller:
            await self._refused(request, data.get("subject"), caller)
            return _error(403, "forbidden", "a caller may only change its own consent")
        data = {**data, "subject": caller}
        try:
            change, session_id = await self._change(data)
        except _Invalid as exc:
            return _error(422, "invalid_fields", exc.message, fields=exc.fields)
        except (DetectionError, OverloadedError) as exc:
            return _labels_unread(exc)
        try:
            record = await self.gate.change_consent(change, actor="subject")
            if session_id:
                # The caller's own session, as its chats name it in the vault (scoped by
                # the subject): another session's id links nothing of that session.
                await self.gate.store.link_session(
                    change.subject, subject_session(change.subject, session_id)
                )
        except InvalidConsentError as exc:
            return _error(422, "invalid_change", str(exc))
        except TrainingSinkError:
            return _error(
                503,
                "erasure_pending",
                "the withdrawal is recorded; stored training records could not be erased yet",
                **{"Retry-After": "1"},
            )
        except (ConsentStoreError, PiiGuardError):
            return _unavailable()
        return JSONResponse(_public_record(record.to_dict(), self.clock()), status_code=201)

    async def _change(self, data: dict[str, Any]) -> tuple[ConsentChange, str | None]:
        unknown = set(data) - _FIELDS
        if unknown:
            raise _Invalid(*_unknown(unknown))
        bad: list[str] = []

        def text(name: str, *, required: bool = False, limit: int = MAX_FIELD_CHARS) -> str:
            value = data.get(name)
            if value is None:
                if required:
                    bad.append(name)
                return ""
            if not isinstance(value, str) or len(value) > limit or (required and not value):
                bad.append(name)
                return ""
            return value

        subject = text("subject", required=True, limit=MAX_SUBJECT_CHARS)
        purpose = text("purpose") or MODEL_TRAINING
        if purpose not in self.purposes:
            bad.append("purpose")
        action = text("action", required=True)
        if action and action not in ("given", "withdrawn"):
            bad.append("action")
        notice_version = text("notice_version", required=action == "given")
        source = text("source") or "api"
        bad += await self._unclean_labels({"notice_version": notice_version, "source": source})
        session_id = text("session_id", limit=MAX_SUBJECT_CHARS) or None
        consent_text = text("consent_text", limit=MAX_CONSENT_TEXT_CHARS)
        text_hash = text("consent_text_hash").lower()
        if text_hash and not _HEX64.match(text_hash):
            bad.append("consent_text_hash")
        if consent_text:
            computed = hash_consent_text(consent_text)
            if text_hash and text_hash != computed:
                bad.append("consent_text_hash")
            text_hash = computed
        if action == "given" and not text_hash and "consent_text_hash" not in bad:
            bad += ["consent_text", "consent_text_hash"]
        age = data.get("age")
        if age is not None and (
            isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 150
        ):
            bad.append("age")
            age = None
        minor = data.get("minor", False)
        if not isinstance(minor, bool):
            bad.append("minor")
            minor = False
        expires_at = self._expiry(data, bad)
        if bad:
            raise _Invalid(sorted(set(bad)), "some fields are missing or invalid")
        try:
            change = ConsentChange(
                subject=subject,
                purpose=purpose,
                action="given" if action == "given" else "withdrawn",
                notice_version=notice_version,
                text_hash=text_hash,
                source=source,
                expires_at=expires_at,
                minor=minor or minor_from_age(age, minor_age=self.minor_age),
            )
        except InvalidConsentError as exc:  # a rule of the record the checks above missed
            raise _Invalid([], str(exc)) from None
        return change, session_id

    async def _unclean_labels(self, labels: dict[str, str]) -> list[str]:
        """The names of the labels that are no clean label (`_is_clean_label`), read in a
        worker thread under the runner's bounds: a label is a few dozen characters, but
        two detector passes each are still CPU work the event loop must not wait on."""
        given = {name: text for name, text in labels.items() if text}
        if not given:
            return []

        def read() -> list[str]:
            return [name for name, text in given.items() if not self._is_clean_label(text)]

        return await self.label_runner.run(read)

    def _is_clean_label(self, text: str) -> bool:
        """Whether `text` is a label (`is_label`) that holds no personal value.

        Labels are kept as sent, in the record and its events: free text is no label, and
        neither is a value that fits a label's characters (an IBAN, a card or phone number,
        a national id), which the validated patterns find, nor a name: the label is also
        read as the words it joins ("anna.kowalski" as "Anna Kowalski"). A login-name or
        web-address reading alone does not count: every `word.word` or `word-word` label
        ("cookie-banner", "app.store") reads as one."""
        if not is_label(text):
            return False
        found = self.label_detector.detect(text)
        if any(span.label not in (USERNAME, URL) for span in found):
            return False
        words = _LABEL_SEPARATORS.sub(" ", text).title()
        return all(span.label != PERSON for span in self.label_detector.detect(words))

    def _expiry(self, data: dict[str, Any], bad: list[str]) -> float | None:
        at, days = data.get("expires_at"), data.get("expires_in_days")
        if at is not None and days is not None:
            bad += ["expires_at", "expires_in_days"]
            return None
        for name, value in (("expires_at", at), ("expires_in_days", days)):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                bad.append(name)
                return None
            try:  # a whole number past any float overflows here
                if name == "expires_at":
                    deadline = float(value)
                else:
                    deadline = self.clock() + float(value) * 86_400.0
            except OverflowError:
                deadline = math.inf
            # A deadline past any float would be stored, then fail the answer.
            if not math.isfinite(deadline) or value <= 0:
                bad.append(name)
                return None
            if name == "expires_at" and deadline <= self.clock():
                bad.append(name)
                return None
            return deadline
        return None

    async def get_consent(self, request: Request) -> Response:
        """`GET /consent` (the caller's own subject, kept out of the URL so access logs never
        see it), or `GET /consent/{subject}` for the caller's own subject only."""
        caller = await self._caller_subject(request)
        if caller is None:
            return _unauthenticated()
        subject = _canonical(request.path_params.get("subject", caller))
        if subject is None:
            return _error(422, "invalid_fields", "invalid subject", fields=["subject"])
        if caller != subject:
            await self._refused(request, subject, caller)
            return _error(403, "forbidden", "a caller may only read its own consent")
        try:
            consent = await self.gate.store.snapshot(subject)
        except PiiGuardError:
            return _unavailable()
        now = self.clock()
        return JSONResponse(
            {
                "restricted": consent.restricted,
                "records": [_public_record(r.to_dict(), now) for r in consent.records.values()],
            }
        )

    async def _refused(self, request: Request, named: Any, caller: str | None) -> None:
        """Audit an attempt to act for another subject (`named`, by pseudonym; never
        raises, bounded per minute: `ConsentGate.record_refusal`)."""
        await self.gate.record_refusal(
            "wrong_subject" if caller else "invalid_admin_key",
            path=request.url.path,
            method=request.method,
            subject=_canonical(named),
            caller=caller,
            actor="subject" if caller else "unverified",
        )

    # -- operators ---------------------------------------------------------------

    async def _denied(self, request: Request) -> Response | None:
        if self.admin_key is None:
            return _error(404, "not_found", "not found")
        given = request.headers.get("x-api-key", "")
        auth = request.headers.get("authorization", "")
        if not given and auth[:7].lower() == "bearer ":
            given = auth[7:].strip()
        # Always compare, also for an empty key, so timing does not tell which case failed.
        if not same_secret(given, self.admin_key) or not given:
            await self._refused(request, request.path_params.get("subject"), None)
            return _error(
                401,
                "unauthorized",
                "an admin API key is required",
                **{"WWW-Authenticate": 'Bearer realm="piiguard-admin"'},
            )
        return None

    async def admin(self, request: Request, op: str) -> Response:
        """One admin operation on the subject in the URL: access, export, erase, restrict
        or resume (sessions from repeated `?session=` parameters)."""
        denied = await self._denied(request)
        if denied is not None:
            return denied
        subject = request.path_params["subject"]
        sessions = [s for s in request.query_params.getlist("session") if s]
        return await self._admin_op(op, subject, sessions)

    async def admin_by_body(self, request: Request, op: str) -> Response:
        """The same operation on the subject named in a JSON body
        (`{"subject": ..., "sessions": [...]}`), so no URL (nor any access log of a
        reverse proxy) carries the subject."""
        denied = await self._denied(request)
        if denied is not None:
            return denied
        data = await self._json_body(request)
        if isinstance(data, Response):
            return data
        allowed = {"subject", "sessions"} if op in ("export", "erase") else {"subject"}
        unknown = set(data) - allowed
        if unknown:
            named, message = _unknown(unknown)
            return _error(422, "invalid_fields", message, fields=named)
        subject = data.get("subject")
        sessions = data.get("sessions", [])
        bad = []
        if not isinstance(subject, str):
            bad.append("subject")
            subject = ""
        if not isinstance(sessions, list) or not all(
            isinstance(s, str) and len(s) <= MAX_SUBJECT_CHARS for s in sessions
        ):
            bad.append("sessions")
            sessions = []
        if bad:
            return _error(422, "invalid_fields", "some fields are missing or invalid", fields=bad)
        return await self._admin_op(op, subject, [s for s in sessions if s])

    async def _json_body(self, request: Request) -> dict[str, Any] | Response:
        """The request's JSON object, or the error response that refuses it."""
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/json" and not content_type.endswith("+json"):
            return _error(415, "unsupported_media_type", "send the body as application/json")
        too_large = _error(413, "too_large", f"body exceeds {self.max_body_bytes} bytes")
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            return too_large
        # Read up to the bound, never more: an endless (chunked) body is cut there.
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in request.stream():
                size += len(chunk)
                if size > self.max_body_bytes:
                    return too_large
                chunks.append(chunk)
        except ClientDisconnect:
            # Gone before the body ended (a dropped connection, a broken chunk): nothing
            # to change, and no one to tell; not an error of piiguard's to log.
            return _error(400, "incomplete_body", "the body ended before it was complete")
        body = b"".join(chunks)
        try:
            data = json.loads(body)
            # An escaped lone surrogate parses, but is no character: no text can be
            # hashed, stored or named with it (UnicodeEncodeError is a ValueError).
            json.dumps(data, ensure_ascii=False).encode()
        except (ValueError, RecursionError):
            return _error(400, "invalid_json", "the body is not valid JSON")
        if not isinstance(data, dict):
            return _error(422, "invalid_body", "the body must be a JSON object")
        return data

    async def _admin_op(self, op: str, subject: str, sessions: list[str]) -> Response:
        return await self._rights_op(op, subject, sessions, by_subject=False)

    async def _rights_op(
        self, op: str, subject: str, sessions: list[str], *, by_subject: bool
    ) -> Response:
        """One rights operation, for the operator or (`by_subject`) the subject itself:
        the same code path, the identity is the only difference. The subject's own
        requests name no other session and reach only sessions scoped by it, and it
        lifts only a restriction it set itself."""
        # Every form of one id is one subject (`piiguard.subject_id`): the operator may
        # write it in NFD, the subject's token in NFC.
        canonical = _canonical(subject)
        if canonical is None:
            return _error(422, "invalid_fields", "invalid subject", fields=["subject"])
        subject = canonical
        unscoped = not by_subject
        actor: AuditActor = "subject" if by_subject else "admin"  # for the audit log
        try:
            if op == "access":
                return JSONResponse(await self.rights.access(subject, actor=actor))
            if op == "export":
                return JSONResponse(
                    await self.rights.export(
                        subject, sessions=sessions, unscoped_sessions=unscoped, actor=actor
                    )
                )
            if op == "erase":
                report = await self.rights.erase(
                    subject, sessions=sessions, unscoped_sessions=unscoped, actor=actor
                )
                return JSONResponse(report.to_dict())
            if op in ("restrict", "resume"):
                if (
                    by_subject
                    and op == "resume"
                    and await self.rights.restriction_source(subject) not in (None, "subject")
                ):
                    return _error(
                        409,
                        "restricted_by_operator",
                        "processing was restricted by the operator; only the operator can "
                        "lift it",
                    )
                changed = await self.rights.restrict(
                    subject, op == "restrict", source="subject" if by_subject else "admin"
                )
                return JSONResponse({"restricted": op == "restrict", "changed": changed})
        except VaultKeyMissingError:
            # Not "unavailable": waiting does not bring the key back.
            return _error(
                500,
                "vault_key_missing",
                "some of the subject's stored values were sealed with a vault key this "
                "piiguard does not hold; the operator must configure it as an old key "
                "and run `piiguard vault rekey`",
            )
        except SealError:
            # Altered at rest (or moved from another session): retrying never opens it,
            # and the store is up. Never a value, never which one.
            return _error(
                500,
                "vault_value_unreadable",
                "some of the subject's stored values do not open with the configured "
                "vault key (a wrong key, or altered at rest); nothing was returned",
            )
        except PiiGuardError:
            return _unavailable()
        return _error(404, "not_found", "not found")

    async def own(self, request: Request, op: str) -> Response:
        """One rights operation on the caller's own subject (`/consent/me...`): the
        subject `/consent` trusts, never one a client names. Erasure is irreversible, so
        it needs `{"confirm": "erase"}` in a JSON body (a `subject` there must be the
        caller's)."""
        caller = await self._caller_subject(request)
        if caller is None:
            return _unauthenticated()
        if op == "erase":
            data = await self._json_body(request)
            if isinstance(data, Response):
                return data
            unknown = set(data) - {"confirm", "subject"}
            if unknown:
                named, message = _unknown(unknown)
                return _error(422, "invalid_fields", message, fields=named)
            if _canonical(data.get("subject", caller)) != caller:
                await self._refused(request, data.get("subject"), caller)
                return _error(403, "forbidden", "a caller may only erase its own data")
            if data.get("confirm") != ERASE_CONFIRMATION:
                return _error(
                    422,
                    "invalid_fields",
                    f'erasure cannot be undone: send {{"confirm": "{ERASE_CONFIRMATION}"}}',
                    fields=["confirm"],
                )
        elif op in ("restrict", "resume") and await _has_body(request):
            # No body is needed; one that names a subject must name the caller, as for
            # erasure: a 2xx for `{"subject": "bob"}` would read as "bob restricted".
            data = await self._json_body(request)
            if isinstance(data, Response):
                return data
            unknown = set(data) - {"subject"}
            if unknown:
                named, message = _unknown(unknown)
                return _error(422, "invalid_fields", message, fields=named)
            if _canonical(data.get("subject", caller)) != caller:
                await self._refused(request, data.get("subject"), caller)
                return _error(
                    403, "forbidden", "a caller may only restrict its own processing"
                )
        return await self._rights_op(op, caller, [], by_subject=True)


async def _has_body(request: Request) -> bool:
    """Whether the request carries a body (declared, chunked, or a first chunk read)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit():
        return int(declared) > 0
    return "transfer-encoding" in request.headers


def _canonical(subject: Any) -> str | None:
    """The canonical form of a subject id (`piiguard.subject_id`), None if it has none."""
    if not isinstance(subject, str) or not subject:
        return None
    try:
        return canonical_subject(subject)
    except InvalidSubjectError:
        return None


def _public_record(record: dict[str, Any], now: float) -> dict[str, Any]:
    """A record as the front end sees it: effective state, no subject echo."""
    out = {k: v for k, v in record.items() if k != "subject"}
    expires_at = record.get("expires_at")
    if record.get("state") == "given" and expires_at is not None and now >= expires_at:
        out["state"] = "expired"
    return out


Endpoint = Callable[[Request], Awaitable[Response]]

NO_STORE = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Content-Type-Options": "nosniff",
}
"""Headers of every consent API answer: each may hold personal data (an export holds the
original values) or say something of a person, and no browser, reverse proxy or CDN
cache may keep it (a cached export is personal data at rest outside piiguard). No browser
may read one as anything but its JSON either (`nosniff`): an export holds the user's own
text, which may look like markup."""


logger = logging.getLogger("piiguard")


def _from_here(endpoint: Endpoint, trusted: Sequence[str]) -> Endpoint:
    """`endpoint`, refusing a change a browser sends from another web origin than the
    app's own and `trusted` (`piiguard.auth.from_elsewhere`): a login cookie goes with a
    request another site makes a browser send (an empty form POSTs a restriction with no
    CORS at all). Reads change nothing, and a browser shows another site their answer
    only by CORS."""

    async def answer(request: Request) -> Response:
        if request.method.upper() not in READ_METHODS and from_elsewhere(
            request.scope["headers"], own_origin(request.scope), trusted
        ):
            logger.warning("consent change sent by a browser from another web origin refused")
            return _error(
                403,
                "origin_not_allowed",
                "a browser sent this change from another web origin; the app's own origin "
                "and consent_trusted_origins may change consent",
            )
        return await endpoint(request)

    answer.__name__ = getattr(endpoint, "__name__", "consent_endpoint")
    return answer


def _no_store(endpoint: Endpoint) -> Endpoint:
    async def answer(request: Request) -> Response:
        response = await endpoint(request)
        response.headers.update(NO_STORE)
        return response

    answer.__name__ = getattr(endpoint, "__name__", "consent_endpoint")
    return answer


def _op(api: ConsentAPI, op: str) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        return await api.admin(request, op)

    endpoint.__name__ = f"consent_admin_{op}"
    return endpoint


def _own_op(api: ConsentAPI, op: str) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        return await api.own(request, op)

    endpoint.__name__ = f"consent_own_{op}"
    return endpoint


def _body_op(api: ConsentAPI, op: str) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        return await api.admin_by_body(request, op)

    endpoint.__name__ = f"consent_admin_{op}_by_body"
    return endpoint


BODY_ROUTES: dict[str, str] = {
    "lookup": "access",
    "export": "export",
    "erase": "erase",
    "restrict": "restrict",
    "resume": "resume",
}
"""`POST <admin_prefix>/<name>` with `{"subject": ...}`: the operation each one runs."""


def consent_routes(
    *,
    gate: ConsentGate,
    vault: Vault | None = None,
    sinks: Sequence[TrainingSink] | None = None,
    admin_key: str | None = None,
    purposes: Sequence[str] = DEFAULT_PURPOSES,
    minor_age: int = DEFAULT_MINOR_AGE,
    subject_from_request: SubjectResolver | None = None,
    prefix: str = "",
    admin_prefix: str = "/admin/consent",
    max_body_bytes: int = 16_384,
    clock: Callable[[], float] = time.time,
    label_detector: Detector | None = None,
    label_runner: DetectionRunner | None = None,
    trusted_origins: Sequence[str] = (),
) -> list[BaseRoute]:
    """The consent and rights routes, to add to a Starlette/FastAPI app or the proxy.

    `subject_from_request(request)` (sync or async) returns the subject the request is
    authenticated as, or None; by default the `scope["user"]` that Starlette's
    `AuthenticationMiddleware` set. Front-end routes answer 401 without one.

    The store is the gate's (`gate.store`); `sinks` defaults to the gate's sinks.
    With `admin_key` unset the admin routes exist but answer 404 (so a proxy
    never forwards them upstream).

    `label_detector` reads the labels of a consent change (`notice_version`, `source`),
    which are stored as sent: one holding a personal value is refused (422). Default:
    `Detector.patterns()`, built here; the guard passes its own pattern detector.
    `label_runner` runs that reading off the event loop with its bounds (threads, queue,
    deadline); the guard passes its own runner, so one queue bounds all detection work.
    Default: a `DetectionRunner` with the guard's default bounds, built here.

    A change (consent, a restriction, an erasure, the operator's too) that a browser
    says it sends from another web origin than the app's own and `trusted_origins`
    (`scheme://host[:port]`, `*` for any: `piiguard.auth.trusted_origin`) is refused,
    403 `origin_not_allowed`: a login cookie goes with a request another site starts.
    """
    if MODEL_TRAINING not in purposes:
        purposes = (MODEL_TRAINING, *purposes)
    detector = label_detector or Detector.patterns()
    api = ConsentAPI(
        gate=gate,
        vault=vault,
        sinks=sinks,
        admin_key=admin_key,
        purposes=purposes,
        minor_age=minor_age,
        subject_from_request=subject_from_request,
        max_body_bytes=max_body_bytes,
        clock=clock,
        label_detector=detector,
        label_runner=label_runner or DetectionRunner(detector),
    )
    base = f"{admin_prefix}/{{subject}}"
    me = f"{prefix}/consent/me"
    routes = [
        Route(f"{prefix}/consent", api.post_consent, methods=["POST"]),
        Route(f"{prefix}/consent", api.get_consent, methods=["GET"]),
        # The subject's own rights, before `/consent/{subject}`: `me` is the caller.
        Route(me, _own_op(api, "access"), methods=["GET"]),
        Route(f"{me}/export", _own_op(api, "export"), methods=["GET"]),
        Route(f"{me}/erase", _own_op(api, "erase"), methods=["POST"]),
        Route(f"{me}/restriction", _own_op(api, "restrict"), methods=["POST"]),
        Route(f"{me}/restriction", _own_op(api, "resume"), methods=["DELETE"]),
        Route(f"{prefix}/consent/{{subject}}", api.get_consent, methods=["GET"]),
        # Body forms first: `POST /admin/consent/erase` is the body route, while
        # `GET /admin/consent/erase` still reads a subject named "erase".
        *(
            Route(f"{admin_prefix}/{name}", _body_op(api, op), methods=["POST"])
            for name, op in BODY_ROUTES.items()
        ),
        Route(base, _op(api, "access"), methods=["GET"]),
        Route(base, _op(api, "erase"), methods=["DELETE"]),
        Route(f"{base}/export", _op(api, "export"), methods=["GET"]),
        Route(f"{base}/erase", _op(api, "erase"), methods=["POST"]),
        Route(f"{base}/restriction", _op(api, "restrict"), methods=["POST"]),
        Route(f"{base}/restriction", _op(api, "resume"), methods=["DELETE"]),
    ]
    trusted = tuple(comparable_origin(o) for o in trusted_origins)
    # Every answer, errors included, is `no-store` (`NO_STORE`).
    return [
        Route(r.path, _no_store(_from_here(r.endpoint, trusted)), methods=sorted(r.methods or ()))
        if isinstance(r, Route) else r
        for r in routes
    ]
