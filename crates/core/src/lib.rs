//! # qingshan-core
//!
//! The calculation core of Qingshan (青山): everything that turns the 2025 results of China's
//! Ministry of Ecology and Environment (MEE) into numbers, with no knowledge of the web page.
//!
//! * [`units`]: the physical units every factor and result carries, as types.
//! * [`text`]: the page's languages and three-language strings for data that lives in the core.
//!
//! The crate has no dependencies at all, so it can never reach the browser's APIs; it is
//! tested natively (`cargo test -p qingshan-core`).

pub mod text;
pub mod units;
