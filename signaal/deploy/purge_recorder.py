"""A stand-in for a caching proxy's purge interface (Varnish, a CDN): it accepts any request, answers 200 and
appends one JSON line per request (method, host, path) to a file. The local topology points Wagtail's frontend
cache HTTPBackend at it (SIGNAAL_FRONTEND_CACHE_URL), so a test can see which URLs a publish purges.

    python -m signaal.deploy.purge_recorder PORT FILE
"""

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Recorder(BaseHTTPRequestHandler):
    lock = threading.Lock()
    path_out = ""

    def _record(self):
        line = {"time": time.time(), "method": self.command, "host": self.headers.get("Host", ""), "path": self.path}
        with self.lock, open(self.path_out, "a", encoding="utf-8") as out:
            out.write(json.dumps(line) + "\n")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PURGE = do_GET = do_POST = do_BAN = _record

    def log_message(self, format, *args):
        pass


def main():
    port, out = int(sys.argv[1]), sys.argv[2]
    Recorder.path_out = out
    ThreadingHTTPServer(("127.0.0.1", port), Recorder).serve_forever()


if __name__ == "__main__":
    main()
