"""Import officers from an HR CSV: personnel number, name, e-mail, unit code.

Every row is validated first; with any error nothing is written and the report lists each bad row.
A re-import updates existing officers (matched on personnel number) and never duplicates them.
"""

import csv
import io
import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from curriculum import roles
from curriculum.models import OfficerProfile, Unit
from curriculum.services.organisation import progress_placement_sync

MAX_IMPORT_BYTES = 10 * 1024 * 1024
COLUMNS = {
    "personnel_number": ("personeelsnummer", "personnel_number", "personnel number"),
    "name": ("naam", "name"),
    "email": ("e-mail", "email"),
    "unit_code": ("eenheidcode", "eenheid", "unit_code", "unit code"),
}
PERSONNEL_NUMBER = re.compile(r"^[A-Za-z0-9-]{1,20}$")


@dataclass
class ImportRowError:
    line: int
    message: str


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[ImportRowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _read(data: bytes, report: ImportReport):
    if len(data) > MAX_IMPORT_BYTES:
        report.errors.append(ImportRowError(0, _("Het bestand is groter dan %(mb)d MB.") % {"mb": MAX_IMPORT_BYTES // 2**20}))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        report.errors.append(ImportRowError(0, _("Het bestand is geen UTF-8-tekst (CSV).")))
        return None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = [h.strip().lower() for h in next(reader, [])]
    positions = {}
    for key, names in COLUMNS.items():
        found = next((header.index(n) for n in names if n in header), None)
        if found is None:
            report.errors.append(ImportRowError(1, _("Kolom ontbreekt: %(name)s.") % {"name": names[0]}))
        positions[key] = found
    if report.errors:
        return None
    rows = []
    for line, raw in enumerate(reader, start=2):
        if not any(cell.strip() for cell in raw):
            continue
        if len(raw) < len(header):
            report.errors.append(ImportRowError(line, _("Te weinig kolommen.")))
            continue
        rows.append((line, {key: raw[pos].strip() for key, pos in positions.items()}))
    if not rows and not report.errors:
        report.errors.append(ImportRowError(0, _("Het bestand bevat geen agenten.")))
    return rows


def _validate(rows, report: ImportReport) -> dict[str, int]:
    units = dict(Unit.objects.filter(code__in={r["unit_code"] for _l, r in rows}).values_list("code", "pk"))
    seen: dict[str, int] = {}
    for line, row in rows:
        number = row["personnel_number"]
        if not PERSONNEL_NUMBER.match(number):
            report.errors.append(ImportRowError(line, _("Ongeldig personeelsnummer „%(v)s”.") % {"v": number[:40]}))
        elif number in seen:
            report.errors.append(
                ImportRowError(line, _("Personeelsnummer %(v)s staat ook op regel %(l)d.") % {"v": number, "l": seen[number]})
            )
        else:
            seen[number] = line
        if not row["name"] or len(row["name"]) > 150:
            report.errors.append(ImportRowError(line, _("Naam ontbreekt of is te lang.")))
        try:
            validate_email(row["email"])
        except ValidationError:
            report.errors.append(ImportRowError(line, _("Ongeldig e-mailadres „%(v)s”.") % {"v": row["email"][:80]}))
        if row["unit_code"] not in units:
            report.errors.append(ImportRowError(line, _("Onbekende eenheidcode „%(v)s”.") % {"v": row["unit_code"][:40]}))
    return units


def _split_name(name: str) -> tuple[str, str]:
    first, _sep, last = name.partition(" ")
    return first[:150], last[:150]


@transaction.atomic
def _apply(rows, units: dict[str, int], report: ImportReport) -> None:
    User = get_user_model()
    profiles = {p.personnel_number: p for p in OfficerProfile.objects.select_related("user")}
    new_users, changed_users, changed_profiles, touched = [], [], [], []
    for _line, row in rows:
        first, last = _split_name(row["name"])
        unit_id = units[row["unit_code"]]
        profile = profiles.get(row["personnel_number"])
        if profile is None:
            new_users.append(
                User(username=row["personnel_number"], first_name=first, last_name=last, email=row["email"],
                     password="!" + get_random_string(40))
            )
            continue
        user = profile.user
        if (user.first_name, user.last_name, user.email) != (first, last, row["email"]):
            user.first_name, user.last_name, user.email = first, last, row["email"]
            changed_users.append(user)
        if profile.unit_id != unit_id:
            profile.unit_id = unit_id
            changed_profiles.append(profile)
        if user in changed_users or profile in changed_profiles:
            report.updated += 1
            touched.append(user.pk)
        else:
            report.unchanged += 1
    User.objects.bulk_update(changed_users, ["first_name", "last_name", "email"], batch_size=1000)
    OfficerProfile.objects.bulk_update(changed_profiles, ["unit"], batch_size=1000)
    if new_users:
        taken = set(User.objects.filter(username__in=[u.username for u in new_users]).values_list("username", flat=True))
        User.objects.bulk_create([u for u in new_users if u.username not in taken], batch_size=1000)
        by_username = dict(User.objects.filter(username__in=[u.username for u in new_users]).values_list("username", "pk"))
        unit_of = {r["personnel_number"]: units[r["unit_code"]] for _l, r in rows}
        OfficerProfile.objects.bulk_create(
            [OfficerProfile(user_id=by_username[n], unit_id=unit_of[n], personnel_number=n) for n in by_username],
            batch_size=1000,
        )
        group = Group.objects.filter(name=roles.OFFICERS).first()
        if group is not None:
            Through = User.groups.through
            Through.objects.bulk_create(
                [Through(user_id=pk, group_id=group.pk) for pk in by_username.values()], batch_size=1000, ignore_conflicts=True
            )
        report.created = len(by_username)
        touched.extend(by_username.values())
    if touched:
        progress_placement_sync(user_ids=touched)


def officers_import_csv(data: bytes) -> ImportReport:
    """Validate every row, then create or update all officers in one transaction (or none at all)."""
    report = ImportReport()
    rows = _read(data, report)
    if rows is None or report.errors:
        return report
    units = _validate(rows, report)
    if report.errors:
        return report
    _apply(rows, units, report)
    return report
