"""How many password guesses one address can make against distinct accounts before the bound kicks in.

Not a test: the measurement of a password spray against one station. Runs the full middleware stack (axes, throttle,
rate limits) through Django's test client on a throw-away SQLite database, with the settings in
signaal.settings.test (same limits as production). Prints, per scenario, the guesses evaluated per window and per
hour, and whether the people who should get in still do. Runs on any revision (it uses no new names), so the same
script measures the code before and after a change:

    .venv/bin/python bench/spray.py
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signaal.settings.test")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

PASSWORD = "pw-Test-12345"
PROXY = "10.20.0.5"
CEILING = 5000  # stop counting here: "unbounded" within one window
STEP_UP = "Kijk in je mailbox"  # templates/registration/login_step_up.html


def guesses(address, forwarded=None):
    """Guesses against distinct accounts from one client until they are no longer evaluated for the guesser: the
    first 429 or step-up page (a right guess there only mails the account's owner), or CEILING."""
    attacker = Client()
    for n in range(CEILING):
        extra = {"HTTP_X_FORWARDED_FOR": forwarded(n)} if forwarded else {}
        response = attacker.post(
            "/login/", {"username": f"gok{n:05d}", "password": "Zomer2017!"}, REMOTE_ADDR=address, **extra
        )
        if response.status_code == 429 or STEP_UP in response.content.decode():
            return n
    return CEILING


def login(client, username, address, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    response = client.post("/login/", {"username": username, "password": PASSWORD}, REMOTE_ADDR=address, **extra)
    if response.status_code == 302:
        return "logged in (302)"
    if STEP_UP in response.content.decode():
        return "login link mailed (200)"
    return str(response.status_code)


def reset():
    from axes.models import AccessAttempt

    cache.clear()
    AccessAttempt.objects.all().delete()


def scenario(name, address, forwarded=None, colleague=None):
    from django.contrib.auth import get_user_model

    reset()
    returning = Client()
    login(returning, "agent-terug", address, forwarded(0) if forwarded else None)  # logged in here before
    returning.post("/logout/", REMOTE_ADDR=address)
    n = guesses(address, forwarded)
    window = settings.LOGIN_IP_WINDOW_SECONDS
    per_hour = "unbounded" if n >= CEILING else f"{round(n * 3600 / window)}"
    after = {
        "returning officer, right password": login(
            returning, "agent-terug", address, forwarded(0) if forwarded else None
        ),
        "new browser, right password": login(Client(), "agent-nieuw", address, forwarded(0) if forwarded else None),
    }
    if colleague:
        after["colleague behind the same proxy"] = login(Client(), "agent-collega", PROXY, colleague)
    get_user_model().objects.filter(username__startswith="gok").delete()
    print(
        f"| {name} | {n if n < CEILING else f'≥ {CEILING}'} | {per_hour} | "
        + "; ".join(f"{k}: {v}" for k, v in after.items())
        + " |"
    )


def main():
    from django.contrib.auth import get_user_model

    setup_test_environment()
    connection.settings_dict.setdefault("TEST", {})["NAME"] = str(Path(tempfile.gettempdir()) / "signaal-spray.sqlite3")
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        for username in ["agent-terug", "agent-nieuw", "agent-collega"]:
            get_user_model().objects.create_user(username, password=PASSWORD)
        print(
            f"LOGIN_IP_FAILURE_LIMIT={settings.LOGIN_IP_FAILURE_LIMIT} per {settings.LOGIN_IP_WINDOW_SECONDS} s, "
            f"AXES_FAILURE_LIMIT={settings.AXES_FAILURE_LIMIT} per account"
        )
        print("| scenario | guesses per window | guesses per hour | after the bound (what a right password gets) |")
        print("|---|---|---|---|")
        scenario("one address, direct", "198.51.100.7")
        scenario("one address, forging X-Forwarded-For", "198.51.100.7", forwarded=lambda n: f"203.0.113.{n % 250}")
        with override_settings(SIGNAAL_TRUSTED_PROXIES=[f"{PROXY}/32"]):
            scenario(
                "behind the trusted proxy, forged left-most hop",
                PROXY,
                forwarded=lambda n: f"1.2.{n // 250 % 250}.{n % 250}, 198.51.100.7",
                colleague="198.51.100.8",
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
