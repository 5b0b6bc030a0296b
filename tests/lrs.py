"""A real Learning Record Store on loopback for the xAPI tests: Ralph (PyPI `ralph-malph`, LRS extra) with its
file-system backend, run by uvicorn from its own virtualenv `.venv-ralph` (made by `make install`, from
requirements-ralph.txt; Ralph pins FastAPI, Starlette and python-jose versions the app does not need).

tests/lrs_server.py is the launcher (it works around a bug in Ralph's file backend). `Ralph(directory)` starts it
on a free port with HTTP Basic credentials; `stop()` and `start()` again keep the same port and the same statement
file, so a test can take the LRS away and bring it back. `statements()` reads
everything back through the xAPI statements API (following `more`).
"""

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import requests

from tests.mailserver import free_port

BASE_DIR = Path(__file__).resolve().parent.parent
VENV = BASE_DIR / ".venv-ralph"
UVICORN = VENV / "bin" / "uvicorn"
USERNAME, PASSWORD = "signaal", "lrs-test-secret"
START_TIMEOUT = 60


def missing_reason() -> str | None:
    if UVICORN.exists():
        return None
    return f"Ralph is not installed in {VENV}: run `make install` (it creates .venv-ralph from requirements-ralph.txt)."


class Ralph:
    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        # Ralph's own bcrypt (in its venv) hashes the password for its credentials file.
        hashing = "import bcrypt, sys; print(bcrypt.hashpw(sys.argv[1].encode(), bcrypt.gensalt(4)).decode())"
        digest = subprocess.run(
            [str(VENV / "bin" / "python"), "-c", hashing, PASSWORD], capture_output=True, text=True, check=True
        ).stdout.strip()
        agent = {"account": {"homePage": "https://lrs.signaal.test", "name": USERNAME}}
        users = [{"username": USERNAME, "hash": digest, "scopes": ["all"], "agent": agent}]
        (self.directory / "auth.json").write_text(json.dumps(users))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def endpoint(self) -> str:
        return f"{self.url}/xAPI"

    @property
    def statements_file(self) -> Path:
        return self.directory / "fs_lrs.jsonl"

    def start(self) -> "Ralph":
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(self.directory),
            "RALPH_APP_DIR": str(self.directory),
            "RALPH_AUTH_FILE": str(self.directory / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.directory),
        }
        command = [str(VENV / "bin" / "python"), str(Path(__file__).with_name("lrs_server.py")), str(self.port)]
        log = (self.directory / "ralph.log").open("ab")
        self.process = subprocess.Popen(command, env=env, cwd=self.directory, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if requests.get(f"{self.url}/__heartbeat__", timeout=2).status_code == 200:
                    return self
            except requests.ConnectionError:
                pass
            assert self.process.poll() is None, (self.directory / "ralph.log").read_text()[-2000:]
            assert time.monotonic() < deadline, "Ralph did not start"
            time.sleep(0.1)  # polling interval while the server starts, not a timing assumption

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self.process = None

    def statements(self) -> list[dict]:
        """Every statement the LRS holds, oldest first."""
        found, url = [], f"{self.endpoint}/statements?limit=100&ascending=true"
        while url:
            response = requests.get(
                url, auth=(USERNAME, PASSWORD), headers={"X-Experience-API-Version": "1.0.3"}, timeout=10
            )
            assert response.status_code == 200, response.text
            page = response.json()
            found += page["statements"]
            url = self.url + page["more"] if page.get("more") else None
        return found

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
