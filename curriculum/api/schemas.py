"""The API's response bodies (pydantic, via django-ninja): they are the OpenAPI schema integrators read."""

from datetime import date, datetime
from typing import Literal

from ninja import Field, Schema

from curriculum.domain import rules, xapi
from curriculum.selectors.recertification import is_expired_unmoved, progress_row_present
from curriculum.selectors.reporting import CompletionCell

ProgressStatus = Literal["not_started", "in_progress", "completed"]
StatusFilter = Literal["completed", "in_progress", "not_started", "overdue", "expired"]


def _attributes(source, names) -> dict:
    """Schema fields taken as they are from the source's attributes of the same names."""
    return {name: getattr(source, name) for name in names}


class Error(Schema):
    detail: str | list = Field(..., description="Wat er mis is (Nederlands), of de lijst van ongeldige parameters.")


class UnitOut(Schema):
    id: int
    name: str
    code: str
    level: int = Field(..., description="1 Nationale Politie, 2 eenheid, 3 district, 4 basisteam.")
    parent_id: int | None

    @staticmethod
    def resolve_level(obj) -> int:
        return obj.depth

    @staticmethod
    def resolve_parent_id(obj) -> int | None:
        return getattr(obj, "parent_pk", None)


class ModuleOut(Schema):
    id: int
    title: str
    mandatory: bool
    validity_months: int | None = Field(..., description="Hoe lang een afronding geldig is; leeg: onbeperkt.")
    estimated_minutes: int
    activity_id: str = Field(..., description="De xAPI-activiteit van deze module (docs/xapi.md).")

    @staticmethod
    def resolve_activity_id(obj) -> str:
        return xapi.activity_id(obj.pk)


class CompletionRow(Schema):
    unit_id: int | None = Field(..., description="De onderliggende eenheid; leeg: agenten direct in de eenheid.")
    unit_name: str
    module_id: int
    module_title: str
    total: int = Field(..., description="Toegewezen (agenten met een uiterste datum voor deze module).")
    completed: int = Field(..., description="Afgerond en nog geldig.")
    in_progress: int
    not_started: int
    overdue: int
    expired: int
    percent: int

    @classmethod
    def of(cls, cell: CompletionCell) -> "CompletionRow":
        return cls(**_attributes(cell, cls.model_fields))


class CompletionOut(Schema):
    unit: UnitOut
    as_of: datetime
    totals: list[CompletionRow] = Field(..., description="Per module, over de hele eenheid.")
    rows: list[CompletionRow] = Field(..., description="Per onderliggende eenheid en module.")


class ProgressOut(Schema):
    """One officer's state in one module, as the manager's reports show it."""

    personnel_number: str
    unit_id: int | None
    module_id: int
    module_title: str
    status: ProgressStatus = Field(..., description="In de huidige ronde.")
    percent: int
    overdue: bool
    expired: bool = Field(..., description="Niet (meer) geldig afgerond omdat een eerdere afronding verliep.")
    due_date: date | None
    started_at: datetime | None
    completed_at: datetime | None
    expires_at: datetime | None
    best_percent: int | None
    cycle: int
    last_activity: datetime | None

    @classmethod
    def of(cls, row, *, personnel_number: str, today: date) -> "ProgressOut":
        expired = is_expired_unmoved(row) or (row.status != "completed" and row.cycle_reason == "expired")
        row = progress_row_present(row)
        computed = {
            "personnel_number": personnel_number,
            "module_title": row.module.title,
            "overdue": rules.is_overdue(row.due_date, completed=row.status == "completed", today=today),
            "expired": expired,
        }
        return cls(**_attributes(row, cls.model_fields.keys() - computed), **computed)


class OfficerOut(Schema):
    personnel_number: str
    unit_id: int
    modules: list[ProgressOut]


class CertificateOut(Schema):
    code: str
    personnel_number: str | None
    module_id: int
    module_title: str
    completed_at: datetime
    expires_at: datetime | None
    expired: bool
    score_percent: int | None
    cycle: int
