//! Plain data: the policy, the task manifest, the built-in categories, and
//! the strict YAML reading they share.

pub mod auth_path;
pub mod category;
pub mod event;
pub mod glob;
pub mod manifest;
pub mod policy;
pub mod schema;
pub mod strict;
