//! Builds for the browser write the linker's map of the wasm next to the module
//! (`target/wasm32-unknown-unknown/<profile>/qingshan.map`): which static data sits at which
//! address. `scripts/data-split.mjs` reads it to move the static data that only the split-out
//! code reads into the split module (docs/size.md, "Data that waits for the split module").
//! Native builds and tests are unaffected.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return;
    }
    // OUT_DIR is <target>/<triple>/<profile>/build/<package>-<hash>/out: three levels up is the
    // directory the linked module is written to.
    let Ok(out) = std::env::var("OUT_DIR") else {
        return;
    };
    if let Some(dir) = Path::new(&out).ancestors().nth(3) {
        println!(
            "cargo:rustc-link-arg-bins=--Map={}",
            dir.join("qingshan.map").display()
        );
    }
}
