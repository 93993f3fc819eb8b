//! The action's side of collect: its `INPUT_*` variables and the runner's
//! `GITHUB_*` environment. An input the runner sends empty counts as unset.

use std::path::PathBuf;

use crate::error::GateError;
use crate::model::policy::Mode;

/// The JSON report's file name in the workspace (the `report` output).
pub(crate) const REPORT_FILE: &str = "remit-report.json";

/// The action's inputs (`INPUT_*`); empty means unset, as the runner sends them.
#[derive(Debug, Clone)]
pub(crate) struct Inputs {
    pub(crate) token: Option<String>,
    pub(crate) policy: Option<PathBuf>,
    pub(crate) mode: Option<Mode>,
    pub(crate) base: Option<String>,
    pub(crate) head: Option<String>,
    pub(crate) sarif: Option<String>,
    pub(crate) report: String,
    pub(crate) comment: bool,
    pub(crate) check_run: bool,
    pub(crate) fail_on_warn: bool,
}

pub(crate) fn input(name: &str) -> Option<String> {
    std::env::var(format!("INPUT_{}", name.to_ascii_uppercase()))
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

pub(crate) fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn flag(name: &str, default: bool) -> Result<bool, GateError> {
    match input(name).as_deref() {
        None => Ok(default),
        Some("true") => Ok(true),
        Some("false") => Ok(false),
        Some(other) => Err(GateError::input(
            format!("input `{name}` is `{other}`, not true or false"),
            format!("set `{name}: true` or `{name}: false` in the workflow step's `with:`"),
        )),
    }
}

impl Inputs {
    pub(crate) fn read() -> Result<Self, GateError> {
        let mode = match input("mode").as_deref() {
            None => None,
            Some("enforce") => Some(Mode::Enforce),
            Some("report") => Some(Mode::Report),
            Some(other) => return Err(GateError::input(
                format!("input `mode` is `{other}`, not enforce or report"),
                "set `mode: enforce` (fail on blocking findings) or `mode: report` (never fail)",
            )),
        };
        let fail_on_warn = match input("fail_on").as_deref() {
            None | Some("block") => false,
            Some("warn") => true,
            Some(other) => {
                return Err(GateError::input(
                    format!("input `fail_on` is `{other}`, not block or warn"),
                    "set `fail_on: block` (fail on blocking findings, the default) or `fail_on: warn` (warnings fail too)",
                ))
            }
        };
        let sarif = match input("sarif") {
            Some(v) if v == "false" => None,
            Some(v) => Some(v),
            None => Some("remit.sarif".to_string()),
        };
        Ok(Self {
            token: input("token").or_else(|| env("GITHUB_TOKEN")),
            policy: input("policy").map(PathBuf::from),
            mode,
            base: input("base"),
            head: input("head"),
            sarif,
            report: REPORT_FILE.to_string(),
            comment: flag("comment", true)?,
            check_run: flag("check_run", true)?,
            fail_on_warn,
        })
    }
}
