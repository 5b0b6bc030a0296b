"""The task workers of the topology: two of them run 1,000 tasks once each (X9), and a worker killed with SIGKILL
in the middle of a task leaves it to be run again by the other, without doing its work twice."""

import signal
from pathlib import Path

import pytest

from tests.topology.rig import sql, until

pytestmark = [pytest.mark.topology, pytest.mark.slow]


TASKS = "django_tasks_database_dbtaskresult"  # django-tasks-db's table


def _statuses(rig, path: str, key: str = "") -> dict:
    query = f"SELECT status, count(*) FROM {TASKS} WHERE task_path = %s AND args_kwargs::text LIKE %s GROUP BY 1"
    return dict(sql(rig, query, [path, f"%{key}%"]))


def test_x9_two_workers_run_a_thousand_tasks_each_exactly_once(rig):
    sql(rig, "CREATE TABLE IF NOT EXISTS topology_task_run (key int NOT NULL, pid int NOT NULL)")
    rig.python("from tests.topology.tasks import record\nfor key in range(1000):\n    record.enqueue(key)")
    until(
        lambda: _statuses(rig, "tests.topology.tasks.record") == {"SUCCESSFUL": 1000},
        "the workers to finish the 1,000 tasks",
    )
    [(runs, keys, workers)] = sql(
        rig, "SELECT count(*), count(DISTINCT key), count(DISTINCT pid) FROM topology_task_run"
    )
    assert (runs, keys) == (1000, 1000)  # each task ran once: none lost, none twice
    assert workers == 2  # and both workers took part


@pytest.mark.parametrize("pause", ["before_commit", "after_commit"])
def test_a_worker_killed_mid_task_leaves_it_to_the_other_which_finishes_it_once(rig, pause):
    folder = rig.state / "holds"
    folder.mkdir(exist_ok=True)
    sql(rig, "CREATE TABLE IF NOT EXISTS topology_effect (key text PRIMARY KEY, pid int NOT NULL)")
    key = f"killed-{pause}"
    rig.python(f"from tests.topology.tasks import hold\nhold.enqueue({key!r}, {str(folder)!r}, {pause!r})")
    started = until(lambda: (folder / f"{key}.started").exists() and (folder / f"{key}.started"), "the task to start")
    victim_pid = int(Path(started).read_text())
    [victim] = [n for n in range(1, rig.workers + 1) if rig.pid(f"worker-{n}") == victim_pid]
    rig.worker_stop(victim, signal.SIGKILL)  # mid-task: its row stays RUNNING, its transaction (if open) is gone
    (folder / f"{key}.release").touch()
    assert _statuses(rig, "tests.topology.tasks.hold", key) == {"RUNNING": 1}
    # After SIGNAAL_TASK_STALE_SECONDS the surviving worker puts it back in the queue and runs it.
    until(lambda: _statuses(rig, "tests.topology.tasks.hold", key) == {"SUCCESSFUL": 1}, "the task to run again")
    [(workers,)] = sql(rig, f"SELECT worker_ids FROM {TASKS} WHERE args_kwargs::text LIKE %s", [f"%{key}%"])
    workers = len(workers)
    assert workers == 2  # claimed by the killed worker, then by the other
    assert sql(rig, "SELECT count(*) FROM topology_effect WHERE key = %s", [key]) == [(1,)]  # its work done once
    released = [
        line
        for n in range(1, rig.workers + 1)
        for line in (rig.logs / f"worker-{n}.log").read_text().splitlines()
        if "task_released" in line and "tests.topology.tasks.hold" in line
    ]
    assert released  # a warning an operator can see
