package nl.wegwijs.app

import android.content.Context

// rustls-platform-verifier (the app's HTTPS for content updates) asks Android's trust store
// through the JVM and needs the application context once; implemented in src-tauri/src/android.rs.
object PlatformVerifier {
  init {
    System.loadLibrary("wegwijs_app_lib")
  }

  @JvmStatic external fun initWithContext(context: Context)
}
