"""The managers' report tables with their rows rendered in Python (curriculum/admin/reports.py, and one officer's
modules in officer_modules.py).

Wagtail's Table renders one template per cell: on the national completion report (44 unit × module rows, 9
columns) those ~400 small templates cost more than the page's GROUP BY. RowsTable renders the header as Wagtail
does (sort links) and each body row with one format_html per cell. Every column here has `cell_html(instance)`
giving the same markup as its cell template (which stays, for Wagtail's own tables: reviews.py, item_analysis.py),
except where it says otherwise: RowHeaderColumn exists in RowsTable only, and CalendarDateColumn renders its cell in
Python in Wagtail's tables too (its `shown`, `machine` and `empty` everywhere).
"""

from django.db.models import Value
from django.db.models.functions import Coalesce, Lower, NullIf, Trim
from django.template.defaultfilters import date as date_filter
from django.templatetags.l10n import unlocalize
from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.timezone import template_localtime
from django.utils.translation import gettext
from wagtail.admin.ui.tables import Column, Table, TitleColumn


def _td(column, content):
    """A cell; `content` is escaped here unless it is safe already (format_html, _text)."""
    if column.classname:
        return format_html('<td class="{}">{}</td>', column.classname, content)
    return format_html("<td>{}</td>", content)


def _text(column, value):
    """A value as wagtailadmin/tables/cell.html shows it: numbers unlocalised, blanks as the column's empty text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return unlocalize(value)
    if value is None:
        return ""
    if not str(value).strip():
        return column.empty_value_display
    return conditional_escape(localize(template_localtime(value)))


class TextColumn(Column):
    """wagtailadmin/tables/cell.html"""

    def cell_html(self, instance):
        return _td(self, _text(self, self.get_value(instance)))


class LinkColumn(TitleColumn):
    """wagtailadmin/tables/title_cell.html with get_url (no title id, label or buttons)."""

    def cell_html(self, instance):
        value = self.get_value(instance)
        title = self.empty_value_display if value is None or not str(value).strip() else _text(self, value)
        url = self.get_link_url(instance, None)
        if url:
            title = format_html('<a href="{}">{}</a>', url, title)
        classname = f"{self.classname} title" if self.classname else "title"
        return format_html('<td class="{}"><div class="title-wrapper">{}</div></td>', classname, title)


class ModuleColumn(TextColumn):
    """A module's title with a "verplicht" badge when the module is mandatory."""

    cell_template_name = "curriculum/reports/module_cell.html"

    def cell_html(self, instance):
        module = getattr(instance, "module", None)  # a progress row; a CompletionCell has `mandatory` itself
        mandatory = getattr(instance, "mandatory", False) or getattr(module, "mandatory", False)
        badge = format_html(' <span class="sg-badge sg-badge--mandatory">{}</span>', gettext("verplicht"))
        return _td(self, format_html("{}{}", _text(self, self.get_value(instance)), badge if mandatory else ""))


class StatusColumn(TextColumn):
    """The status as text, with a "Te laat" badge on overdue rows (text, not colour alone)."""

    cell_template_name = "curriculum/reports/status_cell.html"

    def cell_html(self, instance):
        badge = format_html(' <span class="sg-badge sg-badge--overdue">{}</span>', gettext("Te laat"))
        return _td(self, format_html("{}{}", _text(self, self.get_value(instance)), badge if instance.overdue else ""))


class BarColumn(TextColumn):
    """The completion percentage as a number with a CSS bar (no script)."""

    cell_template_name = "curriculum/reports/bar_cell.html"

    def cell_html(self, instance):
        value = _text(self, self.get_value(instance))
        return _td(
            self,
            format_html(
                '<span class="sg-cell-bar"><span>{}%</span><span class="sg-track" aria-hidden="true">'
                '<span class="sg-fill sg-w-{}"></span></span></span>',
                value,
                value,
            ),
        )


class RowHeaderColumn(TextColumn):
    """The row's name as its header cell, `<th scope="row">`, for a table a screen reader reads row by row."""

    def cell_html(self, instance):
        return format_html('<th scope="row">{}</th>', _text(self, self.get_value(instance)))


# The reports' date formats: "25 nov 2026" in Dutch, "25 Nov. 2026" / "6 March 2027" in English. Django's "N" (the
# month as the AP abbreviates it, translated) is right in both; "b" gives "6 mar 2027" in English, "M" "6 Mrt 2027"
# in Dutch (Dutch month names are lower case).
DATE_SHOWN = "j N Y"
MOMENT_SHOWN = "j N Y H:i"


class CalendarDateColumn(TextColumn):
    """A date as a date ("25 nov 2026"), not Wagtail's "3 dagen geleden": due dates are appointments. `shown`: the
    date format (with the time: MOMENT_SHOWN); `machine`: the format of the `datetime` attribute ("c": the moment);
    `empty`: the text when there is no date (none by default)."""

    def __init__(self, *args, shown=DATE_SHOWN, machine="Y-m-d", empty="", **kwargs):
        super().__init__(*args, **kwargs)
        self.shown, self.machine, self.empty = shown, machine, empty

    def render_cell_html(self, instance, parent_context):
        """The same cell in Wagtail's own tables (reviews.py), so a date reads the same in every report."""
        return self.cell_html(instance)

    def cell_html(self, instance):
        value = self.get_value(instance)
        if not value:
            return _td(self, self.empty)
        value = template_localtime(value)  # as the template's |date does
        iso, shown = date_filter(value, self.machine), date_filter(value, self.shown)
        return _td(self, format_html('<time datetime="{}">{}</time>', iso, shown))


class RowsTable(Table):
    """Wagtail's table markup; the body in Python (every column must have cell_html)."""

    template_name = "curriculum/reports/table.html"

    def body_html(self):
        columns = list(self.columns.values())
        # Every cell is safe HTML (format_html); anything else would be escaped here, never passed through.
        rows = (
            format_html_join("", "{}", ((column.cell_html(instance),) for column in columns)) for instance in self.data
        )
        return format_html_join("", "<tr>{}</tr>", ((row,) for row in rows))


def name_ordering(ordering: str, *, sort_key: str = "user__last_name", user: str = "user") -> list:
    """order_by() terms for a report sorted on its name column the way the name is shown (the full name, or the
    username without one): by last name, then first name, then username, ignoring case; someone without a last name
    ("Sanne") sorts by their first name, among the S, not before everyone else. Any other ordering as it is."""
    if not ordering or ordering.lstrip("-") != sort_key:
        return [ordering] if ordering else []
    first, last, username = (f"{user}__{name}" for name in ("first_name", "last_name", "username"))
    surname = Coalesce(NullIf(Trim(last), Value("")), NullIf(Trim(first), Value("")), username)
    terms = [Lower(surname), Lower(Trim(first)), Lower(username)]
    return [term.desc() for term in terms] if ordering.startswith("-") else [term.asc() for term in terms]
