"""One place for what every CSV/XLSX export of the admin reports does to its cells (mixed into ReportViews).

- Text: control characters a spreadsheet cannot hold are removed (openpyxl refuses them, and a name or
  page title carrying one would otherwise break the whole export); a CSV cell can never start a formula
  (`= + - @`, TAB and CR, as OWASP lists them: H22).
- Dates: local time (settings.TIME_ZONE) in the Dutch format in CSV (`25-11-2026 14:03`, `25-11-2026`);
  real date cells in XLSX, timezone-naive local time, shown in the same format.
"""

import datetime
import re

from django.utils import timezone

# XML 1.0 (and so XLSX) cannot hold C0 controls other than TAB, LF and CR, lone surrogates or U+FFFE/U+FFFF;
# DEL is removed too, as no person typed it into a name or title on purpose.
ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_DATETIME, CSV_DATE = "%d-%m-%Y %H:%M", "%d-%m-%Y"
XLSX_DATETIME, XLSX_DATE = "dd-mm-yyyy hh:mm", "dd-mm-yyyy"


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
    """For ReportViews (before ReportView in the bases): safe text and Dutch local dates in every export."""

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
