"""The provider's claims → an SsoIdentity: who this is (personnel number, name, e-mail), where they work (unit
code), which Signaal groups they hold and, optionally, which units they lead.

Which claim carries what is configured (SIGNAAL_OIDC_CLAIMS). Every value passes the site's one text rule
(signaal/text_input.py, single line) and the same limits as the CSV import; a missing or unusable value is a
SsoRefusedError naming the claim, and nothing is written.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from curriculum.domain.errors import SsoRefusedError
from curriculum.services.imports import EMAIL_MAX_LENGTH, PERSONNEL_NUMBER
from curriculum.sso.config import claim_names, default_groups, group_map, managed_groups
from signaal.text_input import text_problem

NAME_MAX_LENGTH = 300  # first name and last name, 150 each
UNIT_CODE_MAX_LENGTH = 40  # Unit.code
MAX_LIST_ITEMS = 500


@dataclass(frozen=True)
class SsoIdentity:
    """What the provider says about the person logging in, in Signaal's terms."""

    subject: str
    personnel_number: str
    first_name: str
    last_name: str
    email: str
    unit_code: str | None  # None: units are not taken from the provider
    groups: frozenset[str]  # the Signaal groups they should hold, among `groups_managed`
    groups_managed: frozenset[str]  # the Signaal groups the provider decides (others are left alone)
    managed_unit_codes: tuple[str, ...] | None  # None: the units they lead stay as set in the admin


def _refused(message: str, reason: str, names: list[str], personnel_number: str) -> SsoRefusedError:
    """The claims `names` cannot be used: `message` names them (its %(claims)s), `reason` goes to the audit log."""
    return SsoRefusedError(
        message % {"claims": ", ".join(names)},
        reason=reason,
        detail=f"claims={names} personnel_number={personnel_number!r}",
    )


def _missing(names: list[str], personnel_number: str = "") -> SsoRefusedError:
    message = _(
        "Je account bij de inlogdienst mist gegevens die Signaal nodig heeft (%(claims)s). Daarom kun je nog niet "
        "inloggen; er is niets aangemaakt of gewijzigd. Meld dit bij de servicedesk."
    )
    return _refused(message, "claims_missing", names, personnel_number)


def _invalid(names: list[str], personnel_number: str = "") -> SsoRefusedError:
    message = _(
        "Je account bij de inlogdienst bevat een waarde die Signaal niet kan gebruiken (%(claims)s). Daarom kun "
        "je nog niet inloggen; er is niets aangemaakt of gewijzigd. Meld dit bij de servicedesk."
    )
    return _refused(message, "claims_invalid", names, personnel_number)


def _text(value) -> str | None:
    """A claim as one line of text (numbers are accepted as text), or None when it is absent or empty."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return ""  # present but not text: invalid
    return value.strip() or None


def _strings(value) -> list[str]:
    """A list claim (a JSON array, or one string) as its text items; anything else is ignored."""
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [item.strip() for item in items[:MAX_LIST_ITEMS] if isinstance(item, str) and item.strip()]


def _name(claims: dict, claim: str) -> str | None:
    name = _text(claims.get(claim))
    if name is None:  # the standard parts, when the configured claim is absent
        parts = [_text(claims.get(part)) for part in ("given_name", "family_name")]
        name = " ".join(p for p in parts if p) or None
    return name


def identity_from_claims(claims: dict) -> SsoIdentity:
    """Validate the claims and map the groups; SsoRefusedError names every missing or unusable claim."""
    names = claim_names()
    values = {
        "personnel_number": _text(claims.get(names["personnel_number"])),
        "name": _name(claims, names["name"]),
        "email": _text(claims.get(names["email"])),
    }
    if names["unit"]:
        values["unit"] = _text(claims.get(names["unit"]))
    missing = [names[key] for key, value in values.items() if value is None]
    number = values["personnel_number"] or ""
    if missing:
        raise _missing(missing, number)
    limits = {
        "personnel_number": lambda v: PERSONNEL_NUMBER.match(v) is not None,
        "name": lambda v: len(v) <= NAME_MAX_LENGTH,
        "email": lambda v: len(v) <= EMAIL_MAX_LENGTH and _email_ok(v),
        "unit": lambda v: len(v) <= UNIT_CODE_MAX_LENGTH,
    }
    invalid = [
        names[key]
        for key, value in values.items()
        if not value or text_problem(value, single_line=True) is not None or not limits[key](value)
    ]
    if invalid:
        raise _invalid(invalid, number if PERSONNEL_NUMBER.match(number) else "")
    first, _sep, last = values["name"].partition(" ")
    mapping = group_map()
    provider_groups = set(_strings(claims.get(names["groups"]))) if names["groups"] else set()
    groups = {target for source in provider_groups if source in mapping for target in mapping[source]}
    groups |= default_groups()
    managed = managed_groups()
    managed_units = None
    if names["managed_units"]:
        managed_units = tuple(
            code
            for code in _strings(claims.get(names["managed_units"]))
            if len(code) <= UNIT_CODE_MAX_LENGTH and text_problem(code, single_line=True) is None
        )
    return SsoIdentity(
        subject=str(claims.get("sub", ""))[:255],
        personnel_number=values["personnel_number"],
        first_name=first[:150],
        last_name=last.strip()[:150],
        email=values["email"],
        unit_code=values.get("unit"),
        groups=frozenset(groups & managed),
        groups_managed=managed,
        managed_unit_codes=managed_units,
    )


def _email_ok(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True
