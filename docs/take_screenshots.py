"""Take the README screenshots from the demo data (not from test factories).

    make screenshots          # = .venv/bin/python docs/take_screenshots.py

Builds the demo in a throw-away SQLite database (migrate + load_demo), serves it with `runserver` on a free
loopback port, and drives Debian's Chromium (Playwright) as the officer (phone, 360 px) and the demo manager,
who sorts and filters *Voortgang per agent*. Writes docs/screenshots/*.png. Not part of `make test`.
"""

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSWORD = "signaal-demo-2017"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, seconds: int = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server at {url} did not answer")


def _login(page, base, username):
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state("load")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="signaal-shots-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "signaal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp}/demo.sqlite3",
        "DEMO_PASSWORD": PASSWORD,
    }
    py = sys.executable
    subprocess.run([py, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([py, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [py, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(f"{base}/login/")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium")
            phone = browser.new_context(viewport={"width": 360, "height": 780}, device_scale_factor=2)
            page = phone.new_page()
            _login(page, base, "officer")
            page.goto(f"{base}/mijn-training/")
            page.screenshot(path=str(OUT / "officer-phone.png"))
            page.goto(f"{base}/opleiding/signalen-seksuele-uitbuiting/signalen-bij-de-persoon/")
            page.wait_for_load_state("load")
            page.screenshot(path=str(OUT / "lesson.png"))

            desk = browser.new_context(viewport={"width": 1280, "height": 860})
            page = desk.new_page()
            _login(page, base, "manager")
            page.goto(f"{base}/admin/reports/completion/")
            page.wait_for_load_state("load")
            page.screenshot(path=str(OUT / "manager-dashboard.png"))
            # The manager filters the officer report on status and sorts it by a column header: real clicks
            # on what Wagtail renders (the filter applies by itself; the header link reloads the results).
            page.goto(f"{base}/admin/reports/officer/")
            page.wait_for_load_state("load")
            page.locator(".sg-detail thead th a").first.click()
            page.wait_for_load_state("networkidle")
            page.get_by_role("button", name="Toon filters").click()
            page.locator("#filters-drilldown").get_by_role("button", name="Status").click()
            page.locator("#id_status").select_option("in_progress")
            page.wait_for_load_state("networkidle")
            page.wait_for_url(re.compile(r"status=in_progress"))
            page.screenshot(path=str(OUT / "manager-sort-filter.png"))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
