"""Link and form extraction for the crawls (browser and Django test client), deterministic and bounded.

A crawl visits each *kind* of URL a bounded number of times: the key of a URL is its path with every number
replaced by `N`, plus its sorted query keys (values ignored), so `/admin/users/17/` and `/admin/users/18/` are
one kind and `?ordering=x` variants of a listing are one kind per key set. Listing controls are kept apart:
every distinct sort (`ordering=`), export (`export=`) and page link up to page 3 (`p=`/`page=`; later pages are
one kind) of a listing is its own key, so each is clicked at least once.
"""

import json
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit

from bs4 import BeautifulSoup

# Never followed: they end the session, or (as GET) only show a confirmation whose POST would destroy data.
SKIP_PATH = re.compile(
    r"/logout/|/delete/|/delete-multiple|/unpublish/|/bulk/|/pseudonymi|/revisions/\d+/revert|/workflow/"
    r"|/copy/|/move/|/convert_alias/|/lock/|/unlock/|/history/.*/(revert|restore)|/documents/\d+/|/images/\d+/"
    r"|^/static/|^/media/|\.(png|jpe?g|svg|ico|css|js|woff2?)$"
)
DANGEROUS_FORM = re.compile(r"delete|unpublish|publish|logout|pseudonymi|revert|unlock|lock|move|copy|bulk", re.I)
SORT_KEYS = ("ordering",)
PAGE_KEYS = ("p", "page")
LAST_PAGE_KIND = 3  # pages 1, 2 and 3 of a listing are each their own kind; later pages are one kind
EXPORT_KEYS = ("export",)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters inside JSON (revisions, StreamField bodies), escaped once or more.
ESCAPED_BAD = re.compile(r"\\+u00(0[0-8bBcC]|1[0-9a-fA-F]|7[fF])")


def url_path_pattern(path: str) -> str:
    return re.sub(r"\d+", "N", path)


def url_key(url: str) -> tuple:
    """Path kind + sorted query keys; a sort, page or export link keeps that one value."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    keys = tuple(sorted(query))
    for special in (*EXPORT_KEYS, *PAGE_KEYS, *SORT_KEYS):
        if special in query:
            value = query[special]
            if special in PAGE_KEYS and not (value.isdigit() and int(value) <= LAST_PAGE_KIND):
                value = f"{LAST_PAGE_KIND}+"  # pages 1 to 3 each once, then one page beyond: a long listing
            return (url_path_pattern(parts.path), keys, special, value)
    return (url_path_pattern(parts.path), keys)


def link_kind(url: str) -> str:
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    if any(k in query for k in EXPORT_KEYS):
        return "export"
    if any(k in query for k in PAGE_KEYS):
        return "page"
    if any(k in query for k in SORT_KEYS):
        return "sort"
    return "link"


def same_origin_path(href: str, base: str) -> str | None:
    """`/path?query` for a same-origin http(s) link, else None."""
    if not href or href.startswith(("mailto:", "tel:", "javascript:", "data:")):
        return None
    absolute, _fragment = urldefrag(urljoin(base, href.strip()))
    parts, here = urlsplit(absolute), urlsplit(base)
    if parts.scheme not in ("http", "https") or (parts.netloc and parts.netloc != here.netloc):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def links_extract(html: str, base: str) -> list[str]:
    """Same-origin links on a page, in document order, without the skipped ones."""
    soup = BeautifulSoup(html, "lxml")
    found, seen = [], set()
    for anchor in soup.find_all("a", href=True):
        url = same_origin_path(anchor["href"], base)
        if url is None or url in seen or SKIP_PATH.search(urlsplit(url).path):
            continue
        seen.add(url)
        found.append(url)
    return found


@dataclass
class Field:
    name: str
    kind: str  # text, textarea, select, checkbox, radio, hidden, password, email, number, date, file, ...
    value: str = ""
    options: list[str] = field(default_factory=list)
    required: bool = False


@dataclass
class Form:
    method: str
    action: str  # same-origin path?query the browser would send it to
    fields: list[Field]
    swap_src: str | None  # Wagtail's w-swap results URL (filters/search are fetched there by script)
    dangerous: bool
    selector_index: int  # position among the page's <form> elements

    @property
    def names(self) -> tuple:
        return tuple(sorted({f.name for f in self.fields}))


def forms_extract(html: str, base: str) -> list[Form]:
    soup = BeautifulSoup(html, "lxml")
    forms = []
    for index, tag in enumerate(soup.find_all("form")):
        action = same_origin_path(tag.get("action") or base, base)
        if action is None:
            continue
        fields = []
        for element in tag.find_all(["input", "select", "textarea"]):
            name = element.get("name")
            if not name or element.has_attr("disabled"):
                continue
            if element.name == "select":
                options = [o.get("value", o.get_text()) for o in element.find_all("option")]
                selected = element.find("option", selected=True)
                value = selected.get("value", selected.get_text()) if selected else (options[0] if options else "")
                kind = "select-multiple" if element.has_attr("multiple") else "select"
                fields.append(Field(name, kind, value, options, element.has_attr("required")))
            elif element.name == "textarea":
                fields.append(Field(name, "textarea", element.get_text(), required=element.has_attr("required")))
            else:
                kind = (element.get("type") or "text").lower()
                if kind in ("submit", "button", "image", "reset"):
                    continue
                if kind in ("checkbox", "radio") and not element.has_attr("checked"):
                    fields.append(Field(name, kind, "", [element.get("value", "on")], element.has_attr("required")))
                    continue
                fields.append(
                    Field(
                        name,
                        kind,
                        element.get("value", "on" if kind in ("checkbox", "radio") else ""),
                        [element.get("value", "on")] if kind in ("checkbox", "radio") else [],
                        element.has_attr("required"),
                    )
                )
        buttons = " ".join(
            f"{b.get('name', '')} {b.get('value', '')} {b.get_text(' ', strip=True)}"
            for b in tag.find_all(["button", "input"])
            if (b.get("type") or "submit").lower() == "submit"
        )
        method = (tag.get("method") or "get").lower()
        text = f"{action} {tag.get('id', '')} {' '.join(tag.get('class', []))}"
        dangerous = bool(
            DANGEROUS_FORM.search(urlsplit(action).path) or (method == "post" and DANGEROUS_FORM.search(text))
        )
        # A POST form whose only buttons publish/delete is dangerous; an edit form with "save draft" is not.
        if (
            method == "post"
            and buttons.strip()
            and DANGEROUS_FORM.search(buttons)
            and not re.search(
                r"opslaan|save|bewaar|verstuur|zoek|inloggen|log in|wijzig|wachtwoord|importeer|controleer"
                r"|versturen|volgende",
                buttons,
                re.I,
            )
        ):
            dangerous = True
        swap = tag.get("data-w-swap-src-value")
        forms.append(Form(method, action, fields, same_origin_path(swap, base) if swap else None, dangerous, index))
    return forms


def form_values(form: Form, *, overrides: dict | None = None) -> list[tuple[str, str]]:
    """The pairs a browser would send for the form as shown (checked boxes, selected options, hidden fields)."""
    pairs = []
    for f in form.fields:
        if f.kind in ("checkbox", "radio") and not f.value:
            continue
        if f.kind == "file":
            continue
        pairs.append((f.name, f.value))
    if overrides:
        pairs = [(k, v) for k, v in pairs if k not in overrides] + [(k, v) for k, v in overrides.items()]
    return pairs


def get_url(action: str, pairs) -> str:
    """A GET submission: the form data replaces the action's query (as the HTML spec says)."""
    path = urlsplit(action).path
    return f"{path}?{urlencode(pairs)}" if pairs else path


def first_choice(f: Field) -> str | None:
    """A non-empty option of a select/checkbox/radio, to 'click' a filter."""
    choices = [o for o in f.options if o not in ("", "all", "None")]
    return choices[0] if choices else None


def stored_control_chars_scan() -> list[str]:
    """Every text cell in curriculum, auth and wagtail tables with a character in
    \\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f."""
    from django.apps import apps
    from django.db import models

    hits = []
    for model in sorted(apps.get_models(), key=lambda m: m._meta.label):
        if model._meta.app_label not in ("curriculum", "auth", "wagtailcore", "home", "wagtailsearch", "taggit"):
            continue
        if model._meta.proxy or not model._meta.managed:
            continue
        text_fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, (models.CharField, models.TextField, models.JSONField))
        ]
        if not text_fields:
            continue
        for row in model._base_manager.values_list("pk", *text_fields).iterator():
            for name, value in zip(text_fields, row[1:], strict=True):
                if value is None:
                    continue
                text = value if isinstance(value, str) else json.dumps(value)
                if CONTROL.search(text) or ESCAPED_BAD.search(text):
                    hits.append(f"{model._meta.label}.{name} pk={row[0]}: {text[:80]!r}")
    return hits
