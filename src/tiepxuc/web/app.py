"""The Flask application and its safety rules.

- Only the Host names it was started for are answered (a page elsewhere on the Internet cannot
  reach it through DNS rebinding).
- Every request that changes something is a POST carrying the CSRF token of the person's
  session (a missing token on either side is refused: ``None == None`` must never pass), and
  is followed by a redirect.
- ``read_only``: every page, no change (for MTTQ monitors).
- Served beyond this computer (``--host``), people sign in first; commits name them.
- Errors are Vietnamese pages with a 4xx status, never a traceback.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import date
from pathlib import Path

from flask import Flask, abort, g, redirect, render_template, request, session, url_for

from tiepxuc.messages import language, t
from tiepxuc.web.state import Settings, settings

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
MAX_BODY = 256 * 1024  # a form is a few KB: anything larger is refused (413)


def create_app(root: Path, *, read_only: bool = False, hosts: tuple[str, ...] = LOOPBACK,
               accounts_file: Path | None = None, sign_in: bool = False) -> Flask:
    """The web app over the repository at ``root``. ``hosts``: the names the app answers to;
    ``sign_in``: people sign in with an account from ``accounts_file`` (required when the app
    is served to the network)."""
    from tiepxuc import cache

    cache.remember()  # a long-running process: what the record store gives is kept in memory
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secrets.token_bytes(32),  # sessions end when the server stops
        MAX_CONTENT_LENGTH=MAX_BODY,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        TEMPLATES_AUTO_RELOAD=False,
    )
    app.config["TIEPXUC"] = Settings(root.resolve(), read_only, {h.lower() for h in hosts},
                                     accounts_file, sign_in)
    app.jinja_env.globals.update(t=t, csrf_token=csrf_token, language=language)
    app.jinja_env.filters.update(day=_day, status_class=_status_class)
    app.jinja_env.autoescape = True

    from tiepxuc.web.forms import bp as forms
    from tiepxuc.web.pages import bp as pages

    app.register_blueprint(pages)
    app.register_blueprint(forms)
    app.before_request(_guard)
    app.after_request(_headers)
    for code in (400, 403, 404, 405, 409, 413, 500):
        app.register_error_handler(code, _error_page)
    app.add_url_rule("/dang-nhap", "sign_in", _sign_in, methods=["GET", "POST"])
    app.add_url_rule("/dang-xuat", "sign_out", _sign_out, methods=["POST"])
    return app


# ---------------------------------------------------------------- every request


def _host_name(host: str) -> str:
    host = host.lower()
    if host.startswith("["):  # [::1]:8000
        return host.split("]")[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _guard():
    conf = settings()
    if _host_name(request.host) not in conf.hosts:
        abort(400, t("web.bad_host"))
    if request.endpoint in ("static",):
        return None
    if conf.sign_in and session.get("login") is None and request.endpoint != "sign_in":
        return redirect(url_for("sign_in", next=request.full_path if request.method == "GET"
                                else None))
    if request.method not in ("GET", "HEAD"):
        if conf.read_only and request.endpoint != "sign_in":
            abort(403, t("web.read_only"))
        sent = request.form.get("csrf")
        kept = session.get("csrf")
        if not sent or not kept or not hmac.compare_digest(str(sent), str(kept)):
            abort(400, t("web.bad_csrf"))
    g.read_only = conf.read_only
    g.login = session.get("login")
    return None


def _headers(response):
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'")
    return response


def csrf_token() -> str:
    token = session.get("csrf")
    if token is None:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def _error_page(error):
    from werkzeug.exceptions import HTTPException

    code = error.code if isinstance(error, HTTPException) else 500
    detail = getattr(error, "description", None) if code != 500 else None
    if code == 500:
        detail = t("web.internal_error")
    elif code == 404 and not detail or detail and detail.startswith("The requested URL"):
        detail = t("web.not_found")
    elif code == 413:
        detail = t("web.too_large")
    elif code == 405:
        detail = t("web.method")
    return render_template("error.html", code=code, detail=detail), code


# ---------------------------------------------------------------- signing in


def _sign_in():
    conf = settings()
    if not conf.sign_in:
        return redirect(url_for("pages.dashboard"))
    error = None
    if request.method == "POST":
        from tiepxuc.web.accounts import check, load

        account = check(load(conf.accounts_file),
                                 request.form.get("login", ""), request.form.get("password", ""))
        if account is None:
            error = t("web.sign_in_failed")
        else:
            session.clear()
            session["login"] = account.login
            target = request.args.get("next") or ""
            # only a path on this site (never //elsewhere or a scheme)
            if not target.startswith("/") or target.startswith("//") or "\\" in target:
                target = url_for("pages.dashboard")
            return redirect(target)
    return render_template("sign_in.html", error=error), 200 if error is None else 401


def _sign_out():
    session.clear()
    return redirect(url_for("sign_in"))


# ---------------------------------------------------------------- how values are shown


def _day(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return value.strftime("%d/%m/%Y")


def _status_class(status: str) -> str:
    return {"overdue": "bad", "done_late": "late", "due_soon": "warn",
            "within": "ok", "done_on_time": "good"}.get(str(status), "")
