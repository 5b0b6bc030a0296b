"""Step-up login by e-mail: the answer to a throttled address that never refuses the right person.

When one client address has failed against LOGIN_IP_FAILURE_LIMIT distinct accounts (password spraying; a
police station shares one address), a login from a browser without a device cookie for that account is not
refused. Its password is checked as usual, but the browser gets the same page whether it was right or wrong:
"if the password was right, we have sent a login link to the account's e-mail address". Only the owner of the
mailbox can finish, so a right guess is worth nothing to a sprayer, and the officer gets in.

The link is signed, expires after LOGIN_LINK_MAX_AGE seconds, and works once: its signature covers the
account's password hash and last login, and following it logs in (which changes the last login).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.http import url_has_allowed_host_and_scheme

audit = logging.getLogger("signaal.audit")
SALT = "signaal.login-link"
MAIL_INTERVAL_SECONDS = 5 * 60  # one link per account per interval, whatever is tried


def _state(user) -> str:
    return salted_hmac(SALT, f"{user.pk}|{user.password}|{user.last_login}|{user.is_active}").hexdigest()[:32]


def login_link_token(user, next_url: str = "") -> str:
    return signing.dumps({"u": user.pk, "s": _state(user), "n": next_url}, salt=SALT, compress=True)


def login_link_open(token: str) -> tuple[object, str] | None:
    """(user, next URL) for a valid link; None when it is forged, expired, already used or the account inactive."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.LOGIN_LINK_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int) or not isinstance(data.get("s"), str):
        return None
    user = get_user_model().objects.filter(pk=data["u"], is_active=True).first()
    if user is None or not constant_time_compare(data["s"], _state(user)):
        return None
    next_url = data.get("n") if isinstance(data.get("n"), str) else ""
    return user, next_url


def login_link_next(next_url: str, host: str) -> str:
    """Where a followed link lands: the page the login was for, if it is on this site; else the start page."""
    if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={host}, require_https=False):
        return next_url
    return settings.LOGIN_REDIRECT_URL


def login_link_queue(*, user, base_url: str, next_url: str = "", language: str = "nl") -> bool:
    """Queue one login link for an active account with an e-mail address, at most one per MAIL_INTERVAL_SECONDS.

    The mail is a SentMail row delivered by the worker with retries (curriculum/services/notifications.py); the
    link itself is made when the mail is sent (curriculum/services/mails.py), so no token is ever stored.
    """
    from curriculum.models import SentMail
    from curriculum.services.notifications import mail_queue

    if not user.is_active or not user.email:
        return False
    if not cache.add(f"signaal:login-link:{user.pk}", 1, timeout=MAIL_INTERVAL_SECONDS):
        return False
    options = {"base_url": base_url, "next": next_url, "language": language}
    mail_queue(kind=SentMail.Kind.LOGIN_LINK, user=user, options=options)
    audit.warning("login_link_queued user=%s", user.pk)
    return True
