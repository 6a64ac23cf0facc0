//! The checked-in TypeScript bindings must match the Rust commands. Run
//! `cargo xtask codegen` (UPDATE_BINDINGS=1) after changing a command or a type it uses.

use std::path::Path;

#[test]
fn typescript_bindings_are_fresh() {
    let checked_in = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/bindings.ts");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        wegwijs_app_lib::export_bindings(&checked_in).unwrap();
        return;
    }
    let dir = std::env::temp_dir().join(format!("wegwijs-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fresh = dir.join("bindings.ts");
    wegwijs_app_lib::export_bindings(&fresh).unwrap();
    let expected = std::fs::read_to_string(&fresh).unwrap();
    let actual = std::fs::read_to_string(&checked_in).unwrap_or_default();
    assert!(expected == actual, "ui/src/ipc/bindings.ts is stale: run `cargo xtask codegen`");
}
