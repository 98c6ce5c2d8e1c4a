"""Who may call the server. On loopback without a token: the local user, with the Host header
checked (no DNS rebinding) and cross-site posts refused. With a token: ``Authorization: Bearer``
or the page's session — an HttpOnly cookie derived from the token, plus a CSRF token (a second,
readable cookie the page echoes in ``X-CSRF-Token`` on every post)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from starlette.requests import Request

SESSION = "redac_session"
CSRF = "redac_csrf"
CSRF_HEADER = "x-csrf-token"
SAFE = ("GET", "HEAD", "OPTIONS")


@dataclass(frozen=True)
class Auth:
    token: str | None

    @property
    def required(self) -> bool:
        return bool(self.token)

    def session_value(self) -> str:
        assert self.token
        return hmac.new(self.token.encode(), b"redac-session", hashlib.sha256).hexdigest()

    def token_ok(self, given: str) -> bool:
        return bool(self.token) and hmac.compare_digest(given.encode(), (self.token or "").encode())

    def bearer_ok(self, request: Request) -> bool:
        head = request.headers.get("authorization", "")
        scheme, _, value = head.partition(" ")
        return scheme.lower() == "bearer" and self.token_ok(value.strip())

    def session_ok(self, request: Request) -> bool:
        cookie = request.cookies.get(SESSION, "")
        if not self.token or not cookie:
            return False
        if not hmac.compare_digest(cookie, self.session_value()):
            return False
        if request.method in SAFE:
            return True
        sent, kept = request.headers.get(CSRF_HEADER, ""), request.cookies.get(CSRF, "")
        return bool(kept) and hmac.compare_digest(sent, kept)

    def allowed(self, request: Request) -> bool:
        if not self.required:
            return True
        return self.bearer_ok(request) or self.session_ok(request)


def new_csrf() -> str:
    return secrets.token_urlsafe(24)
