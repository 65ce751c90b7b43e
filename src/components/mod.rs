//! Components. The shared widgets ([`field`], [`factor`], [`chart`]) take values and callbacks
//! and never compute; each calculator's view is a folder of its own.

pub mod carbon;
pub mod chart;
pub mod compare;
pub mod export;
pub mod factor;
pub mod field;
pub mod header;
pub mod library;
pub mod nav;
pub mod notices;
pub mod share;
pub mod tornado;
pub mod tp;
pub mod trucks;
pub mod ule;
pub mod update;
pub mod views;
