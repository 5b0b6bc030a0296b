"""Clients of the read API (curriculum/api/): created with a token shown once, scoped to units, revoked.

The token is 32 random bytes (URL-safe text, prefixed `sgn_`); only its SHA-256 is stored. A slow password hash
is not needed for a random secret of that length, and SHA-256 lets a request find its client with one indexed
lookup.
"""

import hashlib
import logging
import secrets

from django.db import transaction
from django.utils import timezone

from curriculum.models import ApiClient, Unit

audit = logging.getLogger("signaal.audit")
PREFIX = "sgn_"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _units_set(client: ApiClient, units: list[Unit], message: str, *extra, by) -> None:
    """Scope the client to these units, and write the audit line `message` with the client, whether it is
    national, its units, `extra` and who did it."""
    client.units.set(units)
    audit.warning(message, client.pk, client.national, sorted(u.pk for u in units), *extra, getattr(by, "pk", None))


@transaction.atomic
def api_client_create(*, name: str, national: bool, units: list[Unit], created_by=None) -> tuple[ApiClient, str]:
    """A new client and its token (returned once, never stored)."""
    token = PREFIX + secrets.token_urlsafe(32)
    client = ApiClient.objects.create(
        name=name,
        national=national,
        token_prefix=token[:12],
        token_hash=token_hash(token),
        created_at=timezone.now(),
        created_by=created_by,
    )
    _units_set(client, units, "api_client_created client=%s national=%s units=%s by=%s", by=created_by)
    return client, token


@transaction.atomic
def api_client_update(*, client: ApiClient, name: str, national: bool, units: list[Unit], revoke: bool, by=None):
    """Change a client's name or scope, or revoke it (a revoked client stays revoked)."""
    client.name, client.national = name, national
    if revoke and client.revoked_at is None:
        client.revoked_at = timezone.now()
    client.save()
    revoked = client.revoked_at is not None
    _units_set(client, units, "api_client_changed client=%s national=%s units=%s revoked=%s by=%s", revoked, by=by)
    return client


def api_client_authenticate(token: str) -> ApiClient | None:
    """The active client holding this token (None otherwise); notes when it was last used (at most every minute)."""
    if not token.startswith(PREFIX) or len(token) > 100:
        return None
    client = ApiClient.objects.filter(token_hash=token_hash(token), revoked_at__isnull=True).first()
    if client is not None:
        now = timezone.now()
        if client.last_used_at is None or (now - client.last_used_at).total_seconds() > 60:
            ApiClient.objects.filter(pk=client.pk).update(last_used_at=now)
    return client
