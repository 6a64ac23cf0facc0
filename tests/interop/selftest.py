#!/usr/bin/env python3
"""Check the interop scripts themselves: python-tuf's client accepts python-tuf's repository
(make_repo.py) through verify_repo.py, and verify_repo.py fails on each kind of tampering.

    selftest.py

Exit 0 when every case turns out as expected; otherwise exit 1 naming the cases that did not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable

HERE = os.path.dirname(os.path.abspath(__file__))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, encoding="utf-8"
    )


def edit_json(path: str, change: Callable[[dict], None]) -> None:
    with open(path, "rb") as f:
        doc = json.loads(f.read())
    change(doc)
    with open(path, "wb") as f:
        f.write(json.dumps(doc, indent=1, sort_keys=True).encode())


def flip_byte(path: str) -> None:
    with open(path, "rb") as f:
        data = bytearray(f.read())
    data[len(data) // 2] ^= 0x01
    with open(path, "wb") as f:
        f.write(bytes(data))


def main() -> int:
    tmp = tempfile.mkdtemp(prefix="interop-selftest-")
    failures: list[str] = []
    try:
        pristine = os.path.join(tmp, "pristine")
        made = run(os.path.join(HERE, "make_repo.py"), pristine)
        if made.returncode != 0:
            print(f"make_repo.py failed:\n{made.stderr}", file=sys.stderr)
            return 1
        summary = json.loads(made.stdout)
        files = {path: info["file"] for path, info in summary["targets"].items()}

        def case(name: str, tamper: Callable[[str], None] | None, ok: bool, *flags: str) -> None:
            repo = os.path.join(tmp, "case-" + name)
            shutil.copytree(pristine, repo)
            if tamper is not None:
                tamper(repo)
            result = run(
                os.path.join(HERE, "verify_repo.py"),
                *flags,
                repo,
                os.path.join(pristine, "1.root.json"),
            )
            if (result.returncode == 0) != ok:
                failures.append(
                    f"{name}: expected {'success' if ok else 'failure'}, exit "
                    f"{result.returncode}\n{result.stdout}{result.stderr}"
                )
                return
            if ok:
                report = json.loads(result.stdout)
                for path, info in summary["targets"].items():
                    got = report["targets"].get(path, {})
                    if got.get("sha256") != info["sha256"] or got.get("custom") != info["custom"]:
                        failures.append(f"{name}: {path} reported as {got}, made as {info}")
                if report["root_version"] != 2:
                    failures.append(f"{name}: root version {report['root_version']}, not 2")
            print(f"selftest: {name}: ok ({result.stderr.strip() or 'verified'})")

        case("pristine", None, True)
        case("pristine-http", None, True, "--http")
        case("tampered-target", lambda r: flip_byte(os.path.join(r, files["nl/pack.bin"])), False)
        case(
            "tampered-delegated-target",
            lambda r: flip_byte(os.path.join(r, files["gm0794/pack.bin"])),
            False,
        )

        def custom(r: str) -> None:
            def change(doc: dict) -> None:
                doc["signed"]["targets"]["nl/pack.bin"]["custom"]["naam"] = "Belgi\u00eb"

            edit_json(os.path.join(r, "1.targets.json"), change)

        case("tampered-custom", custom, False)

        def delegated_hash(r: str) -> None:
            def change(doc: dict) -> None:
                doc["signed"]["targets"]["gm0794/pack.bin"]["hashes"]["sha256"] = "00" * 32

            edit_json(os.path.join(r, "1.GM0794.json"), change)

        case("tampered-delegated-role", delegated_hash, False)
        case("missing-root-rotation", lambda r: os.remove(os.path.join(r, "2.root.json")), False)
        case(
            "tampered-timestamp",
            lambda r: edit_json(
                os.path.join(r, "timestamp.json"),
                lambda d: d["signed"].__setitem__("version", 2),
            ),
            False,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for failure in failures:
        print(f"selftest: FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
