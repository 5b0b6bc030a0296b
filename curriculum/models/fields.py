"""The links that many curriculum records repeat, declared once: the module a record is about, the user it
belongs to, and an optional link that is cleared when its target goes. Each returns a plain ForeignKey, so the
migrations see exactly the field they saw before."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def module_fk(on_delete=models.CASCADE, **options) -> models.ForeignKey:
    """The module (ModulePage) a record is about; the page gets no reverse accessor."""
    return models.ForeignKey(
        "curriculum.ModulePage", on_delete=on_delete, related_name="+", verbose_name=_("module"), **options
    )


def user_fk(related_name="+", on_delete=models.CASCADE, verbose_name=None) -> models.ForeignKey:
    """The user (usually the officer) a record belongs to; called "gebruiker" unless `verbose_name` says else."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=on_delete,
        related_name=related_name,
        verbose_name=verbose_name or _("gebruiker"),
    )


def optional_fk(to, verbose_name, related_name="+", **options) -> models.ForeignKey:
    """An optional link, set to NULL when what it points at is deleted (the record itself stays)."""
    return models.ForeignKey(
        to,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=verbose_name,
        **options,
    )


class RowJSONField(models.JSONField):
    """A JSONField that a multi-row INSERT binds as one parameter per row, as Django did before 5.2.

    Django 5.2 inserts several rows on PostgreSQL as `UNNEST(%s::jsonb[], …)`: each JSON column goes as one text
    array, which psycopg quotes element by element in Python. For a quiz start's six answer rows (each carrying the
    question snapshot it shows) that quoting cost about 1 ms of CPU, a tenth of the start (bench/README.md). A
    field with `get_placeholder` makes Django keep the plain `VALUES (…), (…)` form; the column is the same jsonb.
    """

    def get_placeholder(self, value, compiler, connection):
        return "%s"
