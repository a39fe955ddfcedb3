"""Who may drive the proxy: the Host and Origin checks, then client authentication.

Two pure ASGI layers in front of the guard middleware (`create_app` stacks them):

- `BrowserCheck` refuses a request whose `Host` is not one of this proxy's names (421:
  a DNS-rebinding page reaches a loopback proxy under its own domain name) and a browser
  request from an origin that is not allowed (403: a cross-site page in the user's
  browser). It applies to every path; the Host check spares the probes (`host_exempt`:
  kubelets and load balancers call them by IP address, and they carry nothing personal).
- `ClientAuthentication` finds who calls: a client key (`Authorization: Bearer` or
  `X-API-Key`), a signed subject token (`X-PiiGuard-Subject-Token`), or, only with
  `trust_identity_headers`, the `x-user-id` a gateway set. The result, a `Caller`, goes
  into the scope for the guard middleware (whose subject resolver reads it); the
  credential headers it consumed are removed, so they never reach the upstream.
  With client authentication configured, every forwarded and consent route needs a
  key or a token (401 otherwise); health, readiness, metrics and the admin API
  (which has its own key) do not.

    app = BrowserCheck(ClientAuthentication(guarded_app, ...), allowed_hosts=..., ...)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from piiguard.auth import (
    API_KEY_HEADER,
    DEFAULT_TOKEN_LEEWAY_SECONDS,
    DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
    SUBJECT_TOKEN_HEADER,
    AuthenticationError,
    ClientKey,
    ClientKeys,
    SubjectToken,
    claimed_subject,
    host_allowed,
    origin_allowed,
    read_subject_token,
)
from piiguard.chat_format import error_response
from piiguard.identity import header_subject
from piiguard.subject_id import MAX_SUBJECT_CHARS, InvalidSubjectError
from piiguard.token_ledger import TokenLedger, TokenLedgerError

logger = logging.getLogger("piiguard.proxy")

CALLER_SCOPE_KEY = "piiguard.caller"
"""Scope key under which `ClientAuthentication` leaves the `Caller`."""

Outcome = Callable[[str], None]


class RefusalAudit(Protocol):
    """Where refused attempts are audited (`ConsentGate.record_refusal`)."""

    def __call__(
        self,
        reason: str,
        *,
        path: str,
        method: str,
        subject: str | None = None,
        caller: str | None = None,
        actor: str = "unverified",
    ) -> Awaitable[None]: ...


@dataclass(frozen=True, slots=True)
class Caller:
    """Who sent a request, as far as piiguard can trust it.

    `subject` is the data subject the caller acts for (None: nobody vouches for one);
    `via` is how it was established: `client_key`, `subject_token`, `gateway_header`
    or `anonymous`; `key_name` is the client key's fingerprint (never the key).
    """

    subject: str | None
    via: str
    key_name: str | None = None
    key_id: str | None = None
    """The whole digest of the client key, in hex (it owns the key's sessions)."""


def caller_subject(scope: Scope) -> str | None:
    """The subject `ClientAuthentication` established for this request (a subject resolver)."""
    caller = scope.get(CALLER_SCOPE_KEY)
    return caller.subject if isinstance(caller, Caller) else None


def caller_session_owner(scope: Scope) -> str | None:
    """The client key that owns this request's sessions when no subject does (a session
    owner for `PiiGuardMiddleware`): two clients whose keys name no subject share no vault
    session, whatever session id they send."""
    caller = scope.get(CALLER_SCOPE_KEY)
    if isinstance(caller, Caller) and caller.subject is None and caller.key_id:
        return f"key:{caller.key_id}"
    return None


async def _refuse(
    scope: Scope, receive: Receive, send: Send, status: int, message: str, code: str,
    headers: dict[str, str] | None = None,
) -> None:
    if scope["type"] == "websocket":
        # Closing before accepting makes the server answer the handshake with 403.
        await send({"type": "websocket.close", "code": 1008, "reason": code})
        return
    kind = "authentication_error" if status == 401 else "invalid_request_error"
    await error_response(status, message, type=kind, code=code, headers=headers)(
        scope, receive, send
    )


class BrowserCheck:
    """Refuses foreign `Host` names (421) and browser requests from foreign origins (403)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        allowed_hosts: Sequence[str],
        allowed_origins: Sequence[str],
        host_exempt: Callable[[str], bool] = lambda path: False,
        outcome: Outcome | None = None,
    ) -> None:
        self.app = app
        self.host_exempt = host_exempt
        self.allowed_hosts = tuple(allowed_hosts)
        self.allowed_origins = tuple(allowed_origins)
        self._outcome = outcome or (lambda name: None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not host_allowed(headers.get("host"), self.allowed_hosts) and not self.host_exempt(
            scope["path"]
        ):
            self._outcome("host_not_allowed")
            await _refuse(
                scope, receive, send, 421,
                "this proxy does not answer to that Host name; add it to allowed_hosts",
                "host_not_allowed",
            )
            return
        if not origin_allowed(
            headers.get("origin"), headers.get("sec-fetch-site"), self.allowed_origins
        ):
            self._outcome("origin_not_allowed")
            await _refuse(
                scope, receive, send, 403,
                "requests from this web origin are not allowed; add it to allowed_origins",
                "origin_not_allowed",
            )
            return
        await self.app(scope, receive, send)


class ClientAuthentication:
    """Authenticates callers and decides the subject they act for. See the module docs.

    `required`: every path not `exempt` needs a client key or a subject token.
    `keys` and `token_secret` may be empty (then that mechanism is off).
    With a `ledger`, a request that `single_use(method, path)` calls a change, made as
    the subject a token names, spends the token's `jti` there: a token without one, or
    used for a change before, is refused (401), so a captured token cannot replay it.
    With `token_max_age_seconds`, a request that `fresh_only(method, path)` calls (the
    subject's export) needs a token issued at most that long ago (401 `token_too_old`).
    Refusals that name a subject or present a credential go to `refusal_audit`.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        keys: ClientKeys,
        token_secret: str,
        token_audience: str = "",
        token_issuer: str = "",
        token_leeway_seconds: float = DEFAULT_TOKEN_LEEWAY_SECONDS,
        token_max_lifetime_seconds: float | None = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
        accept_legacy_tokens: bool = False,
        required: bool,
        exempt: Callable[[str], bool],
        subject_header: str = "x-user-id",
        trust_identity_headers: bool = False,
        outcome: Outcome | None = None,
        ledger: TokenLedger | None = None,
        single_use: Callable[[str, str], bool] = lambda method, path: False,
        fresh_only: Callable[[str, str], bool] = lambda method, path: False,
        token_max_age_seconds: float | None = None,
        refusal_audit: RefusalAudit | None = None,
    ) -> None:
        self.app = app
        self.keys = keys
        self.ledger = ledger
        self.single_use = single_use
        self._token_secret = token_secret
        self._token_audience = token_audience
        self._token_issuer = token_issuer
        self._token_leeway = token_leeway_seconds
        self._token_max_lifetime = token_max_lifetime_seconds
        self.fresh_only = fresh_only
        self._token_max_age = token_max_age_seconds
        self.refusal_audit = refusal_audit
        self._accept_legacy_tokens = accept_legacy_tokens
        self.required = required
        self.exempt = exempt
        self.subject_header = subject_header.lower()
        self.trust_identity_headers = trust_identity_headers
        self._outcome = outcome or (lambda name: None)

    def __repr__(self) -> str:
        return f"ClientAuthentication(keys={self.keys!r}, required={self.required})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self.exempt(scope["path"]):
            await self.app(scope, receive, send)
            return
        spent: str | None = None
        try:
            caller, consumed, token = self._authenticate(scope)
            if token is not None:  # the subject rests on the token
                self._check_fresh(scope, token)
                spent = await self._spend_if_a_change(scope, token)
        except _Refused as refused:
            self._outcome(refused.code)
            if refused.reason and self.refusal_audit is not None:
                await self.refusal_audit(
                    refused.reason,
                    path=scope["path"],
                    method=scope.get("method", "GET"),
                    subject=refused.subject,
                    caller=refused.caller,
                    actor="subject" if refused.caller else "unverified",
                )
            headers = (
                {"WWW-Authenticate": 'Bearer realm="piiguard"'} if refused.status == 401 else None
            )
            if refused.status == 503:
                headers = {"Retry-After": "1"}
            await _refuse(
                scope, receive, send, refused.status, refused.message, refused.code, headers
            )
            return
        kept = [(k, v) for k, v in scope["headers"] if k.lower() not in consumed]
        scope = {**scope, "headers": kept, CALLER_SCOPE_KEY: caller}
        if spent is None:
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, _refund_if_refused(self.ledger, spent, send))


    def _check_fresh(self, scope: Scope, token: SubjectToken) -> None:
        """A token older than `token_max_age_seconds` may not export (a captured chat
        token would otherwise read everything held until it expires)."""
        if (
            self._token_max_age is None
            or scope["type"] != "http"
            or not self.fresh_only(scope["method"], scope["path"])
        ):
            return
        issued = token.issued_at
        if issued is None or time.time() - issued > self._token_max_age + self._token_leeway:
            raise _Refused(
                401,
                f"an export needs a subject token issued at most {self._token_max_age:g} "
                "seconds ago: mint a fresh one",
                "token_too_old",
                reason="token_too_old",
                subject=token.subject,
            )

    async def _spend_if_a_change(self, scope: Scope, token: SubjectToken) -> str | None:
        """The use key spent for this request, None when it is not a change."""
        if (
            self.ledger is None
            or scope["type"] != "http"
            or not self.single_use(scope["method"], scope["path"])
        ):
            return None
        if token.token_id is None:
            raise _Refused(
                401,
                "this change needs a single-use subject token: mint a fresh one with a "
                "`jti` claim for it",
                "single_use_token_required",
                reason="single_use_token_required",
                subject=token.subject,
            )
        use_key = token.use_key(self._token_secret)
        try:
            first = await self.ledger.spend(use_key, until=token.expires_at + self._token_leeway)
        except TokenLedgerError as exc:
            logger.warning("subject token ledger unavailable: %s", exc)
            raise _Refused(
                503, "the token ledger is unavailable; retry shortly", "store_unavailable"
            ) from None
        if not first:
            raise _Refused(
                401,
                "this subject token was already used for a change: mint a fresh one",
                "token_replayed",
                reason="token_replayed",
                subject=token.subject,
            )
        return use_key

    def _authenticate(self, scope: Scope) -> tuple[Caller, set[bytes], SubjectToken | None]:
        """The caller, the credential headers consumed, and the subject token when the
        subject rests on it (a token alone, or beside a key that names nobody): its rules
        for changes (single use) and exports (fresh) then apply."""
        # A repeated identity header is ambiguous: which one counts differs between
        # servers and proxies (a gateway that appends its x-user-id after the client's
        # would lose to it here), so none does.
        identity = {self.subject_header.encode(), SUBJECT_TOKEN_HEADER.encode(),
                    API_KEY_HEADER.encode()}
        if self.keys:
            identity.add(b"authorization")
        seen: set[bytes] = set()
        for name, _ in scope["headers"]:
            name = name.lower()
            if name in identity:
                if name in seen:
                    raise _Refused(
                        400, f"{name.decode()} appears more than once", "repeated_header",
                        reason="repeated_header",
                    )
                seen.add(name)
        headers = Headers(scope=scope)
        consumed = {SUBJECT_TOKEN_HEADER.encode()}
        key: ClientKey | None = None
        api_key = headers.get(API_KEY_HEADER)
        if api_key is not None and self.keys:
            key = self.keys.match(api_key.strip())
            if key is None:
                raise _Refused(
                    401, "the client key is not valid", "invalid_client_key",
                    reason="invalid_client_key",
                )
            consumed.add(API_KEY_HEADER.encode())
        authorization = headers.get("authorization", "")
        if self.keys and authorization[:7].lower() == "bearer ":
            bearer = self.keys.match(authorization[7:].strip())
            if bearer is not None:
                # A client key is ours, whichever header holds it: never forwarded.
                consumed.add(b"authorization")
                if key is not None and bearer.digest != key.digest:
                    raise _Refused(
                        401, "two different client keys in one request", "invalid_client_key",
                        reason="invalid_client_key",
                    )
                key = bearer
            elif key is None and api_key is None and not headers.get(SUBJECT_TOKEN_HEADER):
                # No other credential: this bearer was meant for us and is wrong.
                raise _Refused(
                    401, "the client key is not valid", "invalid_client_key",
                    reason="invalid_client_key",
                )

        token_subject: str | None = None
        verified: SubjectToken | None = None
        token = headers.get(SUBJECT_TOKEN_HEADER)
        if token is not None:
            if not self._token_secret:
                raise _Refused(401, "subject tokens are not accepted here", "invalid_token")
            try:
                verified = read_subject_token(
                    self._token_secret,
                    token,
                    audience=self._token_audience,
                    issuer=self._token_issuer,
                    leeway_seconds=self._token_leeway,
                    max_lifetime_seconds=self._token_max_lifetime,
                    accept_legacy=self._accept_legacy_tokens,
                )
            except AuthenticationError as exc:
                long_lived = exc.reason == "over_lifetime"
                code = "token_lifetime_too_long" if long_lived else "invalid_token"
                raise _Refused(
                    401, str(exc), code, reason=exc.reason, subject=claimed_subject(token)
                ) from None
            token_subject = verified.subject

        try:
            claimed = header_subject(scope, self.subject_header)
        except UnicodeDecodeError:
            raise _Refused(
                400, f"{self.subject_header} must be UTF-8", "invalid_subject"
            ) from None
        except InvalidSubjectError:
            raise _Refused(
                400,
                f"{self.subject_header} must be 1 to {MAX_SUBJECT_CHARS} characters, "
                "without control or invisible characters",
                "invalid_subject",
            ) from None
        if key is not None:
            subject = key.subject
            on_token = False
            if subject is not None:
                if token_subject not in (None, subject):
                    raise _Refused(
                        403, "this client key acts for another subject", "forbidden",
                        reason="wrong_subject", subject=token_subject, caller=subject,
                    )
            elif (key.may_assert_subject or self.trust_identity_headers) and claimed is not None:
                if token_subject not in (None, claimed):
                    raise _Refused(
                        403, "the token names another subject", "forbidden",
                        reason="wrong_subject", subject=claimed, caller=token_subject,
                    )
                subject = claimed
            else:
                # A key that names nobody authenticates the client only: the subject, if
                # any, rests on the token, and the token's rules hold (single use, fresh).
                subject, on_token = token_subject, True
            if not on_token:
                verified = None  # the key vouches (bound, or naming the subject)
            if claimed is not None and claimed != subject:
                raise _Refused(
                    403,
                    f"this client key may not name the subject in {self.subject_header}",
                    "forbidden",
                    reason="wrong_subject",
                    subject=claimed,
                    caller=subject,
                )
            return Caller(subject, "client_key", key.name, key.digest.hex()), consumed, verified
        if token_subject is not None:
            if claimed is not None and claimed != token_subject:
                raise _Refused(
                    403, "the token names another subject", "forbidden",
                    reason="wrong_subject", subject=claimed, caller=token_subject,
                )
            return Caller(token_subject, "subject_token"), consumed, verified
        if self.required:
            raise _Refused(
                401,
                "a client key (Authorization: Bearer or X-API-Key) or a subject token is "
                "required",
                "unauthorized",
                # Naming a subject without a credential is an attempt to act for it.
                reason="unauthenticated_subject" if claimed is not None else "",
                subject=claimed,
            )
        if claimed is not None:
            if self.trust_identity_headers:
                return Caller(claimed, "gateway_header"), consumed, verified
            raise _Refused(
                401,
                f"{self.subject_header} is only taken from an authenticated caller: "
                "use a client key allowed to name subjects, or a subject token",
                "unauthorized",
                reason="unauthenticated_subject",
                subject=claimed,
            )
        return Caller(None, "anonymous"), consumed, verified


def _refund_if_refused(ledger: TokenLedger | None, use_key: str, send: Send) -> Send:
    """`send`, giving a token's use back when its change is not made (a redirect or an
    error answers it)."""

    async def sending(message: Message) -> None:
        if (
            ledger is not None
            and message["type"] == "http.response.start"
            and message["status"] >= 300  # a change answers 2xx; a redirect changed nothing
        ):
            try:
                await ledger.refund(use_key)
            except TokenLedgerError as exc:  # the token stays spent: fail closed
                logger.warning("subject token ledger unavailable: %s", exc)
        await send(message)

    return sending


class _Refused(Exception):
    """A refusal; with a `reason`, it is audited (naming `subject` and `caller`, the
    authenticated caller that named someone else, by pseudonym only)."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str,
        *,
        reason: str = "",
        subject: str | None = None,
        caller: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.reason = reason
        self.subject = subject
        self.caller = caller
