//! `remit verify-log FILE…`: check each audit log's hash chain and print its
//! head hash, event counts by kind, sessions and the first break.
//! Exit 0 all intact, 1 a chain broken, 2 a file unreadable or unparsable.

use std::path::PathBuf;

use anyhow::Result;

use crate::analysis::session::{LogDigest, Watch};
use crate::collect::logs;
use crate::model::event::EventKind;
use crate::redact::redact;

pub(crate) fn run(files: &[PathBuf]) -> Result<u8> {
    let mut broken = false;
    for path in files {
        let digest = logs::read_file(path, &Watch::none(), false)?;
        broken |= !digest.tampering.is_empty();
        out!("{}", render(&digest));
    }
    Ok(u8::from(broken))
}

fn render(d: &LogDigest) -> String {
    let mut out = String::new();
    let state = if d.tampering.is_empty() {
        "intact"
    } else {
        "BROKEN"
    };
    out.push_str(&format!("{}: {state}\n", d.name));
    out.push_str(&format!(
        "  head:     {}\n",
        d.head.as_deref().unwrap_or("none (empty log)")
    ));
    let counts: Vec<String> = EventKind::ALL
        .iter()
        .filter_map(|k| d.counts.get(k).map(|n| format!("{} {n}", k.as_str())))
        .collect();
    out.push_str(&format!(
        "  events:   {} in {} line{}{}\n",
        d.total_events(),
        d.lines,
        if d.lines == 1 { "" } else { "s" },
        if counts.is_empty() {
            String::new()
        } else {
            format!(" ({})", counts.join(", "))
        }
    ));
    let sessions: Vec<String> = d
        .sessions
        .iter()
        .map(|(id, s)| {
            let models = if s.models.is_empty() {
                String::new()
            } else {
                format!(
                    ", {}",
                    s.models.iter().cloned().collect::<Vec<_>>().join(", ")
                )
            };
            format!("{} ({}{models}, {} events)", redact(id), s.agent, s.events)
        })
        .collect();
    out.push_str(&format!(
        "  sessions: {}\n",
        if sessions.is_empty() {
            "none".to_string()
        } else {
            sessions.join("; ")
        }
    ));
    if let Some(t) = d.tampering.first() {
        let at = match (t.line, t.seq) {
            (Some(l), Some(s)) => format!("{}:{l} (seq {s})", d.name),
            (Some(l), None) => format!("{}:{l}", d.name),
            _ => d.name.clone(),
        };
        out.push_str(&format!("  first break: {at}: {}\n", t.reason));
        if d.more_breaks > 0 {
            out.push_str(&format!("  ({} more breaks after it)\n", d.more_breaks));
        }
    }
    out
}
