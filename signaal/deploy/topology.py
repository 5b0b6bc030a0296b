"""The production topology on one machine, on loopback, with real processes (docs/deploy.md).

    nginx :18443 (TLS, static files, X-Request-ID)  ──►  gunicorn A :18001, B :18002  (production settings)
    PostgreSQL primary :54329 ──streaming──► replica :54330 (reports only)     Redis :16379 (cache, sessions)
    run_worker ×2 (django-tasks-db)    purge recorder :18090    SMTP sink :18025 (a Maildir)

`make prod-like` (= `python -m signaal.deploy up --demo`) brings it up, `make prod-like-down` takes it down; the
topology tests (tests/topology/) and `make load` drive the same class. Everything lives in one state directory
(SIGNAAL_TOPOLOGY_DIR, default /tmp/signaal-topology): the PostgreSQL clusters, Redis, collected static files,
media, the TLS certificate, logs/ and state.json (the ids of the processes it started, so `down` stops exactly
those). PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user.
"""

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from signaal.deploy import nginx
from signaal.deploy.processes import alive, children, port_open, wait_http, wait_port

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
BIN = Path(sys.executable).parent


@dataclass
class Ports:
    http: int = 18080
    https: int = 18443
    apps: tuple[int, ...] = (18001, 18002)
    purge: int = 18090
    smtp: int = 18025
    redis: int = 16379
    primary: int = 54329
    replica: int = 54330

    def all(self) -> list[int]:
        return [self.http, self.https, *self.apps, self.purge, self.smtp, self.redis, self.primary, self.replica]


@dataclass
class Topology:
    state: Path = field(
        default_factory=lambda: Path(
            os.environ.get("SIGNAAL_TOPOLOGY_DIR") or Path(tempfile.gettempdir()) / "signaal-topology"
        )
    )
    ports: Ports = field(default_factory=Ports)
    workers: int = 2  # run_worker processes
    gunicorn_workers: int = int(os.environ.get("GUNICORN_WORKERS", 1))  # processes per app server
    gunicorn_threads: int = int(os.environ.get("GUNICORN_THREADS", 4))
    # Tests: nginx names the app server that answered (X-Signaal-Upstream) and, on the ports after `https`, serves
    # one app server each (to act "on server A"); the main port stays round robin.
    test_mode: bool = False
    extra_env: dict = field(default_factory=dict)
    database: str = "signaal"
    code: Path = ROOT  # the checkout the app servers and workers run (bench/load.py compares two)

    # ------------------------------------------------------------ paths and environment

    def __post_init__(self):
        self.state, self.code = Path(self.state), Path(self.code)
        self.logs = self.state / "logs"
        self.pg = self.state / "postgres"

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.ports.https}"

    @property
    def cert(self) -> Path:
        return self.state / "tls" / "cert.pem"

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def database_url(self, which: str = "primary") -> str:
        return f"postgres://postgres@127.0.0.1:{getattr(self.ports, which)}/{self.database}"

    def env(self, **overrides) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SIGNAAL_", "DATABASE_"))}
        env.pop("DEBUG", None)
        env.update(
            DJANGO_SETTINGS_MODULE="signaal.settings.production",
            PYTHONPATH=str(self.code),
            SECRET_KEY=(self.state / "secret_key").read_text().strip(),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            DATABASE_URL=self.database_url("primary"),
            DATABASE_REPLICA_URL=self.database_url("replica"),
            REDIS_URL=f"redis://127.0.0.1:{self.ports.redis}/0",
            SIGNAAL_TRUSTED_PROXIES="127.0.0.1",
            SIGNAAL_BASE_URL=self.base_url,
            WAGTAILADMIN_BASE_URL=self.base_url,
            SIGNAAL_FRONTEND_CACHE_URL=f"http://127.0.0.1:{self.ports.purge}",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.ports.smtp),
            STATIC_ROOT=str(self.state / "static"),
            MEDIA_ROOT=str(self.state / "media"),
            SIGNAAL_REPLICA_RETRY_SECONDS="2",
        )
        env.update(self.extra_env)
        env.update(overrides)
        return env

    # ------------------------------------------------------------ process bookkeeping

    def _load(self) -> dict:
        path = self.state / "state.json"
        return json.loads(path.read_text()) if path.exists() else {"pids": {}}

    def _save(self, data: dict) -> None:
        (self.state / "state.json").write_text(json.dumps(data, indent=1))

    def _spawn(self, name: str, command: list[str], env: dict | None = None, cwd: Path | None = None) -> int:
        log = open(self.logs / f"{name}.log", "ab")
        process = subprocess.Popen(
            command,
            cwd=cwd or self.code,
            env=env or self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        data = self._load()
        data["pids"][name] = process.pid
        self._save(data)
        return process.pid

    def pid(self, name: str) -> int | None:
        return self._load()["pids"].get(name)

    def _signal(self, name: str, sig: int, wait: float = 30.0) -> None:
        """Send `sig` to the process group we started as `name`; wait until it is gone."""
        pid = self.pid(name)
        if not pid:
            return
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + wait
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if alive(pid):
            os.killpg(pid, signal.SIGKILL)
            while alive(pid):
                time.sleep(0.05)
        data = self._load()
        data["pids"].pop(name, None)
        self._save(data)

    # ------------------------------------------------------------ PostgreSQL

    def _pg(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run([*prefix, *command], check=check, capture_output=True, text=True)

    @staticmethod
    def _pg_bin(name: str) -> str:
        """A PostgreSQL server program: pg_config's bindir, else Debian's newest /usr/lib/postgresql/N/bin."""
        found = shutil.which("pg_config")
        bindir = subprocess.run([found, "--bindir"], capture_output=True, text=True).stdout.strip() if found else ""
        candidates = [Path(bindir)] if bindir else []
        candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True)
        for folder in candidates:
            if (folder / name).exists():
                return str(folder / name)
        return shutil.which(name) or name

    def pg_start(self, which: str = "primary") -> None:
        port = getattr(self.ports, which)
        data, log = self.pg / which, self.pg / f"{which}.log"
        self._pg(self._pg_bin("pg_ctl"), "-D", str(data), "-l", str(log), "-o", f"-p {port}", "-w", "-t", "60", "start")

    def pg_stop(self, which: str = "primary", mode: str = "fast") -> None:
        data = self.pg / which
        if (data / "postmaster.pid").exists():
            self._pg(self._pg_bin("pg_ctl"), "-D", str(data), "-m", mode, "-w", "stop", check=False)

    def pg_restart(self, which: str = "primary") -> None:
        self.pg_stop(which)
        self.pg_start(which)

    def _pg_init(self) -> None:
        self.pg.mkdir(parents=True, exist_ok=True)
        (self.pg / "run").mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.pg, "postgres")
            shutil.chown(self.pg / "run", "postgres")
        primary = self.pg / "primary"
        self._pg(self._pg_bin("initdb"), "-D", str(primary), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        settings = (
            f"\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.pg / 'run'}'\n"
            "wal_level = replica\nmax_wal_senders = 5\nhot_standby = on\nhot_standby_feedback = on\n"
            "shared_buffers = 256MB\nwork_mem = 16MB\nmax_connections = 100\n"
        )
        with open(primary / "postgresql.conf", "a") as conf:
            conf.write(settings)
        self.pg_start("primary")
        self._pg(
            self._pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.ports.primary), "-U", "postgres", self.database
        )

    def _replica_init(self) -> None:
        replica = self.pg / "replica"
        self._pg(
            self._pg_bin("pg_basebackup"), "-h", "127.0.0.1", "-p", str(self.ports.primary), "-U", "postgres",
            "-D", str(replica), "-R", "-X", "stream", "-c", "fast",
        )  # fmt: skip
        self.pg_start("replica")

    # ------------------------------------------------------------ Redis, app servers, workers, nginx

    def redis_start(self) -> None:
        (self.state / "redis").mkdir(exist_ok=True)
        command = ["redis-server", "--bind", "127.0.0.1", "--port", str(self.ports.redis), "--save", ""]
        self._spawn("redis", [*command, "--appendonly", "no", "--dir", str(self.state / "redis")])
        wait_port(self.ports.redis)

    def redis_stop(self) -> None:
        self._signal("redis", signal.SIGTERM)

    def app_names(self) -> list[str]:
        return [chr(ord("a") + i) for i in range(len(self.ports.apps))]

    def app_start(self, name: str) -> None:
        port = self.ports.apps[self.app_names().index(name)]
        env = self.env(
            GUNICORN_BIND=f"127.0.0.1:{port}",
            GUNICORN_WORKERS=str(self.gunicorn_workers),
            GUNICORN_THREADS=str(self.gunicorn_threads),
            GUNICORN_NAME=f"signaal-{name}",
        )
        self._spawn(f"app-{name}", [str(BIN / "gunicorn"), "-c", str(HERE / "gunicorn.conf.py"), "signaal.wsgi"], env)
        wait_http(port, "/healthz/ready/")

    def app_stop(self, name: str, sig: int = signal.SIGTERM) -> None:
        """SIGTERM: graceful (requests in flight finish); SIGKILL: the whole server at once (master and workers)."""
        self._signal(f"app-{name}", sig)

    def worker_start(self, n: int) -> None:
        command = [
            PYTHON,
            "manage.py",
            "run_worker",
            "--interval",
            "0.5",
            "--worker-id",
            f"worker-{n}-{time.time_ns()}",
        ]
        self._spawn(f"worker-{n}", command)

    def worker_stop(self, n: int, sig: int = signal.SIGTERM) -> None:
        self._signal(f"worker-{n}", sig)

    def nginx_config(self) -> str:
        return nginx.config(self, drained=set(self._load().get("drained", [])))

    def pinned_port(self, name: str) -> int:
        return self.ports.https + 1 + self.app_names().index(name)

    def nginx_start(self) -> None:
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(nginx).exists():
            raise RuntimeError("nginx is not installed: apt-get install -y nginx")
        folder = self.state / "nginx"
        for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "unavailable.html", folder / "unavailable.html")
        (folder / "nginx.conf").write_text(self.nginx_config())
        conf = ["-p", str(folder), "-e", str(self.logs / "nginx-error.log"), "-c", str(folder / "nginx.conf")]
        subprocess.run([nginx, *conf, "-t", "-q"], check=True, capture_output=True)
        self._spawn("nginx", [nginx, *conf, "-g", "daemon off;"])
        wait_port(self.ports.https)

    def nginx_reload(self) -> None:
        """Write the configuration again and reload it (SIGHUP): new requests follow it at once; the old nginx worker
        finishes the requests it has in flight and exits. Returns when it has."""
        (self.state / "nginx" / "nginx.conf").write_text(self.nginx_config())
        master = self.pid("nginx")
        before = set(children(master))
        os.kill(master, signal.SIGHUP)
        deadline = time.monotonic() + 60
        while before & set(children(master)) and time.monotonic() < deadline:
            time.sleep(0.05)

    def drain(self, name: str, drained: bool = True) -> None:
        """Take app server `name` out of the proxy's rotation (or put it back), as a rolling deploy does."""
        data = self._load()
        data["drained"] = sorted(
            (set(data.get("drained", [])) | {name}) if drained else (set(data.get("drained", [])) - {name})
        )
        self._save(data)
        self.nginx_reload()

    def rolling_restart(self, name: str) -> None:
        """One app server onto new code without a failed request: drain it at the proxy, stop it gracefully
        (SIGTERM: requests in flight finish), start it, wait until it is ready, put it back."""
        self.drain(name)
        self.app_stop(name, signal.SIGTERM)
        self.app_start(name)
        self.drain(name, drained=False)

    # ------------------------------------------------------------ the whole thing

    def manage(self, *args: str, settings: str | None = None, check: bool = True, **env) -> str:
        environment = self.env(**env)
        if settings:
            environment["DJANGO_SETTINGS_MODULE"] = settings
        result = subprocess.run(
            [PYTHON, "manage.py", *args], cwd=self.code, env=environment, capture_output=True, text=True, check=False
        )
        if check and result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        return result.stdout

    def python(self, code: str, **env) -> str:
        """Run Python with the topology's settings (django set up); returns stdout."""
        prelude = "import django\ndjango.setup()\n"
        result = subprocess.run(
            [PYTHON, "-c", prelude + code],
            cwd=self.code,
            env=self.env(**env),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"topology python failed:\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}")
        return result.stdout

    def up(self, *, demo: bool = False, log=print) -> None:
        pinned = [self.pinned_port(name) for name in self.app_names()] if self.test_mode else []
        busy = [port for port in [*self.ports.all(), *pinned] if port_open(port)]
        if busy:
            raise RuntimeError(f"ports {busy} are in use: is a topology running already? (make prod-like-down)")
        if self.state.exists():
            shutil.rmtree(self.state)
        for folder in (self.state, self.logs, self.state / "media", self.state / "tls"):
            folder.mkdir(parents=True, exist_ok=True)
        self.state.chmod(0o755)
        (self.state / "secret_key").write_text(secrets.token_urlsafe(50))
        self._save({"pids": {}, "ports": asdict(self.ports), "base_url": self.base_url})
        started = time.monotonic()
        step = lambda what: log(f"[{time.monotonic() - started:5.1f} s] {what}")  # noqa: E731
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
             "-keyout", str(self.state / "tls" / "key.pem"), "-out", str(self.cert)],
            check=True, capture_output=True,
        )  # fmt: skip
        step("PostgreSQL primary")
        self._pg_init()
        self.redis_start()
        step("migrate")
        self.manage("migrate", "--noinput", "-v0")
        step("collectstatic")
        self.manage("collectstatic", "--noinput", "-v0")
        if demo:
            step("demo content (manage.py load_demo with the dev settings: production refuses demo data)")
            self.manage("load_demo", settings="signaal.settings.dev")
        step("PostgreSQL replica (pg_basebackup)")
        self._replica_init()
        self._spawn(
            "purge", [PYTHON, "-m", "signaal.deploy.purge_recorder", str(self.ports.purge), str(self.purge_log)]
        )
        mail = self.state / "mail"
        command = [PYTHON, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{self.ports.smtp}", "-c"]
        self._spawn("smtp", [*command, "aiosmtpd.handlers.Mailbox", str(mail)])
        step("app servers, workers, nginx")
        for name in self.app_names():
            self.app_start(name)
        for n in range(1, self.workers + 1):
            self.worker_start(n)
        self.nginx_start()
        wait_port(self.ports.smtp)
        wait_port(self.ports.purge)
        step(f"up: {self.base_url}/ (logs in {self.logs})")

    @property
    def purge_log(self) -> Path:
        return self.logs / "purge.jsonl"

    def down(self) -> None:
        """Stop every process this topology started (the proxy first), all at once, then PostgreSQL."""
        self._signal("nginx", signal.SIGTERM)
        pids = self._load()["pids"]
        for pid in pids.values():
            try:
                os.killpg(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for name in list(pids):
            self._signal(name, signal.SIGTERM)  # waits for each (SIGKILL after 30 s)
        self.pg_stop("replica")
        self.pg_stop("primary")
