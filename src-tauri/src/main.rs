//! Desktop entry point; the app itself is in lib.rs so mobile builds share it.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    wegwijs_app_lib::run();
}
