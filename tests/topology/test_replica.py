"""The managers' reports read a streaming replica; nothing else does (X6). When the replica stops, reports read
the primary (X7); when it lags, the report says how old its figures are, and officers never notice (X8)."""

import re

import pytest

from tests.topology.rig import Browser, sql, until

pytestmark = [pytest.mark.topology, pytest.mark.slow]


def _totals(html: str) -> tuple[int, int, int]:
    """(assigned, completed, in progress) of the module in the report's totals table."""
    found = re.search(r'<th scope="row">Module signalen</th><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td>', html)
    assert found, html[:3000]
    return tuple(int(n) for n in found.groups())


def _report(manager, rig):
    response = manager.get(f"/admin/reports/completion/?unit={rig.seeded['district']}")
    assert response.status_code == 200
    return response.text


def _caught_up(rig) -> bool:
    [(primary,)] = sql(rig, "SELECT pg_current_wal_lsn()::text")
    [(replayed,)] = sql(rig, "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [primary], which="replica")
    return replayed


def test_x6_x8_a_lagging_replica_shows_its_age_in_reports_while_the_officer_reads_her_own_write(rig):
    manager = Browser(rig, address="127.0.0.41")
    assert manager.login("leiding").status_code == 302

    # The topology's other processes (workers, scheduler) may write at any moment, and the replica is then a moment
    # behind again when the report asks: poll for the live report, not the first answer after catching up.
    def live_report():
        page = _report(manager, rig)
        return page if "(actueel)" in page else None

    until(lambda: _caught_up(rig), "the replica to catch up")
    before = _totals(until(live_report, "the report to be live"))
    sql(rig, "SELECT pg_wal_replay_pause()", which="replica")
    try:
        until(lambda: sql(rig, "SELECT pg_get_wal_replay_pause_state()", which="replica") == [("paused",)], "pause")
        officer = Browser(rig, address="127.0.0.41")
        assert officer.login("agent08").status_code == 302  # in the manager's district, nothing done yet
        lesson = rig.seeded["lessons"][0]
        assert officer.post(lesson + "voltooid/").status_code == 302
        # X6: her own write is on the next page (the officer's path reads the primary only).
        module = officer.get(rig.seeded["module"])
        assert module.status_code == 200 and module.text.count("step-done") == 1  # lesson 1: done
        [(done,)] = sql(rig, "SELECT count(*) FROM curriculum_lessoncompletion c JOIN auth_user u ON u.id = c.user_id "
                        "WHERE u.username = 'agent08'")  # fmt: skip
        assert done == 1
        # X8: the report reads the paused replica: yesterday's figures, and it says so.
        lagging = _report(manager, rig)
        assert _totals(lagging) == before
        assert "kopie van de database die achterloopt" in lagging and "(actueel)" not in lagging
    finally:
        sql(rig, "SELECT pg_wal_replay_resume()", which="replica")
    until(lambda: _caught_up(rig), "the replica to catch up")

    # Live again once caught up (polled, as above).
    after = until(live_report, "the report to be live")
    assigned, completed, in_progress = _totals(after)
    assert (assigned, completed, in_progress) == (before[0], before[1], before[2] + 1)  # her lesson, now counted


def test_x7_with_the_replica_stopped_reports_read_the_primary_and_officers_notice_nothing(rig):
    manager, officer = Browser(rig, address="127.0.0.42"), Browser(rig, address="127.0.0.42")
    assert manager.login("leiding").status_code == 302 and officer.login("agent09").status_code == 302
    rig.pg_stop("replica")
    try:
        assert Browser(rig).get("/healthz/ready/").json() == {"database": "ok", "cache": "ok", "replica": "unavailable"}
        for _ in range(4):  # both app servers, twice
            assert officer.get("/").status_code == 200
            report = _report(manager, rig)
            assert "(actueel)" in report  # from the primary: live
        before = _totals(_report(manager, rig))
        assert officer.post(rig.seeded["lessons"][1] + "voltooid/").status_code == 302  # agent09 had done nothing
        assigned, completed, in_progress = _totals(_report(manager, rig))
        assert (assigned, completed, in_progress) == (before[0], before[1], before[2] + 1)  # live: the primary
    finally:
        rig.pg_start("replica")
    until(lambda: Browser(rig).get("/healthz/ready/").json()["replica"] == "ok", "the replica to be back")
