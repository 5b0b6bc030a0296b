"""A real OpenID Connect provider for the SSO tests: tests/oidc_provider/server.mjs (the npm package oidc-provider)
run by the machine's Node.js on a loopback port, and the steps a person takes at its login page.

`make test` installs its packages (`make test-deps`: npm ci in tests/oidc_provider). Without Node.js or those
packages the SSO tests fail with a message that says so; SIGNAAL_SKIP_SSO=1 skips them explicitly.
"""

import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urljoin

import pytest
import requests

PROVIDER_DIR = Path(__file__).resolve().parent / "oidc_provider"
CLIENT_ID = "signaal"
CLIENT_SECRET = "test-only-client-secret"  # the loopback test provider's client
SCOPES = "openid profile email signaal"
PASSWORD = "idp-Test-12345"  # every test user's password at the provider
GROUP_MAP = {
    "sg-agenten": "Agenten",
    "sg-opleiders": "Opleiders",
    "sg-redactie": "Redactie",
    "sg-leidinggevenden": "Leidinggevenden",
}


def provider_missing() -> str | None:
    """Why the test provider cannot run here (None when it can); pytest.skip only with SIGNAAL_SKIP_SSO=1."""
    if shutil.which("node") is None:
        return (
            "Node.js is not installed, so the SSO tests cannot start their OpenID provider "
            "(tests/oidc_provider/server.mjs). Install Node.js 20 and npm (apt-get install -y nodejs npm), then "
            "`make test-deps`; or set SIGNAAL_SKIP_SSO=1 to skip the SSO tests explicitly."
        )
    if not (PROVIDER_DIR / "node_modules" / "oidc-provider" / "package.json").exists():
        return (
            "The test OpenID provider's npm packages are not installed (tests/oidc_provider/node_modules). Run "
            "`make test-deps` (npm ci in tests/oidc_provider; `make test` does it when npm is present), or set "
            "SIGNAAL_SKIP_SSO=1 to skip the SSO tests explicitly."
        )
    return None


def provider_required():
    """Skip (explicit switch) or fail (clear message) when the provider cannot run; called by the fixtures."""
    if os.environ.get("SIGNAAL_SKIP_SSO") == "1":
        pytest.skip("SIGNAAL_SKIP_SSO=1: the SSO tests against the test OpenID provider are skipped")
    if (reason := provider_missing()) is not None:
        pytest.fail(reason, pytrace=False)


class OidcProvider:
    """One `node server.mjs` process and its control API (see server.mjs)."""

    def __init__(self):
        self.process = None
        self.issuer = ""
        self.log = None

    def start(self, timeout: float = 30) -> "OidcProvider":
        self.log = tempfile.NamedTemporaryFile(prefix="oidc-provider-", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            ["node", "server.mjs"], cwd=PROVIDER_DIR, stdout=subprocess.PIPE, stderr=self.log, text=True
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _w, _x = select.select([self.process.stdout], [], [], 0.5)
            if ready:
                line = self.process.stdout.readline()
                if line:
                    self.issuer = json.loads(line)["issuer"]
                    return self
            if self.process.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"the test OpenID provider did not start: {Path(self.log.name).read_text()[-2000:]}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stdout:
            self.process.stdout.close()
        if self.log is not None:
            self.log.close()
            Path(self.log.name).unlink(missing_ok=True)

    @property
    def discovery_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    def _control(self, method: str, path: str, body=None):
        response = requests.request(method, f"{self.issuer}/_test/{path}", json=body, timeout=10)
        response.raise_for_status()
        return response.json()

    def reset(self, *, base_urls, users=None, **options) -> None:
        """A fresh provider: the Signaal client with callback and post-logout URLs on each base URL, test users."""
        client = {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "redirect_uris": [f"{base}/oidc/callback/" for base in base_urls],
            "post_logout_redirect_uris": [f"{base}/" for base in base_urls],
            "token_endpoint_auth_method": "client_secret_post",
        }
        self._control("POST", "reset", {"clients": [client], "users": users or {}, **options})

    def user_set(self, username: str, *, password: str = PASSWORD, **claims) -> None:
        """Add or change a test user; e.g. other groups, which Signaal sees at the user's next login."""
        self._control("PUT", f"users/{username}", {"password": password, "claims": claims})

    def tamper(self, **mode) -> None:
        """Alter the next ID token (aud, iss, expired, replay, bad_signature) and re-sign it with the real key."""
        self._control("POST", "tamper", mode)

    def fail(self, path: str, status: int = 503) -> None:
        self._control("POST", "fail", {"path": path, "status": status})

    def events(self, kind: str | None = None) -> list[dict]:
        events = self._control("GET", "events")
        return [e for e in events if kind is None or e["type"] == kind]


def officer_claims(personnel_number: str, unit_code: str, *groups: str, **extra) -> dict:
    """Claims as a directory would send them for an officer."""
    claims = {
        "name": extra.pop("name", f"Agent {personnel_number}"),
        "email": extra.pop("email", f"{personnel_number.lower()}@politie.example"),
        "personnel_number": personnel_number,
        "unit_code": unit_code,
        "groups": list(groups) or ["sg-agenten"],
        **extra,
    }
    return {key: value for key, value in claims.items() if value is not None}


def provider_login(session: requests.Session, authorization_url: str, username: str, password: str = PASSWORD) -> str:
    """What a person does at the provider: open the authorization URL, fill in the login form, follow the
    redirects. Returns the URL the provider sends the browser back to (Signaal's callback, with code and state)."""
    response = session.get(authorization_url, allow_redirects=False, timeout=10)
    for _step in range(10):
        location = response.headers.get("Location")
        if location is None:
            form = re.search(r'<form method="post" action="([^"]+)"', response.text)
            assert form, f"no login form at the provider: {response.status_code} {response.text[:500]}"
            response = session.post(
                urljoin(response.url, form.group(1)),
                data={"username": username, "password": password},
                allow_redirects=False,
                timeout=10,
            )
            continue
        target = urljoin(response.url, location)
        if "/oidc/callback/" in target:
            return target
        response = session.get(target, allow_redirects=False, timeout=10)
    raise AssertionError("the provider did not send the browser back to Signaal")


def sso_login(client, username: str, *, next_url: str = "", session: requests.Session | None = None):
    """The whole login over HTTP with Django's test client: start at Signaal, log in at the provider (a
    requests session plays the browser there), come back to the callback. Returns the callback's response."""
    start = client.get("/oidc/authenticate/", {"next": next_url} if next_url else {})
    assert start.status_code == 302, start.content[:500]
    callback = provider_login(session or requests.Session(), start["Location"], username)
    return client.get(callback.removeprefix("http://testserver"))
