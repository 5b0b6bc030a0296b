"""`python -m signaal.deploy up [--demo] | down | status`: the production topology on loopback (docs/deploy.md)."""

import argparse
import json
import sys

from signaal.deploy.processes import alive
from signaal.deploy.topology import Topology


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m signaal.deploy")
    parser.add_argument("action", choices=["up", "down", "status"])
    parser.add_argument("--demo", action="store_true", help="load the demo content and accounts (dev settings)")
    args = parser.parse_args()
    topology = Topology()
    if args.action == "up":
        try:
            topology.up(demo=args.demo)
        except Exception:
            topology.down()
            raise
        print(f"Signaal (production settings) at {topology.base_url}/  — self-signed certificate: {topology.cert}")
        if args.demo:
            print(
                "Demo logins: officer, trainer, moderator, manager, admin; password DEMO_PASSWORD or signaal-demo-2017"
            )
        print(f"Logs: {topology.logs}/   Mail: {topology.state / 'mail'}/   Stop: make prod-like-down")
    elif args.action == "down":
        topology.down()
        print("stopped")
    else:
        data = topology._load() if topology.state.exists() else {"pids": {}}
        status = {name: ("up" if alive(pid) else "gone") for name, pid in data["pids"].items()}
        print(json.dumps(status, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
