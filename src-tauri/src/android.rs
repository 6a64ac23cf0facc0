//! Android only: what the app's Kotlin side hands to Rust before anything else runs.
//!
//! `sync::http` checks the feed's certificates with rustls-platform-verifier, which on Android
//! asks the system's trust store through the JVM and so needs the app's context first. The
//! crate documents a native method called by the app's own Kotlin code: `MainActivity.onCreate`
//! (src-tauri/android/, copied into the generated project by `cargo xtask android-init`) calls
//! `PlatformVerifier.initWithContext(applicationContext)` before Tauri starts. Tauri's own JNI
//! access (`jni_handle`) is of another `jni` version and would need `unsafe` to bridge.
//!
//! The same call hands the JavaVM and the context to ndk-context, where the `tts` crate finds
//! Android's TextToSpeech (read aloud). That is the workspace's one `unsafe` block.

use jni::errors::ThrowRuntimeExAndDefault;
use jni::objects::{JClass, JObject};
use jni::{Env, EnvUnowned};
use std::sync::Once;

/// `nl.wegwijs.app.PlatformVerifier.initWithContext(Context)`: hands the application context
/// to rustls-platform-verifier and to ndk-context once; a failure becomes a Java exception in
/// `onCreate`.
#[jni::jni_mangle("nl.wegwijs.app.PlatformVerifier")]
pub fn init_with_context<'caller>(mut env: EnvUnowned<'caller>, _class: JClass<'caller>, context: JObject<'caller>) {
    env.with_env(|env| {
        give_context_to_ndk_context(env, &context)?;
        rustls_platform_verifier::android::init_with_env(env, context)
    })
    .resolve::<ThrowRuntimeExAndDefault>();
}

/// ndk-context takes raw pointers and may be filled in only once per process, while
/// `onCreate` runs again whenever the activity is recreated.
static NDK_CONTEXT: Once = Once::new();

#[allow(unsafe_code)]
fn give_context_to_ndk_context(env: &mut Env, context: &JObject) -> jni::errors::Result<()> {
    let mut result = Ok(());
    NDK_CONTEXT.call_once(|| {
        result = (|| {
            let vm = env.get_java_vm()?;
            // A global reference that is never deleted: the pointer stays valid for the process.
            let context = env.new_global_ref(context)?.into_raw();
            // SAFETY: the JavaVM pointer is the process's one VM and the context a global
            // reference never released, so both outlive every use; `Once` calls this once.
            unsafe { ndk_context::initialize_android_context(vm.get_raw().cast(), context.cast()) };
            Ok(())
        })();
    });
    result
}
