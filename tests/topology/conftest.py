"""The production topology (signaal/deploy/topology.py), brought up once for the topology tests (X1–X12 of
quality-targets §5.2) and taken down after them.

The tests need nginx (`apt-get install -y nginx`), PostgreSQL's server binaries, redis-server and openssl; without
nginx they fail with that message. SIGNAAL_SKIP_TOPOLOGY=1 skips them explicitly (.ci/run sets it in the SQLite
pass: the topology brings its own PostgreSQL clusters and Redis, so one pass runs it).
"""

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from signaal.deploy.processes import port_open
from signaal.deploy.topology import Topology
from tests.topology.rig import seed, sql

# How long a task may stay RUNNING before it is run again (production: 15 min); short here so the test of a worker
# killed mid-task does not wait long. No task of these tests runs that long.
STALE_SECONDS = 4


def _have(tool: str) -> bool:
    return bool(shutil.which(tool)) or Path("/usr/sbin", tool).exists() or Path(Topology._pg_bin(tool)).exists()


@pytest.fixture(scope="session")
def topology():
    if os.environ.get("SIGNAAL_SKIP_TOPOLOGY"):
        pytest.skip("SIGNAAL_SKIP_TOPOLOGY is set")
    missing = [tool for tool in ("nginx", "redis-server", "openssl", "initdb", "pg_basebackup") if not _have(tool)]
    if missing:
        pytest.fail(f"the topology tests need {', '.join(missing)} (apt-get install -y nginx redis-server postgresql)")
    extra_env = {"SIGNAAL_TASK_STALE_SECONDS": str(STALE_SECONDS)}
    if os.environ.get("SIGNAAL_TOPOLOGY_ATTACH"):  # a developer's loop: a topology this file brought up and kept
        rig = Topology(state=Path(os.environ["SIGNAAL_TOPOLOGY_ATTACH"]), test_mode=True, extra_env=extra_env)
        rig.seeded = json.loads((rig.state / "seed.json").read_text())
        yield rig
        return
    state = Path(tempfile.mkdtemp(prefix="signaal-topology-", dir="/tmp"))
    rig = Topology(state=state, test_mode=True, extra_env=extra_env)
    try:
        rig.up(log=lambda line: print(f"topology {line}", flush=True))
        rig.seeded = seed(rig)
        (state / "seed.json").write_text(json.dumps(rig.seeded))
        yield rig
    finally:
        rig.down()
        shutil.rmtree(state, ignore_errors=True)


@pytest.fixture
def rig(topology):
    """The topology, whole again before each test (a test that stops a part starts it again; this checks)."""
    if not (topology.pg / "primary" / "postmaster.pid").exists():
        topology.pg_start("primary")
    if not (topology.pg / "replica" / "postmaster.pid").exists():
        topology.pg_start("replica")
    sql(topology, "SELECT pg_wal_replay_resume()", which="replica")
    if not port_open(topology.ports.redis):
        topology.redis_start()
    for name, port in zip(topology.app_names(), topology.ports.apps, strict=True):
        if not port_open(port):
            topology.app_start(name)
    for n in range(1, topology.workers + 1):
        if not topology.pid(f"worker-{n}"):
            topology.worker_start(n)
    return topology
