"""Serve a fake VBR from the command line: ``python -m veeam_agents_client.testing --tls``.

Prints one JSON line (base_url, ca_path, revisions, accepted_versions, group ids, recovery token
ids; with ``--servers N``, base_urls: the same fake on N ports) once the server listens, then
serves until interrupted or until its standard input closes, so a parent process (a benchmark,
another language's test suite) can run it in its own process.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading

from ._fake import FakeVBR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m veeam_agents_client.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--tls", action="store_true", help="serve HTTPS with a throwaway CA")
    parser.add_argument(
        "--servers", type=int, default=1, help="serve on this many free ports at once (not with --port)"
    )
    parser.add_argument("--groups", type=int, default=3, help="protection groups")
    parser.add_argument("--entities", type=int, default=1000, help="discovered entities per group")
    parser.add_argument("--recovery-tokens", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument("--latency-path", default=None, help="regular expression: add latency only here")
    parser.add_argument("--session-duration", type=float, default=2.0)
    parser.add_argument("--download-size", type=int, default=None, help="bytes of payload in served files")
    parser.add_argument("--revisions", default=None, help="comma-separated API revisions to serve (default: every one)")
    parser.add_argument(
        "--also-accepts", default="", help="comma-separated revisions an older server also accepts (e.g. 1.1-rev2)"
    )
    args = parser.parse_args(argv)
    if args.servers < 1:
        parser.error("--servers must be at least 1")
    if args.servers > 1 and args.port:
        parser.error("--servers picks free ports: leave --port out")

    fake = FakeVBR(
        protection_groups=args.groups,
        entities_per_group=args.entities,
        recovery_tokens=args.recovery_tokens,
        seed=args.seed,
        session_duration=args.session_duration,
        revisions=None if args.revisions is None else _listed(args.revisions),
        also_accepts=_listed(args.also_accepts),
    )
    if args.download_size is not None:
        fake.download_size = args.download_size
    if args.latency:
        fake.set_faults(latency=args.latency, path_pattern=args.latency_path)
    with contextlib.ExitStack() as stack:
        if args.servers == 1:
            servers = [stack.enter_context(fake.serve(tls=args.tls, host=args.host, port=args.port))]
        else:
            servers = stack.enter_context(fake.serve_many(args.servers, tls=args.tls, host=args.host))
        server = servers[0]
        ready = {
            "base_url": server.base_url,
            "base_urls": [each.base_url for each in servers],
            "ca_path": server.ca_path,
            "revisions": fake.revisions,
            "accepted_versions": fake.accepted_versions,
            "group_ids": fake.group_ids,
            "recovery_token_ids": fake.recovery_token_ids,
        }
        print(json.dumps(ready), flush=True)
        stdin_closed = threading.Event()

        def wait_for_stdin_to_close() -> None:
            sys.stdin.read()
            stdin_closed.set()

        threading.Thread(target=wait_for_stdin_to_close, daemon=True).start()
        with contextlib.suppress(KeyboardInterrupt):
            stdin_closed.wait()
    return 0


def _listed(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


if __name__ == "__main__":
    sys.exit(main())
