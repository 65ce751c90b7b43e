//! Prints the current factor set's release file: every factor id and its central value, one per
//! line, tab-separated, in library order (Rust's shortest round-trip form, so the file reads back
//! bit for bit).
//!
//! ```sh
//! cargo run -p qingshan-core --example factor_set > crates/core/tests/fixtures/factor-sets/2026.1.tsv
//! ```
//!
//! Run it once per release of the factor set (`factors::history` explains the steps); never
//! rewrite a released file.

// Printing the file is this program's whole job.
#![allow(clippy::print_stdout)]

use qingshan_core::factors::{Library, FACTOR_SET_VERSION};

fn main() {
    println!("# Factor set {FACTOR_SET_VERSION}: every factor's central value as released.");
    println!("# Written by `cargo run -p qingshan-core --example factor_set`; never edit a released file.");
    for f in Library::standard().iter() {
        println!("{}\t{}", f.id(), f.value);
    }
}
