//! Renderers: a [`crate::guidance`] answer in, bytes out, over any
//! [`std::io::Write`], so tests render into a `Vec<u8>`.

pub mod json;
pub mod text;
