"""Starts Ralph's LRS (run by .venv-ralph/bin/python, never by the app): `python lrs_server.py PORT`.

Ralph 5.1.0's file-system LRS backend writes every POST with the operation "index", which refuses a file that
already exists: the first POST creates fs_lrs.jsonl and every later one fails with a 500. Its "append"
operation is what an LRS on one file needs, so this launcher makes it the backend's default, then runs uvicorn
as `ralph runserver` would. Configuration comes from the RALPH_* environment (tests/lrs.py).
"""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), access_log=False, log_level="warning")
