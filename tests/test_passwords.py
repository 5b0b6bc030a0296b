"""Logins hash with Argon2id in production; older PBKDF2 hashes keep working and are upgraded on login."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import get_hasher, identify_hasher, make_password
from django.test import override_settings

from signaal.settings import base

pytestmark = pytest.mark.django_db

PASSWORD = "pw-Test-12345"
PRODUCTION_HASHERS = override_settings(PASSWORD_HASHERS=base.PASSWORD_HASHERS)


def _old_hash() -> str:
    """A PBKDF2 hash as an earlier Signaal on Django 3.2 stored it (260,000 iterations, a quarter of today's)."""
    hasher = get_hasher("pbkdf2_sha256")
    return hasher.encode(PASSWORD, hasher.salt(), iterations=260_000)


def test_production_hashes_with_argon2id_at_owasp_minimum_and_keeps_pbkdf2():
    assert base.PASSWORD_HASHERS[0] == "signaal.hashers.SignaalArgon2PasswordHasher"
    assert "django.contrib.auth.hashers.PBKDF2PasswordHasher" in base.PASSWORD_HASHERS[1:]
    with PRODUCTION_HASHERS:
        hasher = get_hasher("default")
        encoded = make_password(PASSWORD)
        decoded = hasher.decode(encoded)
    assert encoded.startswith("argon2$argon2id$")
    assert decoded["memory_cost"] >= 19 * 1024 and decoded["time_cost"] >= 2 and decoded["parallelism"] >= 1


@PRODUCTION_HASHERS
def test_an_old_pbkdf2_hash_is_rehashed_to_argon2id_on_login(client):
    user = get_user_model().objects.create(username="agent-oud")
    user.password = _old_hash()
    user.save(update_fields=["password"])
    assert identify_hasher(user.password).algorithm == "pbkdf2_sha256"

    response = client.post("/login/", {"username": "agent-oud", "password": PASSWORD})

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.password.startswith("argon2$argon2id$") and user.check_password(PASSWORD)
    client.logout()
    assert client.post("/login/", {"username": "agent-oud", "password": PASSWORD}).status_code == 302


@PRODUCTION_HASHERS
def test_a_wrong_password_against_an_old_hash_changes_nothing(client):
    user = get_user_model().objects.create(username="agent-oud")
    user.password = _old_hash()
    user.save(update_fields=["password"])
    before = user.password

    response = client.post("/login/", {"username": "agent-oud", "password": "fout-wachtwoord"})

    assert response.status_code == 200
    user.refresh_from_db()
    assert user.password == before
