//! Plain data: the policy, the task manifest, the built-in categories, and
//! the strict YAML reading they share.

pub(crate) mod auth_path;
pub(crate) mod category;
pub(crate) mod event;
pub(crate) mod glob;
pub(crate) mod manifest;
pub(crate) mod policy;
pub(crate) mod schema;
pub(crate) mod strict;
