"""One place for what every CSV/XLSX export of the admin does to its cells (mixed into the ReportViews and into the
index views of the question bank and the organisation, whose export buttons are Wagtail's list_export).

- Text: control characters a spreadsheet cannot hold are removed (openpyxl refuses them, and a name or
  page title carrying one would otherwise break the whole export); a CSV cell can never start a formula
  (`= + - @`, TAB and CR, as OWASP lists them: H22).
- CSV: UTF-8 with a byte-order mark and `;` between cells, the dialect Dutch Excel opens by a double click
  (with `,` and no BOM it puts each row in one column and garbles "é").
- XLSX: the sheet is named after the report or list ("Voortgang per eenheid", "Vragen"), not "Sheet1".
- Dates: local time (settings.TIME_ZONE) in the Dutch format in CSV (`25-11-2026 14:03`, `25-11-2026`);
  real date cells in XLSX, timezone-naive local time, shown in the same format.
- Language: both formats in the language of the request (the user's admin language). The CSV is streamed after
  the view has returned, when that language is no longer active, so each line is made with it activated again.
"""

import csv
import datetime
import re

from django.utils import timezone, translation
from django.utils.encoding import force_str

# XML 1.0 (and so XLSX) cannot hold C0 controls other than TAB, LF and CR, lone surrogates or U+FFFE/U+FFFF;
# DEL is removed too, as no person typed it into a name or title on purpose.
ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_DATETIME, CSV_DATE = "%d-%m-%Y %H:%M", "%d-%m-%Y"
XLSX_DATETIME, XLSX_DATE = "dd-mm-yyyy hh:mm", "dd-mm-yyyy"
CSV_DELIMITER = ";"
BYTE_ORDER_MARK = "\ufeff".encode()
# Excel refuses sheet names longer than 31 characters or holding any of these.
SHEET_NAME_REFUSED = re.compile(r"[\[\]:*?/\\]")


class _Echo:
    """The file-like object csv.writer writes to: each row comes back as UTF-8 bytes for the stream."""

    def write(self, value):
        return value.encode("utf-8")


def in_language(language: str | None, lines):
    """The lines of a streamed response, each made with `language` active (the one of the request that asked for
    them): a StreamingHttpResponse is read after the view returned, when Wagtail's override of the user's admin
    language has ended. Activated per line, so nothing else the server does between lines runs in it."""
    lines = iter(lines)
    while True:
        with translation.override(language):
            line = next(lines, None)
        if line is None:
            return
        yield line


def sheet_name(title) -> str:
    """A title as an Excel sheet name: without the characters Excel refuses, at most 31 characters."""
    return SHEET_NAME_REFUSED.sub(" ", clean_text(force_str(title))).strip()[:31] or "Signaal"


def clean_text(value: str) -> str:
    """The text without the characters no spreadsheet (and no XML) can hold."""
    return ILLEGAL_CHARACTERS.sub("", value)


def csv_safe(value) -> str:
    """Keep spreadsheet programs from running text as a formula (H22): a leading `'` makes it text."""
    text = "" if value is None else clean_text(str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def local_naive(value: datetime.datetime) -> datetime.datetime:
    """The moment as wall-clock time in settings.TIME_ZONE, without tzinfo or microseconds."""
    if timezone.is_aware(value):
        value = timezone.make_naive(value, timezone.get_default_timezone())
    return value.replace(microsecond=0)


class CsvSafeExportMixin:
    """For ReportViews and IndexViews (before them in the bases): safe text and Dutch local dates in every export."""

    def preprocess_field_value(self, field, value, export_format):
        csv = export_format == self.FORMAT_CSV
        if isinstance(value, datetime.datetime):
            local = local_naive(value)
            return local.strftime(CSV_DATETIME) if csv else local
        if isinstance(value, datetime.date):
            return value.strftime(CSV_DATE) if csv else value
        value = super().preprocess_field_value(field, value, export_format)
        if isinstance(value, str):
            return csv_safe(value) if csv else clean_text(value)
        return value

    def stream_csv(self, queryset):
        """Wagtail's stream with a byte-order mark first and `;` between cells (Dutch Excel's list separator), in
        the language of the request (the headings, statuses and labels are translated as each line is made)."""
        return in_language(translation.get_language(), self._csv_lines(queryset))

    def _csv_lines(self, queryset):
        writer = csv.DictWriter(_Echo(), fieldnames=self.list_export, delimiter=CSV_DELIMITER)
        yield BYTE_ORDER_MARK
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_xlsx(self, queryset, output):
        """Wagtail's workbook, with the sheet named after the report or list instead of "Sheet1"."""
        from openpyxl import Workbook

        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=sheet_name(self.get_page_title() or "Signaal"))
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        for item in queryset:
            worksheet.append(self.generate_xlsx_row(worksheet, self.to_row_dict(item)))
        workbook.save(output)

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        from openpyxl.cell import WriteOnlyCell

        for field, value in row_dict.items():
            cell = WriteOnlyCell(worksheet, self.preprocess_field_value(field, value, self.FORMAT_XLSX))
            if cell.data_type == "f":
                cell.data_type = "s"  # text that looks like a formula stays text
            if isinstance(value, datetime.datetime):
                cell.number_format = XLSX_DATETIME
            elif isinstance(value, datetime.date):
                cell.number_format = XLSX_DATE
            yield cell
