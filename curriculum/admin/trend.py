"""The trend report: a unit's weekly completion beside its parent unit and the national figure, as a line chart
(SVG drawn on the server, no script) with the same figures in a table. Scoped like the reports; registered in
wagtail_hooks.py, linked from the reports' navigation."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.defaults import permission_denied

from curriculum.admin.header import page_header
from curriculum.domain.errors import AccessDeniedError, NotFoundError
from curriculum.selectors import reporting
from curriculum.selectors.learning import module_live_list
from curriculum.selectors.trend import trend_get

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 640, 260, 56, 16, 12, 36  # LEFT: room for "100%" at 15 px
DASHES = {"unit": "", "parent": "8 4", "national": "2 4"}


def _chart(weeks, series):
    """Polyline points and axis ticks for the SVG (percent completed, 0-100)."""
    if not weeks:
        return None
    span = max(len(weeks) - 1, 1)
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(i):
        return LEFT + (inner_w * i / span if len(weeks) > 1 else inner_w / 2)

    def y(percent):
        return TOP + inner_h * (100 - percent) / 100

    lines = []
    for s in series:
        coords = [(x(i), y(s.points[w].percent)) for i, w in enumerate(weeks) if w in s.points]
        lines.append(
            {
                "key": s.key,
                "label": s.label,
                "dash": DASHES[s.key],
                "points": " ".join(f"{a:.1f},{b:.1f}" for a, b in coords),
                "dots": [{"x": f"{a:.1f}", "y": f"{b:.1f}"} for a, b in coords],
            }
        )
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "lines": lines,
        "y_ticks": [{"y": f"{y(p):.1f}", "label": f"{p}%"} for p in (0, 25, 50, 75, 100)],
        "x_ticks": [{"x": f"{x(i):.1f}", "label": w} for i, w in enumerate(weeks)],
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "bottom": HEIGHT - BOTTOM,
    }


def _module_choice(raw: str, modules) -> tuple[int | None, str]:
    """The chosen module's id (None: all modules) and the error to show when `raw` names no live module."""
    if not raw:
        return None, ""
    try:
        module_id = int(raw)
    except ValueError:
        module_id = None
    if module_id not in {pk for pk, _title in modules}:
        return None, _("Onbekende module. Kies een module uit de lijst; hieronder staan nu alle modules.")
    return module_id, ""


def trend_view(request):
    try:
        if not (request.user.is_superuser or request.user.has_perm(reporting.REPORT_PERMISSION)):
            raise PermissionDenied(_("Je hebt geen toegang tot deze rapportages."))
        roots = reporting.report_roots_get(user=request.user)
        unit = reporting.report_unit_resolve(user=request.user, raw=request.GET.get("unit"), roots=roots)
    except (PermissionDenied, AccessDeniedError) as error:
        return permission_denied(request, error)
    except NotFoundError as error:
        raise Http404(error.message) from error
    modules = list(module_live_list().values_list("pk", "title"))
    module_id, module_error = _module_choice(request.GET.get("module") or "", modules) if unit else (None, "")
    weeks, series = trend_get(unit=unit, module_id=module_id) if unit else ([], [])
    rows = [{"week": w, "cells": [s.points.get(w) for s in series]} for w in weeks]
    return TemplateResponse(
        request,
        "curriculum/reports/trend.html",
        {
            **page_header(_("Trend"), subtitle=unit.name if unit else "", icon="history"),
            "unit": unit,
            "series": series,
            "rows": rows,
            "chart": _chart(weeks, series),
            "modules": modules,
            "module_id": module_id,
            "module_error": module_error,
            "completion_url": reverse("curriculum_completion_report"),
            "officers_url": reverse("curriculum_officer_report"),
            "overdue_url": reverse("curriculum_overdue_report"),
            "signals_url": reverse("curriculum_signals_report"),
        },
        # A module that is not in the list: the page says so at the field and shows all modules (400, as the
        # other reports' filters refuse a bad value inside the page).
        status=400 if module_error else 200,
    )
