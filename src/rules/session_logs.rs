//! Shared by the session rules: walking the logs' sessions, locating a
//! finding at a log event, and which logs cover which agent commit.

use std::collections::BTreeSet;

use crate::analysis::session::{Loc, LogDigest, SessionDigest, Signal};
use crate::finding::{Evidence, Finding, RuleMeta, Source};
use crate::normalize::{CommitFacts, Context};

/// Evidence pointing at a log event by `seq`.
pub(crate) fn at(kind: &'static str, detail: impl Into<String>, loc: Loc) -> Evidence {
    Evidence {
        kind,
        detail: detail.into(),
        seq: Some(loc.seq),
    }
}

/// Every session of every evaluated log.
pub(crate) fn sessions<'c>(
    ctx: &'c Context<'_>,
) -> impl Iterator<Item = (&'c LogDigest, &'c str, &'c SessionDigest)> {
    ctx.logs.iter().flat_map(|log| {
        log.sessions
            .iter()
            .map(move |(id, s)| (log, id.as_str(), s))
    })
}

/// A finding located at a log line, for a session.
pub(crate) fn located(
    rule: &'static RuleMeta,
    message: String,
    log: &LogDigest,
    session: &str,
    loc: Loc,
) -> Finding {
    let mut f = Finding::new(rule, message)
        .path(&log.name)
        .line((loc.line > 0).then_some(loc.line));
    f.session = Some(session.to_string());
    f
}

/// One finding per signal, capped per session, with a count of the rest.
pub(crate) fn per_signal(
    ctx: &Context<'_>,
    out: &mut Vec<Finding>,
    rule: &'static RuleMeta,
    message: impl Fn(&str, &Signal) -> String,
    fix: &str,
) {
    for (log, id, s) in sessions(ctx) {
        let (signals, more) = s.signals_of(rule.id);
        for (i, sig) in signals.iter().enumerate() {
            let mut f = located(rule, message(id, sig), log, id, sig.at).fix(fix);
            f.evidence
                .push(at("log", format!("{}: {}", sig.what, sig.why), sig.at));
            if i + 1 == signals.len() && more > 0 {
                f = f.evidence("log", format!("{more} more events like it in this session"));
            }
            out.push(f);
        }
    }
}

/// How a log covers a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Binding {
    pub(crate) session: String,
    pub(crate) how: String,
}

/// Which logged sessions cover an agent commit: a `commit` event with its
/// sha, its `Remit-Session:` / `Claude-Session:` trailer, or a manifest whose
/// `sessions` lists a logged session. Coverage only: a log's findings count
/// whether or not it covers any commit.
pub(crate) fn binding(ctx: &Context<'_>, commit: &CommitFacts) -> Vec<Binding> {
    let mut out: Vec<Binding> = Vec::new();
    let mut add = |session: &str, how: String| {
        if !out.iter().any(|b| b.session == session) {
            out.push(Binding {
                session: session.to_string(),
                how,
            });
        }
    };
    for (log, id, s) in sessions(ctx) {
        if let Some((_, loc)) = s
            .commits
            .iter()
            .find(|(sha, _)| sha.len() >= 7 && commit.sha.starts_with(sha.as_str()))
        {
            add(
                id,
                format!("`commit` event at seq {} of {}", loc.seq, log.name),
            );
        }
    }
    if let Some(session) = commit.session() {
        if let Some((log, id, _)) = sessions(ctx).find(|(_, id, _)| *id == session) {
            add(
                id,
                format!("session trailer `{session}`, logged in {}", log.name),
            );
        }
    }
    for m in &ctx.manifests.declared {
        if commit
            .session()
            .is_some_and(|s| !m.sessions.iter().any(|x| x == s))
        {
            continue;
        }
        for listed in &m.sessions {
            if let Some((log, id, _)) = sessions(ctx).find(|(_, id, _)| id == listed) {
                add(
                    id,
                    format!(
                        "manifest {} lists session `{listed}`, logged in {}",
                        m.source, log.name
                    ),
                );
            }
        }
    }
    out
}

/// The digests of a session (a session may be logged in more than one file).
pub(crate) fn digests_of<'c>(
    ctx: &'c Context<'_>,
    session: &str,
) -> Vec<(&'c LogDigest, &'c SessionDigest)> {
    sessions(ctx)
        .filter(|(_, id, _)| *id == session)
        .map(|(log, _, s)| (log, s))
        .collect()
}

/// Session findings (of rules whose [`Source`] is the session log) point at
/// the agent commit their session covers (the latest one), so reports show
/// them with the work they explain; findings of a session that covers no
/// commit stay with the range.
pub(crate) fn attach_commits(ctx: &Context<'_>, findings: &mut [Finding]) {
    let mut covering: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for commit in ctx.commits.iter().filter(|c| c.is_agent()) {
        for b in binding(ctx, commit) {
            covering.insert(b.session, commit.sha.clone());
        }
    }
    for f in findings
        .iter_mut()
        .filter(|f| f.rule.source == Source::Session && f.commit.is_none())
    {
        if let Some(sha) = f.session.as_ref().and_then(|s| covering.get(s)) {
            f.commit = Some(sha.clone());
        } else if let Some(session) = f.session.clone() {
            let note = uncovered(ctx, &session);
            f.evidence.push(Evidence {
                kind: "commit",
                detail: note,
                seq: None,
            });
        }
    }
}

/// For a session whose log binds no commit of the range: the commits that
/// changed paths it wrote (which its findings could concern), or why none.
fn uncovered(ctx: &Context<'_>, session: &str) -> String {
    let written: BTreeSet<&str> = sessions(ctx)
        .filter(|(_, id, _)| *id == session)
        .flat_map(|(_, _, s)| s.written.keys().map(String::as_str))
        .collect();
    let related: Vec<&str> = ctx
        .commits
        .iter()
        .filter(|c| c.touches.iter().any(|t| written.contains(t.path.as_str())))
        .map(|c| &c.sha[..c.sha.len().min(12)])
        .collect();
    let why = "the log binds no commit of the range (no `commit` event, session trailer or manifest `sessions` entry names one)";
    match related.as_slice() {
        [] => format!("{why}, and no commit of the range changed a path this session wrote: its actions concern work outside this range, or work not committed"),
        shas => format!(
            "{why}; the commits that changed paths this session wrote: {}",
            shas.iter().take(5).copied().collect::<Vec<_>>().join(", ")
                + &if shas.len() > 5 { format!(" (+{} more)", shas.len() - 5) } else { String::new() }
        ),
    }
}
