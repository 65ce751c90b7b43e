//! # qingshan-core
//!
//! The calculation core of Qingshan (青山): everything that turns the 2025 results of China's
//! Ministry of Ecology and Environment (MEE) into numbers, with no knowledge of the web page.
//!
//! * [`units`]: the physical units every factor and result carries, as types.
//! * [`factors`]: the factor library. Every default value with its unit, low–high range,
//!   provenance grade and source (`shared/reference/factors.md`). Derived factors are computed
//!   from their inputs, never typed in, and carry their formula.
//! * [`figures`]: the report's own figures with the exact sentence they come from, in
//!   Simplified and Traditional Chinese, with an English rendering.
//! * [`decimal`]: reading decimal numbers, exactly and without the standard library's tables.
//! * [`text`]: three-language strings for data that lives in the core (factor names, notes).
//! * [`uncertainty`]: Monte Carlo percentiles and one-at-a-time sensitivity for any calculation
//!   written against [`eval::FactorValues`].
//!
//! The crate has no dependencies at all, so it can never reach the browser's APIs; it is
//! tested natively (`cargo test -p qingshan-core`).

pub mod carbon;
pub mod codec;
pub mod decimal;
pub mod eval;
pub mod factors;
pub mod figures;
pub mod phosphorus;
pub mod scenario;
pub mod snapshot;
pub mod text;
pub mod trucks;
pub mod ule;
pub mod uncertainty;
pub mod units;
