package nl.wegwijs.app

import android.os.Bundle
import androidx.activity.enableEdgeToEdge

// Tauri's generated activity, plus one line: the platform verifier gets the app context before
// Tauri starts, so the first update check over HTTPS can reach the system's certificate store.
class MainActivity : TauriActivity() {
  override fun onCreate(savedInstanceState: Bundle?) {
    enableEdgeToEdge()
    PlatformVerifier.initWithContext(applicationContext)
    super.onCreate(savedInstanceState)
  }
}
