"""Single-table row statements for the officer's quiz steps, built once per model instead of on every call.

A queryset builds and compiles its SQL anew on each call: for a one-table statement on a key that is most of its
cost (about 0.5 ms of CPU against 0.1 ms for the same statement run as cached SQL; bench/README.md). The
quiz start, form and submit run a handful of these per request, so they use the functions below. They send the
statements Django would send (the model's own columns, values prepared by its fields, results through its
converters, instances made with `from_db`); anything with a join, an expression or a signal receiver stays a
queryset. The caller's transaction holds the locks, as with `select_for_update()`.
"""

from functools import lru_cache

from django.db import connection


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _field(meta, name: str):
    return meta.pk if name == "pk" else meta.get_field(name)  # a field's name or attname ("user_id"), or "pk"


@lru_cache(maxsize=64)
def _select_sql(model, fields: tuple[str, ...], where: tuple[str, ...], order_by: str, lock: bool, vendor: str) -> str:
    meta = model._meta
    columns = ", ".join(_quote(_field(meta, name).column) for name in fields)
    conditions = " AND ".join(f"{_quote(_field(meta, name).column)} = %s" for name in where)
    sql = f"SELECT {columns} FROM {_quote(meta.db_table)} WHERE {conditions}"  # nosec B608: names from metadata
    if order_by:  # a field name, "-" first for descending
        sql += f" ORDER BY {_quote(_field(meta, order_by.lstrip('-')).column)}"
        sql += " DESC" if order_by.startswith("-") else ""
    if lock and vendor != "sqlite":  # SQLite has no row locks: its writers are serialised (as select_for_update)
        sql += " FOR UPDATE"
    return sql


def _where_params(meta, where: dict) -> list:
    return [_field(meta, name).get_db_prep_value(value, connection) for name, value in where.items()]


def _matchable(meta, where: dict) -> bool:
    """False when an integer in `where` is outside its column's range: no row can match (as the ORM's lookups
    decide since Django 5.0), and the database is not asked (SQLite would refuse such a number)."""
    for name, value in where.items():
        if isinstance(value, int) and not isinstance(value, bool):
            field = _field(meta, name)
            field = field.target_field if field.is_relation else field
            try:
                low, high = connection.ops.integer_field_range(field.get_internal_type())
            except KeyError:  # not an integer column
                continue
            if (low is not None and value < low) or (high is not None and value > high):
                return False
    return True


def rows_get(model, *, order_by: str = "", lock: bool = False, **where) -> list:
    """The model's rows whose fields equal `where` (field names; values as the ORM takes them), as instances."""
    if not _matchable(model._meta, where):
        return []
    fields = tuple(field.attname for field in model._meta.concrete_fields)
    sql = _select_sql(model, fields, tuple(where), order_by, lock, connection.vendor)
    return list(model.objects.raw(sql, _where_params(model._meta, where)))


def rows_values(model, fields: tuple[str, ...], *, order_by: str = "", **where) -> list[tuple]:
    """`values_list(*fields)` of the rows matching `where`: plain tuples, each value through its field's
    converters (as the ORM returns it)."""
    meta = model._meta
    if not _matchable(meta, where):
        return []
    sql = _select_sql(model, fields, tuple(where), order_by, False, connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute(sql, _where_params(meta, where))
        found = cursor.fetchall()
    converters = _converters(model, fields, connection.vendor)
    return [_converted(row, converters) for row in found] if converters else found


@lru_cache(maxsize=64)
def _converters(model, fields: tuple[str, ...], vendor: str) -> list:
    """[(position, (converters, column))] for the fields whose database value the ORM converts (JSON, dates):
    Django's own choice (SQLCompiler.get_converters), made once per model and fields."""
    meta = model._meta
    compiler = model._base_manager.none().query.get_compiler(connection=connection)
    return list(compiler.get_converters([_field(meta, name).get_col(meta.db_table) for name in fields]).items())


def _converted(row: tuple, converters) -> tuple:
    values = list(row)
    for i, (funcs, col) in converters:
        for func in funcs:
            values[i] = func(values[i], col, connection)
    return tuple(values)


def row_lock(model, **where):
    """The one row matching `where` (a key), locked until the transaction ends; None when there is none."""
    found = rows_get(model, lock=True, **where)
    return found[0] if found else None


@lru_cache(maxsize=64)
def _update_sql(model, fields: tuple[str, ...], where: tuple[str, ...]) -> str:
    meta = model._meta
    assignments = ", ".join(f"{_quote(_field(meta, name).column)} = %s" for name in fields)
    conditions = " AND ".join(f"{_quote(_field(meta, name).column)} = %s" for name in where)
    return f"UPDATE {_quote(meta.db_table)} SET {assignments} WHERE {conditions}"  # nosec B608: names from metadata


def rows_update(model, values: dict, **where) -> int:
    """UPDATE the rows matching `where` with `values` (field name → value); the number of rows changed."""
    meta = model._meta
    if not _matchable(meta, where):
        return 0
    params = [_field(meta, name).get_db_prep_save(value, connection) for name, value in values.items()]
    params += _where_params(meta, where)
    with connection.cursor() as cursor:
        cursor.execute(_update_sql(model, tuple(values), tuple(where)), params)
        return cursor.rowcount


def row_save(instance, fields) -> None:
    """Save these fields of an existing row (what `save(update_fields=fields)` writes, without signals)."""
    values = {name: getattr(instance, _field(instance._meta, name).attname) for name in fields}
    rows_update(type(instance), values, pk=instance.pk)
