"""A real SMTP server on loopback (aiosmtpd) for the mail tests: what arrived, parsed, and a way to hold one
message mid-delivery (to kill a worker while it is sending)."""

import asyncio
import email
import socket
import threading
import time
from email import policy

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []
        self.arrived = threading.Condition()
        self.hold_at = None  # the n-th message is held (not acknowledged) until `release` is set
        self.held = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.hold_at is not None and len(self.messages) + 1 == self.hold_at and not self.release.is_set():
            self.held.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
            return "451 4.3.0 Not delivered: the client went away"
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with self.arrived:
            self.messages.append(message)
            self.arrived.notify_all()
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 60) -> list:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(self.messages) < count:
                left = deadline - time.monotonic()
                assert left > 0, f"{len(self.messages)} of {count} mails arrived within {timeout} s"
                self.arrived.wait(left)
        return list(self.messages)

    def to(self) -> list[str]:
        return sorted(str(m["To"]) for m in self.messages)


def subject(message) -> str:
    return " ".join(str(message["Subject"]).split())


def text(message) -> str:
    return message.get_body(("plain",)).get_content()


def html(message) -> str:
    return message.get_body(("html",)).get_content()


class MailServer:
    def __init__(self):
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.inbox.release.set()
        self.controller.stop()
