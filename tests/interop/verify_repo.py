#!/usr/bin/env python3
"""Check a TUF repository with python-tuf's client (tuf.ngclient.Updater).

    verify_repo.py [--http] [--out DIR] REPODIR TRUSTED_ROOT [TARGET ...]

REPODIR is laid out as the Wegwijs transport reads it: metadata at the top (`timestamp.json`,
`N.root.json`, `N.snapshot.json`, `N.targets.json`, `N.<role>.json`) and target files under
`targets/` with hash-prefixed names (`targets/<dir>/<sha256>.<name>`). TRUSTED_ROOT is the root
metadata file the client starts from. TARGET defaults to `nl/pack.bin gm0794/pack.bin`.

The files are read through a FetcherInterface over REPODIR, or with --http from a
`http.server` on 127.0.0.1 through ngclient's default (urllib3) fetcher.

Refreshes (root rotation, timestamp, snapshot, targets), resolves every TARGET through the
delegations (get_targetinfo) and downloads it (length and hashes checked). With --out the
downloaded targets are copied to DIR/<target path>.

Exit 0 and a JSON report on stdout ({"root_version", "targets": {path: {length, sha256,
custom}}}) when all of it verifies; otherwise exit 1 and say on stderr what failed.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from urllib import parse

from tuf.api import exceptions
from tuf.ngclient import FetcherInterface, Updater

BASE = "http://repo.invalid/"


class DirFetcher(FetcherInterface):
    """Serves BASE/<path> from REPODIR/<path>; a missing file is a 404."""

    def __init__(self, repodir: str):
        self.repodir = os.path.realpath(repodir)
        self.fetched: list[str] = []

    def _fetch(self, url: str) -> Iterator[bytes]:
        if not url.startswith(BASE):
            raise exceptions.DownloadHTTPError(f"unexpected URL {url}", 404)
        rel = parse.unquote(url[len(BASE) :])
        path = os.path.realpath(os.path.join(self.repodir, rel))
        if not path.startswith(self.repodir + os.sep) or not os.path.isfile(path):
            raise exceptions.DownloadHTTPError(f"not found: {rel}", 404)
        self.fetched.append(rel)
        with open(path, "rb") as f:
            data = f.read()
        return iter([data])


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(repodir: str) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(QuietHandler, directory=repodir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def verify(args: argparse.Namespace, workdir: str) -> dict:
    with open(args.trusted_root, "rb") as f:
        trusted_root = f.read()

    server = None
    if args.http:
        server, base = serve(args.repodir)
        fetcher = None
    else:
        base = BASE
        fetcher = DirFetcher(args.repodir)
    try:
        updater = Updater(
            metadata_dir=os.path.join(workdir, "metadata"),
            metadata_base_url=base,
            target_dir=os.path.join(workdir, "targets"),
            target_base_url=base + "targets/",
            fetcher=fetcher,
            bootstrap=trusted_root,
        )
        os.makedirs(os.path.join(workdir, "targets"), exist_ok=True)
        updater.refresh()
        report: dict = {"root_version": updater._trusted_set.root.version, "targets": {}}
        for target in args.targets:
            info = updater.get_targetinfo(target)
            if info is None:
                raise LookupError(f"target {target} not found through the delegations")
            path = updater.download_target(info)
            with open(path, "rb") as f:
                data = f.read()
            if args.out:
                dest = os.path.join(args.out, target)
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with open(dest, "wb") as f:
                    f.write(data)
            report["targets"][target] = {
                "length": info.length,
                "sha256": info.hashes.get("sha256"),
                "custom": info.custom,
            }
        return report
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--http", action="store_true", help="serve REPODIR over HTTP")
    parser.add_argument("--out", help="copy the downloaded targets here")
    parser.add_argument("repodir")
    parser.add_argument("trusted_root")
    parser.add_argument("targets", nargs="*", default=["nl/pack.bin", "gm0794/pack.bin"])
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="verify-repo-")
    try:
        report = verify(args, workdir)
    except Exception as e:  # noqa: BLE001 - every failure is a verification failure
        chain = []
        err: BaseException | None = e
        while err is not None:
            chain.append(f"{type(err).__name__}: {err}")
            err = err.__cause__
        print("verify_repo: FAILED: " + " <- ".join(chain), file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(report, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
