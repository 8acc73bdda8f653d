//! The `wrun` binary, run as a user would: exit code, stdout and stderr
//! checked together.

mod adversarial;
mod batch;
mod calendar;
mod compare;
mod edges;
mod errors;
mod plan;
mod profile;
mod readme;
mod recommend;
mod route;
mod run_options;
mod schema;
mod shell;
mod sources;
mod support;
