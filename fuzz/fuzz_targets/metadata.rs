//! Metadata files from a server or a stranger's update file: the strict canonical JSON parser,
//! the envelope, and the typed roles must refuse bad input with an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wegwijs_trust::cjson;
use wegwijs_trust::metadata::{Envelope, Root, Snapshot, Targets, Timestamp};

fuzz_target!(|data: &[u8]| {
    if let Ok(value) = cjson::parse(data) {
        // Whatever the parser accepts, the canonical encoder can write.
        cjson::encode(&value).expect("a parsed value encodes canonically");
    }
    let Ok(envelope) = Envelope::parse(data) else { return };
    let _ = envelope.signed_bytes();
    let _ = envelope.decode::<Root>();
    let _ = envelope.decode::<Timestamp>();
    let _ = envelope.decode::<Snapshot>();
    let _ = envelope.decode::<Targets>();
    // A file we write reads back as the same envelope (control characters escaped).
    let bytes = envelope.to_bytes().expect("a parsed envelope encodes");
    assert_eq!(Envelope::parse(&bytes).expect("our own file parses"), envelope);
});
