//! Android only: what the app's Kotlin side hands to Rust before anything else runs.
//!
//! `sync::http` checks the feed's certificates with rustls-platform-verifier, which on Android
//! asks the system's trust store through the JVM and so needs the app's context first. The
//! crate documents a native method called by the app's own Kotlin code: `MainActivity.onCreate`
//! (src-tauri/android/, copied into the generated project by `cargo xtask android-init`) calls
//! `PlatformVerifier.initWithContext(applicationContext)` before Tauri starts. Tauri's own JNI
//! access (`jni_handle`) is of another `jni` version and would need `unsafe` to bridge.

use jni::EnvUnowned;
use jni::errors::ThrowRuntimeExAndDefault;
use jni::objects::{JClass, JObject};

/// `nl.wegwijs.app.PlatformVerifier.initWithContext(Context)`: hands the application context
/// to rustls-platform-verifier once; a failure becomes a Java exception in `onCreate`.
#[jni::jni_mangle("nl.wegwijs.app.PlatformVerifier")]
pub fn init_with_context<'caller>(mut env: EnvUnowned<'caller>, _class: JClass<'caller>, context: JObject<'caller>) {
    env.with_env(|env| rustls_platform_verifier::android::init_with_env(env, context))
        .resolve::<ThrowRuntimeExAndDefault>();
}
