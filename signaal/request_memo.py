"""Values read from the shared cache once per request, not once per use.

Several parts of one request read the same cache entries (the site entry for routing, the menu and every page
URL; the module facts for the prerequisite checks): each read is a Redis round trip and an unpickle. Inside a
request (RequestMemoMiddleware) `memo_get` keeps the first value for the rest of that request; the code that
drops an entry calls `memo_forget`, so a request that changes what it read sees the change. Outside a request
(a worker, a shell) nothing is kept.
"""

from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")
_memo: ContextVar[dict | None] = ContextVar("signaal_request_memo", default=None)


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)  # a TemplateResponse is rendered inside: its reads are kept too
        finally:
            _memo.reset(token)


def memo_get(key: str, read: Callable[[], T]) -> T:
    """`read()`'s value, read once in this request (every time outside one)."""
    memo = _memo.get()
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return memo[key]


def memo_forget(key: str) -> None:
    """Drop `key` from this request's memo (when the entry it holds was changed or deleted)."""
    memo = _memo.get()
    if memo is not None:
        memo.pop(key, None)
