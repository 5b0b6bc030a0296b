"""Processes and ports on this machine, as the topology (and bench/load.py, the topology tests) need them: is a
process alive, what are its children, does a port or an HTTP endpoint answer yet. Linux only (reads /proc)."""

import os
import socket
import time
from http.client import HTTPConnection
from pathlib import Path


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (our own exited child) counts as gone
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def port_open(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not port_open(port):
        if time.monotonic() > deadline:
            raise RuntimeError(f"nothing listens on port {port} after {timeout:.0f} s")
        time.sleep(0.1)


def wait_http(port: int, path: str, timeout: float = 120) -> None:
    """Wait until the app server on 127.0.0.1:`port` answers 200 on `path` (plain HTTP on loopback only)."""
    deadline = time.monotonic() + timeout
    while True:
        connection = HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            connection.request("GET", path)
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        finally:
            connection.close()
        if time.monotonic() > deadline:
            raise RuntimeError(f"http://127.0.0.1:{port}{path} did not answer 200 within {timeout:.0f} s")
        time.sleep(0.2)
