"""gunicorn settings for one Signaal app server (docs/deploy.md); the launcher (signaal/deploy/topology.py) and a
production unit file start it as `gunicorn -c signaal/deploy/gunicorn.conf.py signaal.wsgi`.

Threads, not more processes: on a small machine the database shares the cores, and the GIL-free parts (database
round trips, Argon2) overlap in threads. Size workers to the cores of the app host (bench/README.md).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", 2))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))  # a worker stuck this long is killed and replaced
graceful_timeout = 20  # SIGTERM: finish the requests in flight (a rolling restart loses none)
keepalive = 30  # the proxy keeps connections to the app servers open (nginx `keepalive`)
proc_name = os.environ.get("GUNICORN_NAME", "signaal")
control_socket_disable = True  # gunicorn's control socket has one default path per user: two servers would share it
# X-Forwarded-* only from the proxy (the same list as SIGNAAL_TRUSTED_PROXIES).
forwarded_allow_ips = os.environ.get("SIGNAAL_TRUSTED_PROXIES", "127.0.0.1")
# The app logs one JSON line per request itself (signaal/logging.py); gunicorn's own lines are JSON too.
accesslog = None
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "signaal.logging.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": "WARNING"},
    "loggers": {"gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False}},
}
