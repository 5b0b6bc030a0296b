"""Import officers from an HR CSV: personnel number, name, e-mail, unit code.

Every row is validated first; with any error nothing is written and the report lists each bad row.
Every cell follows the one text rule (signaal.text_input, single line). A re-import updates existing
officers (matched on OfficerProfile.personnel_number only) and never duplicates them. The import never
takes over an account that is not that officer's (see `_plan`).
"""

import csv
import io
import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from curriculum.domain import roles
from curriculum.models import OfficerProfile, Unit, UnitManager
from curriculum.services.organisation import progress_placement_sync
from signaal.text_input import text_problem

MAX_IMPORT_BYTES = 10 * 1024 * 1024
COLUMNS = {
    "personnel_number": ("personeelsnummer", "personnel_number", "personnel number"),
    "name": ("naam", "name"),
    "email": ("e-mail", "email"),
    "unit_code": ("eenheidcode", "eenheid", "unit_code", "unit code"),
}
PERSONNEL_NUMBER = re.compile(r"^[A-Za-z0-9-]{1,20}$")
EMAIL_MAX_LENGTH = 254  # the User.email column


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
        report.errors.append(
            ImportRowError(0, _("Het bestand is groter dan %(mb)d MB.") % {"mb": MAX_IMPORT_BYTES // 2**20})
        )
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
    try:
        return _rows(reader, report)
    except csv.Error:
        report.errors.append(
            ImportRowError(reader.line_num, _("Deze regel is geen geldige CSV (bijv. een te lange cel)."))
        )
        return None


def _cells_checked(line: int, cells: list[str], report: ImportReport) -> bool:
    """The text rule for every cell (one line each, no control characters); a row error per bad cell."""
    ok = True
    for column, cell in enumerate(cells, start=1):
        problem = text_problem(cell, single_line=True)
        if problem is not None:
            report.errors.append(ImportRowError(line, _("Kolom %(c)d: %(p)s") % {"c": column, "p": problem}))
            ok = False
    return ok


def _rows(reader, report: ImportReport):
    raw_header = next(reader, [])
    if not _cells_checked(1, raw_header, report):
        return None
    header = [h.strip().lower() for h in raw_header]
    positions = {}
    for key, names in COLUMNS.items():
        found = next((header.index(n) for n in names if n in header), None)
        if found is None:
            report.errors.append(ImportRowError(1, _("Kolom ontbreekt: %(name)s.") % {"name": names[0]}))
        positions[key] = found
    if report.errors:
        return None
    rows = []
    for raw in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in raw) or not _cells_checked(line, raw, report):
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
        elif number.lower() in seen:
            report.errors.append(
                ImportRowError(
                    line,
                    _("Personeelsnummer %(v)s staat ook op regel %(l)d.") % {"v": number, "l": seen[number.lower()]},
                )
            )
        else:
            seen[number.lower()] = line
        if not row["name"] or len(row["name"]) > 150:
            report.errors.append(ImportRowError(line, _("Naam ontbreekt of is te lang.")))
        try:
            if len(row["email"]) > EMAIL_MAX_LENGTH:
                raise ValidationError("too long")
            validate_email(row["email"])
        except ValidationError:
            report.errors.append(ImportRowError(line, _("Ongeldig e-mailadres „%(v)s”.") % {"v": row["email"][:80]}))
        if row["unit_code"] not in units:
            report.errors.append(
                ImportRowError(line, _("Onbekende eenheidcode „%(v)s”.") % {"v": row["unit_code"][:40]})
            )
    return units


def _split_name(name: str) -> tuple[str, str]:
    first, _sep, last = name.partition(" ")
    return first[:150], last[:150]


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _not_officer_only_user_ids() -> set[int]:
    """Accounts that are more than an officer: the import never changes them (few, so one query each)."""
    User = get_user_model()
    ids = set(User.objects.filter(Q(is_superuser=True) | Q(is_staff=True)).values_list("pk", flat=True))
    ids |= set(User.groups.through.objects.exclude(group__name=roles.OFFICERS).values_list("user_id", flat=True))
    ids |= set(User.user_permissions.through.objects.values_list("user_id", flat=True))
    ids |= set(UnitManager.objects.values_list("user_id", flat=True))
    return ids


@dataclass
class _Plan:
    new: list = field(default_factory=list)  # (row, first, last)
    changed_users: list = field(default_factory=list)
    changed_profiles: list = field(default_factory=list)
    touched: list = field(default_factory=list)


def _plan(rows, units: dict[str, int], report: ImportReport) -> _Plan:
    """Decide per row: create a new officer, update an officer the import owns, or refuse (reads only).

    A row matches an existing officer on OfficerProfile.personnel_number only. The import never takes
    over another account: a username that already exists (any case) for a user without this profile is
    refused, and an officer who also holds any other role or right is left alone when the row would change them.
    """
    User = get_user_model()
    wanted = {r["personnel_number"] for _l, r in rows}
    profiles = {
        p.personnel_number: p for p in OfficerProfile.objects.select_related("user") if p.personnel_number in wanted
    }
    taken = {name.lower() for name in User.objects.values_list("username", flat=True)}
    privileged = _not_officer_only_user_ids()
    plan = _Plan()
    for line, row in rows:
        number = row["personnel_number"]
        first, last = _split_name(row["name"])
        unit_id = units.get(row["unit_code"])
        profile = profiles.get(number)
        if profile is None:
            if number.lower() in taken:
                report.errors.append(
                    ImportRowError(
                        line,
                        _(
                            "Er bestaat al een account met gebruikersnaam „%(v)s” dat niet bij dit "
                            "personeelsnummer hoort; "
                            "de import neemt geen bestaand account over. Laat een beheerder dit oplossen."
                        )
                        % {"v": number},
                    )
                )
            plan.new.append((row, first, last))
            continue
        user = profile.user
        user_changes = (user.first_name, user.last_name, user.email) != (first, last, row["email"])
        unit_changes = profile.unit_id != unit_id
        if (user_changes or unit_changes) and user.pk in privileged:
            report.errors.append(
                ImportRowError(
                    line,
                    _(
                        "Personeelsnummer %(v)s hoort bij een account met meer rechten dan een agent (beheerder, "
                        "leidinggevende, opleider of redactie); de import wijzigt dat account niet. "
                        "Laat een beheerder het aanpassen."
                    )
                    % {"v": number},
                )
            )
            continue
        if user_changes:
            user.first_name, user.last_name, user.email = first, last, row["email"]
            plan.changed_users.append(user)
        if unit_changes:
            profile.unit_id = unit_id
            plan.changed_profiles.append(profile)
        if user_changes or unit_changes:
            report.updated += 1
            plan.touched.append(user.pk)
        else:
            report.unchanged += 1
    return plan


def _apply(plan: _Plan, units: dict[str, int], report: ImportReport) -> None:
    User = get_user_model()
    User.objects.bulk_update(plan.changed_users, ["first_name", "last_name", "email"], batch_size=1000)
    OfficerProfile.objects.bulk_update(plan.changed_profiles, ["unit"], batch_size=1000)
    if plan.new:
        users = User.objects.bulk_create(
            [
                User(
                    username=row["personnel_number"],
                    first_name=first,
                    last_name=last,
                    email=row["email"],
                    password="!" + get_random_string(40),
                )
                for row, first, last in plan.new
            ],
            batch_size=1000,
        )
        by_username = {}
        for chunk in _chunks([u.username for u in users]):
            by_username.update(User.objects.filter(username__in=chunk).values_list("username", "pk"))
        OfficerProfile.objects.bulk_create(
            [
                OfficerProfile(
                    user_id=by_username[row["personnel_number"]],
                    unit_id=units[row["unit_code"]],
                    personnel_number=row["personnel_number"],
                )
                for row, _f, _l in plan.new
            ],
            batch_size=1000,
        )
        group = Group.objects.filter(name=roles.OFFICERS).first()
        if group is not None:
            Through = User.groups.through
            Through.objects.bulk_create(
                [Through(user_id=pk, group_id=group.pk) for pk in by_username.values()],
                batch_size=1000,
                ignore_conflicts=True,
            )
        report.created = len(by_username)
        plan.touched.extend(by_username.values())
    if plan.touched:
        progress_placement_sync(user_ids=plan.touched)


def officers_import_csv(data: bytes) -> ImportReport:
    """Validate every row, then create or update all officers in one transaction (or none at all)."""
    report = ImportReport()
    rows = _read(data, report)
    if rows is None or report.errors:
        return report
    units = _validate(rows, report)
    try:
        with transaction.atomic():
            plan = _plan(rows, units, report)
            report.errors.sort(key=lambda e: e.line)
            if report.errors:
                report.updated = report.unchanged = 0
                return report
            _apply(plan, units, report)
    except IntegrityError:
        # Someone created the same account or personnel number while this import ran: nothing was written.
        report.created = report.updated = report.unchanged = 0
        report.errors.append(
            ImportRowError(
                0,
                _(
                    "Tegelijk met deze import is een agent met hetzelfde personeelsnummer of dezelfde gebruikersnaam "
                    "aangemaakt; er is niets geïmporteerd. Probeer het opnieuw."
                ),
            )
        )
    return report
