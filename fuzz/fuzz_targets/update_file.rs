//! `.wegwijs` update files from strangers' phones: reading must refuse bad input with an error,
//! never a panic; a file that is read is exactly what writing its entries gives (the format has
//! one encoding per content), and the file transport serves every entry as it is.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wegwijs_core::sync::file::{FileTransport, UpdateFile};
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};

fuzz_target!(|data: &[u8]| {
    let Ok(file) = UpdateFile::from_bytes(data) else { return };
    assert_eq!(file.to_bytes(), data, "a file that reads writes back byte for byte");
    let mut transport = FileTransport::new(file.clone());
    for (path, bytes) in &file.entries {
        let request = Request { path, max_len: u64::MAX, if_none_match: None };
        match transport.fetch(&request) {
            Ok(Fetched::Body { bytes: fetched, .. }) => assert_eq!(&fetched, bytes, "{path}"),
            other => panic!("{path}: {other:?}"),
        }
        if !bytes.is_empty() {
            let request = Request { path, max_len: bytes.len() as u64 - 1, if_none_match: None };
            assert!(matches!(transport.fetch(&request), Err(TransportError::TooLarge { .. })), "{path}");
        }
    }
    let request = Request { path: "absent/from/the/file", max_len: u64::MAX, if_none_match: None };
    if !file.entries.contains_key(request.path) {
        assert_eq!(transport.fetch(&request), Ok(Fetched::NotFound));
    }
});
