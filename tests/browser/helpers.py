"""Shared steps for the browser journeys: log in, screenshot, axe-core check, visible focus."""

import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

from tests.helpers import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def shot(page, name):
    """Save a full-page screenshot under test-artifacts/screenshots/ (the README's come from
    docs/take_screenshots.py, on the demo data)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def assert_accessible(page, name):
    """axe-core: zero violations at WCAG 2.1 A and AA."""
    result = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} → {[n['target'] for n in v['nodes']][:5]}"
        for v in result.response["violations"]
    ]
    assert not problems, f"axe on {name} ({page.url}):\n" + "\n".join(problems)


def step(page, name):
    """Every officer page the journeys visit: check it with axe and keep a screenshot."""
    page.wait_for_load_state("load")
    shot(page, name)
    assert_accessible(page, name)


def login(page, username, *, password=PASSWORD, url="/login/", submit="main form button[type=submit]"):
    page.goto(url)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator(submit).first.click()
    page.wait_for_load_state("load")


FOCUS_STYLE_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const label = el.closest('label');
  const ls = label ? getComputedStyle(label) : null;
  return {
    tag: el.tagName, type: el.type || '', name: el.name || '',
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 120),
    label: label ? label.innerText.trim().slice(0, 120) : '',
    outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow,
    labelOutline: ls ? ls.outlineStyle : 'none',
  };
}"""


def focused(page):
    return page.evaluate(FOCUS_STYLE_JS)


def assert_visible_focus(info):
    assert info is not None, "nothing has focus"
    visible = (info["outlineStyle"] not in ("none", "") and info["outlineWidth"] >= 2) or info["labelOutline"] != "none"
    assert visible, f"focus is not visible on {info}"


def tab_to(page, pattern, *, key="Tab", limit=60):
    """Press Tab until the focused element's text, label or name matches `pattern`; every stop must show focus."""
    regex = re.compile(pattern)
    for _ in range(limit):
        page.keyboard.press(key)
        info = focused(page)
        if info is None:
            continue
        assert_visible_focus(info)
        if regex.search(info["text"]) or regex.search(info["label"]) or regex.search(info["name"]):
            return info
    raise AssertionError(f"no element matching {pattern!r} within {limit} Tab presses")
