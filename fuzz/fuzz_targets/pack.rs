//! Content packs after TUF: decoding (zstd, size cap, JSON, format) and the rules beyond TUF
//! must refuse bad input with an error, never a panic. Input that is not a zstd frame is
//! compressed first, so the fuzzer also explores the JSON inside packs, not only zstd's header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wegwijs_core::sync::pack::Pack;

/// The first bytes of a zstd frame.
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

fuzz_target!(|data: &[u8]| {
    let compressed;
    let bytes = if data.starts_with(&ZSTD_MAGIC) {
        data
    } else {
        compressed = zstd::bulk::compress(data, 1).expect("zstd compresses any input");
        &compressed
    };
    let Ok(pack) = Pack::decode(bytes) else { return };
    for scope in ["nl", "GM0794", pack.scope.code.as_str()] {
        let _ = pack.check_rules(scope);
    }
    // A pack that decoded encodes again, and the encoding decodes.
    Pack::decode(&pack.encode()).expect("a re-encoded pack decodes");
});
