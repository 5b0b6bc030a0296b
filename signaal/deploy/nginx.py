"""The nginx configuration of the production topology: nginx.conf (beside this file) with the state directory, the
ports and the app servers filled in. In test mode nginx names the app server that answered (X-Signaal-Upstream) and
serves each app server alone on a port of its own after `https` (to act "on server A")."""

from pathlib import Path

HERE = Path(__file__).resolve().parent

PINNED_SERVER = """
    server {{
        listen 127.0.0.1:{port} ssl;
        ssl_certificate {state}/tls/cert.pem;
        ssl_certificate_key {state}/tls/key.pem;
        location / {{
            proxy_pass http://127.0.0.1:{app};
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Request-ID $request_id;
            add_header X-Signaal-Upstream $upstream_addr always;
            client_max_body_size 12m;
        }}
    }}
"""


def config(topology, drained: set[str]) -> str:
    """The configuration for `topology`, with the app servers named in `drained` out of the rotation."""
    upstreams = "\n".join(
        f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=2s{' down' if name in drained else ''};"
        for name, port in zip(topology.app_names(), topology.ports.apps, strict=True)
    )
    extra = "            add_header X-Signaal-Upstream $upstream_addr always;" if topology.test_mode else ""
    text = (HERE / "nginx.conf").read_text()
    for key, value in {
        "@STATE@": str(topology.state),
        "@LOGS@": str(topology.logs),
        "@MIME_TYPES@": "/etc/nginx/mime.types",
        "@UPSTREAMS@": upstreams,
        "@HTTP_PORT@": str(topology.ports.http),
        "@HTTPS_PORT@": str(topology.ports.https),
        "@STATIC_ROOT@": str(topology.state / "static"),
        "@MEDIA_ROOT@": str(topology.state / "media"),
        "@EXTRA_LOCATION@": extra,
    }.items():
        text = text.replace(key, value)
    if topology.test_mode:
        pinned = "\n".join(
            PINNED_SERVER.format(port=topology.pinned_port(name), app=port, state=topology.state)
            for name, port in zip(topology.app_names(), topology.ports.apps, strict=True)
        )
        text = text.rstrip().removesuffix("}") + pinned + "\n}\n"
    return text
