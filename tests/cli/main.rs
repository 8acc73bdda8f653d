//! The `wrun` binary, run as a user would: exit code, stdout and stderr
//! checked together.

mod errors;
mod readme;
mod recommend;
mod support;
