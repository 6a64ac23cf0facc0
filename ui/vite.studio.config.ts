import { defineConfig } from "vite";

// Wegwijs Studio, the editors' web app: its own entry and output (ui/dist-studio), embedded into
// the `wegwijs` binary by crates/publish/build.rs. The app's bundle and its JS budget stay apart.
export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  clearScreen: false,
  build: {
    target: "es2021",
    outDir: "dist-studio",
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rollupOptions: { input: "studio.html" },
  },
});
