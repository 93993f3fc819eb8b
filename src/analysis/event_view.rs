//! A borrowed, zero-copy view of one audit-log line: the same fields and the
//! same strictness as [`Event`], without allocating a string per field. The
//! gate reads a million-line log in one pass through this view.

use std::borrow::Cow;

use serde::Deserialize;

use crate::model::event::{Event, EventKind};

// Every field is parsed, so a line with a field of the wrong type is refused
// as `Event` refuses it, even where the gate does not read the value.
#[allow(dead_code)]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EventView<'a> {
    pub(crate) v: u32,
    pub(crate) seq: u64,
    #[serde(borrow)]
    pub(crate) ts: Cow<'a, str>,
    #[serde(borrow)]
    pub(crate) session: Cow<'a, str>,
    #[serde(borrow)]
    pub(crate) agent: Cow<'a, str>,
    pub(crate) event: EventKind,
    #[serde(borrow, default)]
    pub(crate) tool: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) path: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) url: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) command: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) server: Option<Cow<'a, str>>,
    #[serde(default)]
    pub(crate) untrusted: Option<bool>,
    #[serde(borrow, default)]
    pub(crate) content_sha256: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) indicators: Vec<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) sha: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) cwd: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) permission_mode: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) manifest_sha256: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(crate) model: Option<Cow<'a, str>>,
    #[serde(default)]
    pub(crate) exit_code: Option<i64>,
    #[serde(default)]
    pub(crate) truncated: Option<bool>,
    #[serde(borrow)]
    pub(crate) prev: Option<Cow<'a, str>>,
}

fn b(s: &Option<String>) -> Option<Cow<'_, str>> {
    s.as_deref().map(Cow::Borrowed)
}

impl<'a> EventView<'a> {
    /// A view of an owned event (tests, and writers that hold events).
    pub(crate) fn of(e: &'a Event) -> Self {
        Self {
            v: e.v,
            seq: e.seq,
            ts: Cow::Borrowed(&e.ts),
            session: Cow::Borrowed(&e.session),
            agent: Cow::Borrowed(&e.agent),
            event: e.event,
            tool: b(&e.tool),
            path: b(&e.path),
            url: b(&e.url),
            command: b(&e.command),
            server: b(&e.server),
            untrusted: e.untrusted,
            content_sha256: b(&e.content_sha256),
            indicators: e
                .indicators
                .iter()
                .map(|i| Cow::Borrowed(i.as_str()))
                .collect(),
            sha: b(&e.sha),
            cwd: b(&e.cwd),
            permission_mode: b(&e.permission_mode),
            manifest_sha256: b(&e.manifest_sha256),
            model: b(&e.model),
            exit_code: e.exit_code,
            truncated: e.truncated,
            prev: b(&e.prev),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view must accept exactly what `Event` accepts: a field added to
    /// one and not the other fails here.
    #[test]
    fn the_view_reads_every_field_of_an_event() {
        let mut e = Event::new(EventKind::Fetch, "s", "claude-code", "t");
        e.tool = Some("WebFetch".into());
        e.path = Some("p".into());
        e.url = Some("https://x/\"quoted\"".into());
        e.command = Some("c".into());
        e.server = Some("github".into());
        e.untrusted = Some(true);
        e.content_sha256 = Some("ab".into());
        e.indicators = vec!["instruction-override".into()];
        e.sha = Some("abc".into());
        e.cwd = Some("/r".into());
        e.permission_mode = Some("default".into());
        e.manifest_sha256 = Some("cd".into());
        e.model = Some("m".into());
        e.exit_code = Some(1);
        e.truncated = Some(true);
        e.prev = Some("00".into());
        let line = e.to_line();
        let full: serde_json::Value = serde_json::from_str(&line).expect("json");
        let n_event_fields = full.as_object().map_or(0, |o| o.len());
        let view: EventView<'_> = serde_json::from_str(&line).expect("view parses");
        assert_eq!(view.url.as_deref(), Some("https://x/\"quoted\""));
        assert_eq!(view.indicators.len(), 1);
        // Every field of the serialized event was set, so every field is covered.
        assert_eq!(
            n_event_fields, 22,
            "Event gained a field: add it to EventView"
        );
        let extra = line.replacen('{', "{\"extra\":1,", 1);
        assert!(serde_json::from_str::<EventView<'_>>(&extra).is_err());
        assert_eq!(EventView::of(&e).url, view.url);
    }
}
