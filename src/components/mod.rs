//! Leaf components: they take values and callbacks and never compute.

pub mod header;
pub mod nav;
pub mod views;
