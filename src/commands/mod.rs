//! One module per command: each turns parsed flags into domain values, asks
//! [`crate::guidance`] and hands the answer to a renderer.

pub mod recommend;
