"""The read API, version 1 (django-ninja; docs/api.md). Every endpoint is GET, answers JSON, and reads only what
the client's token is scoped to (curriculum/api/scope.py). Counts are the managers' reports' own queries
(curriculum/reporting.py), so the API and the reports always give the same numbers."""

from datetime import UTC, date, datetime
from typing import Annotated

from django.utils import timezone
from ninja import Field, NinjaAPI, Query, Schema
from ninja.security import HttpBearer

from curriculum.api import schemas
from curriculum.api.scope import Scope
from curriculum.models import ModuleProgress
from curriculum.selectors import certificates, reporting
from curriculum.selectors.learning import module_live_list
from curriculum.services.api_clients import api_client_authenticate

MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Limit = Annotated[int, Field(ge=1, le=500)]
Offset = Annotated[int, Field(ge=0, le=MAX_ID)]
# The text rule (curriculum/text_input.py) for one-line strings in the path, as a pattern the schema can state.
TEXT = r"^[^\x00-\x1f\x7f-\x9f" + "\ufffe\uffff" + "]+$"
ERRORS = {400: schemas.Error, 401: schemas.Error, 404: schemas.Error, 422: schemas.Error, 429: schemas.Error}
NOT_FOUND = "Niet gevonden, of buiten wat deze sleutel mag lezen."


class TokenAuth(HttpBearer):
    """`Authorization: Bearer sgn_…`: the token of an active API client (created in the admin)."""

    def authenticate(self, request, token):
        client = api_client_authenticate(token)
        if client is not None:
            request.api_client = client
            request.api_scope = Scope.of(client)
        return client


api = NinjaAPI(
    title="Signaal API",
    version="1",
    description="Alleen-lezen: eenheden, modules, voortgang en certificaten, binnen de eenheden van de sleutel.",
    urls_namespace="api-v1",
    docs_url=None,  # the Swagger page loads scripts from a CDN; read openapi.json with any OpenAPI viewer
    auth=TokenAuth(),
)


class NotFound(Exception):
    pass


@api.exception_handler(NotFound)
def not_found(request, exc):
    return api.create_response(request, {"detail": NOT_FOUND}, status=404)


class Page(Schema):
    count: int
    limit: int
    offset: int


class UnitPage(Page):
    items: list[schemas.UnitOut]


class ModuleList(Page):
    items: list[schemas.ModuleOut]


class ProgressPage(Page):
    items: list[schemas.ProgressOut]


def _page(rows, limit: int, offset: int) -> tuple[int, list]:
    return rows.count(), list(rows[offset : offset + limit])


def _with_parents(units):
    """Each unit's parent id (from its tree path; one query for all)."""
    parents = {u.path[: -u.steplen] for u in units if u.depth > 1}
    by_path = dict(type(units[0]).objects.filter(path__in=parents).values_list("path", "pk")) if parents else {}
    for unit in units:
        unit.parent_pk = by_path.get(unit.path[: -unit.steplen])
    return units


def _unit(request, unit_id: int | None):
    unit = request.api_scope.unit_get(unit_id)
    if unit is None:
        raise NotFound
    return _with_parents([unit])[0]


@api.get("/units", response={200: UnitPage, **ERRORS}, summary="Eenheden binnen de scope")
def units_list(
    request,
    parent: Id | None = None,
    level: Annotated[int, Field(ge=1, le=4)] | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
):
    rows = request.api_scope.units().order_by("path")
    if parent is not None:
        rows = rows.filter(path__startswith=_unit(request, parent).path, depth=_unit(request, parent).depth + 1)
    if level is not None:
        rows = rows.filter(depth=level)
    count, items = _page(rows, limit, offset)
    return {"count": count, "limit": limit, "offset": offset, "items": _with_parents(items) if items else []}


@api.get("/units/{unit_id}", response={200: schemas.UnitOut, **ERRORS}, summary="Eén eenheid")
def unit_get(request, unit_id: Id):
    return _unit(request, unit_id)


@api.get("/modules", response={200: ModuleList, **ERRORS}, summary="Gepubliceerde modules")
def modules_list(request, mandatory: bool | None = None, limit: Limit = 100, offset: Offset = 0):
    rows = module_live_list()
    if mandatory is not None:
        rows = rows.filter(mandatory=mandatory)
    count, items = _page(rows, limit, offset)
    return {"count": count, "limit": limit, "offset": offset, "items": items}


@api.get("/modules/{module_id}", response={200: schemas.ModuleOut, **ERRORS}, summary="Eén module")
def module_get(request, module_id: Id):
    module = module_live_list().filter(pk=module_id).first()
    if module is None:
        raise NotFound
    return module


@api.get("/completion", response={200: schemas.CompletionOut, **ERRORS}, summary="Voortgang per eenheid en module")
def completion_get(request, unit: Id | None = None, module: Id | None = None):
    """The numbers of the report "Voortgang per eenheid" for one unit (default: the token's top unit): per child
    unit and module, and totals per module. Only assigned work counts (a due date), as in the report."""
    target = _unit(request, unit)
    rows = reporting.progress_in_unit(target)
    if module is not None:
        rows = rows.filter(module_id=module)
    cells = reporting.unit_completion_list(unit=target, rows=rows)
    cells.sort(key=lambda c: (c.unit_name, c.module_title))
    return {
        "unit": target,
        "as_of": timezone.now(),
        "totals": [schemas.CompletionRow.of(c) for c in reporting.module_totals(cells, target)],
        "rows": [schemas.CompletionRow.of(c) for c in cells],
    }


class ProgressFilters(Schema):
    unit: Id | None = Field(None, description="Alleen agenten in deze eenheid (en alles daaronder).")
    module: Id | None = None
    status: schemas.StatusFilter | None = Field(None, description="Zoals het statusfilter van de rapportages.")
    due_before: date | None = Field(None, description="Uiterste datum op of vóór deze dag.")
    due_after: date | None = Field(None, description="Uiterste datum op of na deze dag.")
    changed_since: datetime | None = Field(None, description="Laatste activiteit op of na dit moment.")


def _utc(moment: datetime) -> datetime:
    """In UTC: PostgreSQL refuses offsets beyond ±16 h (ISO allows ±24 h); a moment beyond year 1 or 9999 is clamped."""
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return (datetime.min if moment.year == 1 else datetime.max).replace(tzinfo=UTC)


def _progress(rows, filters: ProgressFilters):
    if filters.module is not None:
        rows = rows.filter(module_id=filters.module)
    if filters.status is not None:
        rows = reporting.status_filter(rows, filters.status)
    if filters.due_before is not None:
        rows = rows.filter(due_date__lte=filters.due_before)
    if filters.due_after is not None:
        rows = rows.filter(due_date__gte=filters.due_after)
    if filters.changed_since is not None:
        rows = rows.filter(last_activity__gte=_utc(filters.changed_since))
    return rows.select_related("module", "user__officer_profile").order_by("pk")


def _numbers(rows) -> dict[int, str]:
    profiles = {row.user_id: getattr(row.user, "officer_profile", None) for row in rows}
    return {user_id: profile.personnel_number if profile else "" for user_id, profile in profiles.items()}


@api.get("/progress", response={200: ProgressPage, **ERRORS}, summary="Voortgang per agent en module")
def progress_list(request, filters: Query[ProgressFilters], limit: Limit = 100, offset: Offset = 0):
    scope = request.api_scope
    unit = _unit(request, filters.unit) if filters.unit is not None else None
    count, rows = _page(_progress(scope.progress_rows(unit), filters), limit, offset)
    numbers, today = _numbers(rows), timezone.localdate()
    items = [schemas.ProgressOut.of(r, personnel_number=numbers[r.user_id], today=today) for r in rows]
    return {"count": count, "limit": limit, "offset": offset, "items": items}


@api.get(
    "/officers/{personnel_number}/modules",
    response={200: schemas.OfficerOut, **ERRORS},
    summary="De status van één agent per module",
)
def officer_modules(
    request,
    personnel_number: Annotated[str, Field(min_length=1, max_length=20, pattern=TEXT)],
    module: Id | None = None,
    status: schemas.StatusFilter | None = None,
):
    profile = request.api_scope.officer_get(personnel_number)
    if profile is None:
        raise NotFound
    rows = ModuleProgress.objects.filter(user_id=profile.user_id)
    rows = list(_progress(rows, ProgressFilters(module=module, status=status)).order_by("module__path"))
    today = timezone.localdate()
    number = profile.personnel_number
    return {
        "personnel_number": number,
        "unit_id": profile.unit_id,
        "modules": [schemas.ProgressOut.of(r, personnel_number=number, today=today) for r in rows],
    }


@api.get("/certificates/{code}", response={200: schemas.CertificateOut, **ERRORS}, summary="Een certificaat")
def certificate_get(request, code: Annotated[str, Field(min_length=1, max_length=40, pattern=TEXT)]):
    """A certificate (a module completion) by the code printed on it, if the officer's unit is in scope."""
    found = certificates.certificate_verify(code)
    completion = found.completion
    profile = getattr(completion.user, "officer_profile", None) if completion is not None else None
    if completion is None or profile is None or not request.api_scope.contains(profile.unit):
        raise NotFound
    return {
        "code": found.code,
        "personnel_number": profile.personnel_number,
        "module_id": completion.module_id,
        "module_title": completion.module.title,
        "completed_at": completion.completed_at,
        "expires_at": completion.expires_at,
        "expired": completion.expires_at is not None and completion.expires_at <= timezone.now(),
        "score_percent": completion.percent,
        "cycle": completion.cycle,
    }
