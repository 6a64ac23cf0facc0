#!/usr/bin/env python3
"""Build a TUF repository with python-tuf's Metadata API, for wegwijs-trust's client to read.

    make_repo.py OUTDIR

Writes, with consistent snapshots and ed25519 keys made from fixed seeds (so the output is the
same on every run: ed25519 signatures are deterministic and all dates are fixed):

    OUTDIR/1.root.json          root v1, the root a client pins
    OUTDIR/2.root.json          root v2: new root key and new timestamp key, signed by old and new
    OUTDIR/root.json            copy of the newest root
    OUTDIR/timestamp.json       signed by the v2 timestamp key only
    OUTDIR/1.snapshot.json
    OUTDIR/1.targets.json       nl/pack.bin (with non-ASCII custom), delegates gm0794/* to GM0794,
                                and a field the specification does not define
    OUTDIR/1.GM0794.json        gm0794/pack.bin
    OUTDIR/targets/nl/<sha256>.pack.bin
    OUTDIR/targets/gm0794/<sha256>.pack.bin

The metadata files are written the way python-tuf writes them by default (indented JSON, keys
sorted, non-ASCII escaped as \\uXXXX); the signatures are over the OLPC canonical JSON of
"signed" (raw UTF-8), so a client must re-canonicalize, not check the bytes it read.

Prints a JSON summary on stdout: the target paths, their lengths, sha256, custom and the file
each was written to (relative to OUTDIR).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from datetime import datetime, timezone

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.signer import CryptoSigner, SSlibKey
from tuf.api.metadata import (
    DelegatedRole,
    Delegations,
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

SPEC_VERSION = "1.0.31"
EXPIRES = datetime(2099, 1, 1, tzinfo=timezone.utc)

# Target contents: fixed, with every byte value, so a client that mangles bytes is caught.
NL_PACK = b"Wegwijs NL pack\n" + bytes(range(256)) * 3
GM0794_PACK = b"Wegwijs GM0794 (Helmond) pack\r\n" + bytes(reversed(range(256)))

# Non-ASCII custom data: Latin-1, a BMP character above the surrogates (U+FB00) and one outside
# the BMP (U+1F6B2) as keys, whose order differs between UTF-8/code point sorting (the TUF
# canonical form) and UTF-16 sorting. Also a quote and a backslash, the only characters
# canonical JSON escapes, and a tab and a newline, which canonical JSON leaves raw (the file has
# them escaped: raw control characters are not valid JSON).
NL_CUSTOM = {
    "naam": "Nederland — landelijk pakket",
    "gemeente": "'s-Hertogenbosch",
    "beschrijving": 'Één "pakket" met \\ en ü, ß, 中文',
    "\ufb00": "ligatuur ff",
    "\U0001f6b2": "fiets",
    "é": ["ä", "ö", 1, True, None],
    "regels": "een\ttwee\ndrie",
}


def signer(seed_byte: int) -> CryptoSigner:
    """An ed25519 signer from a fixed 32-byte seed: `seed_byte` 32 times (the Rust test makes
    the same keys to publish on top of this repository)."""
    private = Ed25519PrivateKey.from_private_bytes(bytes([seed_byte]) * 32)
    public = SSlibKey.from_crypto(private.public_key(), scheme="ed25519")
    return CryptoSigner(private, public)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_target(outdir: str, path: str, data: bytes) -> str:
    """Write a target where ngclient looks for it with consistent snapshots."""
    dirname, sep, basename = path.rpartition("/")
    rel = f"targets/{dirname}{sep}{sha256(data)}.{basename}"
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)
    return rel


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    outdir = sys.argv[1]
    if os.path.exists(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)

    root_v1 = signer(1)
    root_v2 = signer(2)
    timestamp_v1 = signer(3)
    timestamp_v2 = signer(4)
    snapshot_key = signer(5)
    targets_key = signer(6)
    gm0794_key = signer(7)

    serializer = JSONSerializer(compact=False)

    def save(md: Metadata, name: str) -> bytes:
        data = md.to_bytes(serializer)
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
        return data

    # Root v1.
    root = Root(expires=EXPIRES, consistent_snapshot=True, spec_version=SPEC_VERSION)
    root.add_key(root_v1.public_key, Root.type)
    root.add_key(timestamp_v1.public_key, Timestamp.type)
    root.add_key(snapshot_key.public_key, Snapshot.type)
    root.add_key(targets_key.public_key, Targets.type)
    root_md = Metadata(root)
    root_md.sign(root_v1)
    save(root_md, "1.root.json")

    # Root v2: rotate the root key and the timestamp key; signed by the old and the new root key.
    root.version = 2
    root.revoke_key(root_v1.public_key.keyid, Root.type)
    root.add_key(root_v2.public_key, Root.type)
    root.revoke_key(timestamp_v1.public_key.keyid, Timestamp.type)
    root.add_key(timestamp_v2.public_key, Timestamp.type)
    root_md = Metadata(root)
    root_md.sign(root_v1, append=True)
    root_md.sign(root_v2, append=True)
    save(root_md, "2.root.json")
    save(root_md, "root.json")

    # Delegated role GM0794.
    gm_target = TargetFile.from_data("gm0794/pack.bin", GM0794_PACK, ["sha256"])
    gm_target.unrecognized_fields["custom"] = {"gemeente": "Helmond", "code": "GM0794"}
    gm = Targets(expires=EXPIRES, spec_version=SPEC_VERSION)
    gm.targets[gm_target.path] = gm_target
    gm_md = Metadata(gm)
    gm_md.sign(gm0794_key)
    save(gm_md, "1.GM0794.json")

    # Top-level targets.
    nl_target = TargetFile.from_data("nl/pack.bin", NL_PACK, ["sha256"])
    nl_target.unrecognized_fields["custom"] = NL_CUSTOM
    role = DelegatedRole(
        name="GM0794",
        keyids=[gm0794_key.public_key.keyid],
        threshold=1,
        terminating=True,
        paths=["gm0794/*"],
    )
    targets = Targets(
        expires=EXPIRES,
        spec_version=SPEC_VERSION,
        delegations=Delegations(
            keys={gm0794_key.public_key.keyid: gm0794_key.public_key},
            roles={"GM0794": role},
        ),
    )
    targets.targets[nl_target.path] = nl_target
    # A field the specification does not define: clients must keep it under the signature.
    targets.unrecognized_fields["x-wegwijs-opmerking"] = {"tekst": "onbekend veld ✓"}
    targets_md = Metadata(targets)
    targets_md.sign(targets_key)
    save(targets_md, "1.targets.json")

    snapshot = Snapshot(expires=EXPIRES, spec_version=SPEC_VERSION)
    snapshot.meta["targets.json"] = MetaFile(version=1)
    snapshot.meta["GM0794.json"] = MetaFile(version=1)
    snapshot_md = Metadata(snapshot)
    snapshot_md.sign(snapshot_key)
    snapshot_bytes = save(snapshot_md, "1.snapshot.json")

    # The timestamp pins the snapshot's length and hash too.
    timestamp = Timestamp(
        expires=EXPIRES,
        spec_version=SPEC_VERSION,
        snapshot_meta=MetaFile.from_data(1, snapshot_bytes, ["sha256"]),
    )
    timestamp_md = Metadata(timestamp)
    timestamp_md.sign(timestamp_v2)
    save(timestamp_md, "timestamp.json")

    summary = {"targets": {}}
    for target, data in ((nl_target, NL_PACK), (gm_target, GM0794_PACK)):
        summary["targets"][target.path] = {
            "length": len(data),
            "sha256": sha256(data),
            "custom": target.custom,
            "file": write_target(outdir, target.path, data),
        }
    print(json.dumps(summary, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
