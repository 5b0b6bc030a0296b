"""One text rule for everything that enters Signaal, in one place.

Text may contain any printable character, plus tab, and newlines where several lines are allowed.
It may not contain NUL, other C0/C1 control characters, DEL, lone surrogates or the non-characters
U+FFFE/U+FFFF: they are invisible, break PostgreSQL (NUL), XLSX exports (openpyxl refuses them) and
search, and arrive mostly by pasting from another program (Word puts U+000B in for a line break).

- `text_problem()` / `text_validate()` / `TextRuleValidator`: the rule for one value (forms, the import).
- `TextInputMiddleware`: answers 400 with a Dutch message for any request whose path, query string, form
  fields (keys and values; files excepted) or JSON (a JSON body, or a form value holding JSON such as
  the rich-text editor's content) break the rule, and clears a cookie that does. That covers the site,
  the Wagtail admin (page titles, snippets, rich text, search, report filters) and any later API,
  before a view sees the data.
- `MalformedInputMiddleware`: a form missing its script-added fields, or a number or text too large for its
  column, is a 400 too (it surfaced as an exception, a 500, before).
"""

import json
import logging
import re

from django.core.exceptions import ValidationError
from django.db import DataError
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext as _

audit = logging.getLogger("signaal.audit")
logger = logging.getLogger("signaal")

_FORBIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
MULTI_LINE = re.compile(f"[{_FORBIDDEN}]")
SINGLE_LINE = re.compile(f"[{_FORBIDDEN}\n\r]")
JSON_NESTING_LIMIT = 64


def text_problem(value: str, *, single_line: bool = False) -> str | None:
    """The Dutch reason `value` is refused, or None when it is acceptable text."""
    found = (SINGLE_LINE if single_line else MULTI_LINE).search(value)
    if found is None:
        return None
    char = found.group()
    if char in "\n\r":
        return _("Deze tekst moet op één regel staan; haal de regelovergang weg.")
    return _(
        "De tekst bevat een onzichtbaar stuurteken (%(code)s), meestal meegekomen met geplakte tekst. "
        "Haal het weg en probeer het opnieuw."
    ) % {"code": f"U+{ord(char):04X}"}


def text_validate(value: str, *, single_line: bool = False) -> None:
    """Raise ValidationError (code "control_character") when `value` breaks the text rule."""
    problem = text_problem(value, single_line=single_line)
    if problem is not None:
        raise ValidationError(problem, code="control_character")


@deconstructible
class TextRuleValidator:
    """The text rule as a field validator: `validators=[TextRuleValidator(single_line=True)]`."""

    def __init__(self, single_line: bool = False):
        self.single_line = single_line

    def __call__(self, value):
        if isinstance(value, str):
            text_validate(value, single_line=self.single_line)

    def __eq__(self, other):
        return isinstance(other, TextRuleValidator) and other.single_line == self.single_line


def _json_strings(value):
    """Every key and string inside decoded JSON, without recursion (no depth can crash it)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            yield item
        elif depth < JSON_NESTING_LIMIT and isinstance(item, dict):
            for key, child in item.items():
                yield key
                stack.append((child, depth + 1))
        elif depth < JSON_NESTING_LIMIT and isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)


def _json_problem(raw) -> str | None:
    try:
        decoded = json.loads(raw)
    except (ValueError, RecursionError):
        return None  # not JSON after all; the view judges it as text
    return next((p for s in _json_strings(decoded) if (p := text_problem(s)) is not None), None)


# A whole number no database column can hold (beyond 64 bits) is never meaningful input; Django and Wagtail
# filters pass such values on to the database, which fails (OverflowError on SQLite, DataError on PostgreSQL).
HUGE_NUMBER = re.compile(r"\s*[+-]?0*[1-9][0-9]{18,}\s*")
INT64_MAX = 2**63 - 1


def number_problem(value: str) -> str | None:
    if HUGE_NUMBER.fullmatch(value) and abs(int(value)) > INT64_MAX:
        return _("Dit getal is te groot om te verwerken.")
    return None


def _value_problem(value: str) -> str | None:
    problem = text_problem(value) or number_problem(value)
    if problem is None and value.lstrip()[:1] in ("{", "["):
        problem = _json_problem(value)  # JSON escapes hide control characters as \u0001
    return problem


def _pairs_problem(data) -> tuple[str, str] | None:
    for key, values in data.lists():
        problem = text_problem(key, single_line=True)
        problem = problem or next((p for v in values if (p := _value_problem(v)) is not None), None)
        if problem is not None:
            shown = key[:80] if text_problem(key, single_line=True) is None else "?"
            return _("Het gaat om het veld „%(field)s”.") % {"field": shown}, problem
    return None


def request_text_problem(request) -> tuple[str, str] | None:
    """(where, reason) for the first part of the request that breaks the text rule, or None."""
    if (problem := text_problem(request.path_info, single_line=True)) is not None:
        return _("Het gaat om het webadres."), problem
    content_type = request.content_type or ""
    is_json = content_type == "application/json" or content_type.endswith("+json")
    found = _pairs_problem(request.GET)
    if found is None and request.method == "POST" and not is_json:
        found = _pairs_problem(request.POST)
    if found is None and is_json and request.body:
        if (problem := _json_problem(request.body)) is not None:
            found = _("Het gaat om de verstuurde gegevens (JSON)."), problem
    return found


def _cookie_problem(name: str, value: str) -> bool:
    """Cookies are unquoted by Django ("\\000" becomes NUL), so a session cookie could carry NUL to PostgreSQL."""
    return text_problem(name, single_line=True) is not None or text_problem(value, single_line=True) is not None


def refusal(request, message: str, status: int = 400):
    """The 4xx page with a Dutch message; for the read API (/api/) the same message as JSON."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": str(message)}, status=status)
    return render(request, "curriculum/error.html", {"message": message}, status=status)


class TextInputMiddleware:
    """400 with a Dutch explanation for any request that carries control characters (see module doc)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        bad_cookies = [name for name, value in request.COOKIES.items() if _cookie_problem(name, value)]
        if bad_cookies:
            return self._refuse_cookies(request, bad_cookies)
        found = request_text_problem(request)
        if found is None:
            return self.get_response(request)
        where, problem = found
        audit.warning("text_input_refused method=%s path=%r", request.method, request.path[:200])
        message = f"{problem} {where}"
        if request.method == "POST":
            message += " " + _("Ga in je browser terug naar het formulier: wat je invulde staat er dan nog.")
        return refusal(request, message)

    @staticmethod
    def _refuse_cookies(request, names):
        """Never look the bad session key up: start an empty session, answer 400 and clear those cookies."""
        if hasattr(request, "session"):
            request.session = type(request.session)()
        audit.warning("text_input_refused method=%s path=%r cookies=%d", request.method, request.path[:200], len(names))
        message = _("Uw browser stuurde een ongeldig cookie. Het is gewist; laad de pagina opnieuw.")
        response = refusal(request, message)
        for name in names:
            if text_problem(name, single_line=True) is None:
                response.delete_cookie(name)
        return response


# Input that is well-formed text but still cannot be processed: a form posted without the fields its script adds
# (a StreamField's "-count"), a number beyond any column, a value longer than its column. These surface as
# exceptions deep inside Django or Wagtail; they are the client's error, so the answer is a 400, not a 500.
MALFORMED_INPUT_ERRORS = (MultiValueDictKeyError, OverflowError, DataError)


class MalformedInputMiddleware:
    """Turn the exceptions above into a 400 in the site's design; the database work of the request is rolled
    back already (the exception left every atomic block), and the traceback is logged as a warning."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, MALFORMED_INPUT_ERRORS):
            return None
        logger.warning(
            "malformed_input method=%s path=%r error=%s",
            request.method,
            request.path[:200],
            type(exception).__name__,
            exc_info=exception,
        )
        message = _(
            "Dit verzoek kon niet worden verwerkt: een veld ontbreekt, of een waarde is te lang of te groot. "
            "Ga terug, controleer wat je invulde en probeer het opnieuw."
        )
        return refusal(request, message)


def axes_username(request, credentials=None) -> str | None:
    """The username django-axes records, cut to the column's length (a 100 kB "username" was a 500)."""
    data = credentials or getattr(request, "data", request.POST)
    username = data.get("username") if data is not None else None
    return username[:150] if isinstance(username, str) else username
