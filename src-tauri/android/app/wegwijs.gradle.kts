// Wegwijs' additions to the generated app module, applied from build.gradle.kts by
// `cargo xtask android-init`: the Kotlin part of rustls-platform-verifier, from the Maven
// repository its authors publish on GitHub, at the version Cargo.lock pins for
// rustls-platform-verifier-android (the two must match exactly).
val rustlsVerifierVersion: String = run {
    val lock = rootProject.file("../../../Cargo.lock").readLines()
    val at = lock.indexOfFirst { it.trim() == "name = \"rustls-platform-verifier-android\"" }
    require(at >= 0) { "rustls-platform-verifier-android is not in Cargo.lock" }
    lock.drop(at + 1).first { it.trim().startsWith("version = ") }.substringAfter('"').substringBefore('"')
}

repositories {
    maven {
        url = uri("https://github.com/rustls/rustls-platform-verifier/raw/maven-archive/android-release-support/maven/")
    }
}

dependencies {
    "implementation"("rustls:rustls-platform-verifier:$rustlsVerifierVersion")
}
