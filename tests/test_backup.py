"""R15: a pg_dump → restore round trip keeps every learning record (row counts and a completion checksum)."""

import hashlib
import shutil
import subprocess

import psycopg
import pytest
from django.db import connection

from curriculum import services
from tests.factories import answers_for, tree_create, user_create

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql" or not shutil.which("pg_dump"), reason="needs PostgreSQL and pg_dump"
    ),
]
TABLES = [
    "curriculum_lessoncompletion",
    "curriculum_quizattempt",
    "curriculum_attemptanswer",
    "curriculum_moduleprogress",
    "curriculum_modulecompletion",
]
CHECKSUM_SQL = (
    "SELECT string_agg(user_id || ':' || module_id || ':' || completed_at || ':' || coalesce(percent, -1), ','"
    " ORDER BY id) FROM curriculum_modulecompletion"
)


def snapshot(cursor):
    counts = {}
    for table in TABLES:
        cursor.execute(f"SELECT count(*) FROM {table}")
        counts[table] = cursor.fetchone()[0]
    cursor.execute(CHECKSUM_SQL)
    counts["checksum"] = hashlib.sha256((cursor.fetchone()[0] or "").encode()).hexdigest()
    return counts


def test_dump_and_restore_keep_every_record(tmp_path):
    tree = tree_create(slug="backup")
    for i in range(3):
        officer = user_create(f"b{i}")
        for lesson in tree.lessons:
            services.lesson_complete(user=officer, lesson=lesson)
        attempt = services.quiz_attempt_start(user=officer, quiz=tree.quiz)
        services.quiz_attempt_submit(user=officer, attempt_id=attempt.pk, answers=answers_for(attempt, correct=i != 1))
    with connection.cursor() as cursor:
        before = snapshot(cursor)
    assert before["curriculum_modulecompletion"] == 2

    db = connection.settings_dict
    host, port, user = db["HOST"] or "127.0.0.1", str(db["PORT"] or 5432), db["USER"] or "postgres"
    restored = db["NAME"] + "_restore"
    dump = tmp_path / "signaal.sql"
    admin = f"host={host} port={port} user={user} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{restored}"')
        conn.execute(f'CREATE DATABASE "{restored}"')
    try:
        subprocess.run(["pg_dump", "-h", host, "-p", port, "-U", user, "-f", str(dump), db["NAME"]], check=True)
        subprocess.run(
            [
                "psql",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                host,
                "-p",
                port,
                "-U",
                user,
                "-d",
                restored,
                "-f",
                str(dump),
            ],
            check=True,
            capture_output=True,
        )
        with psycopg.connect(f"host={host} port={port} user={user} dbname={restored}") as conn:
            after = snapshot(conn.cursor())
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{restored}"')
    assert after == before
