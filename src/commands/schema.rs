//! `remit schema policy|manifest`: the JSON Schema editors use for completion
//! and validation (also committed under `schemas/`).

use anyhow::Result;

use crate::model::schema::{self, SchemaKind};

pub(crate) fn run(kind: SchemaKind) -> Result<u8> {
    out!("{}", schema::render(kind));
    Ok(0)
}
