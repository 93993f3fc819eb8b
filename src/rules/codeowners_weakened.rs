//! `codeowners-weakened`: an agent's change to CODEOWNERS (or to where it
//! lives) leaves real paths with fewer, different or no code owners. Judged
//! by the effective owners of every path at base and head — GitHub's last
//! matching line wins — so shadowing by a new line counts, and a thousand
//! paths losing an owner the same way are one finding.

use crate::collect::semantic::{Version, CODEOWNERS_MAX_BYTES};
use crate::finding::{Finding, RuleMeta, Severity, Source};
use crate::model::policy::Action;
use crate::normalize::codeowners::{self, Codeowners, Loss, Weakening};
use crate::normalize::Context;
use crate::rules::Rule;

/// Paths named in a finding; the rest are counted.
const EXAMPLES: usize = 5;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "codeowners-weakened",
    summary: "a CODEOWNERS change leaves paths with fewer, broader or no code owners",
    fires_when: "an agent's CODEOWNERS change leaves real paths with fewer, broader or no code owners (last matching line wins, shadowing and moves included)",
    source: Source::Content,
    severity: Severity::High,
    action: Action::Block,
    action_note: None,
    settable: false,
    frameworks: &[
        "OWASP-LLM06",
        "OWASP-ASI03",
        "NIST-AI-RMF-GOVERN-1.4",
        "NIST-800-207-TENET-6",
        "EU-AI-ACT-ART-14",
        "ISO-42001-A.9.2",
        "SOC2-CC8.1",
    ],
    docs: include_str!("../../docs/rules/codeowners-weakened.md"),
};

pub(crate) struct CodeownersWeakened;

impl Rule for CodeownersWeakened {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(change) = &ctx.watched.codeowners else {
            return;
        };
        let session = ctx
            .commits
            .iter()
            .find(|c| c.sha == change.commit)
            .and_then(|c| c.session());
        let path = change
            .head
            .as_ref()
            .or(change.base.as_ref())
            .map(|v| v.path.clone())
            .unwrap_or_default();
        let new = |message: String| {
            Finding::new(&META, message)
                .path(&path)
                .commit(&change.commit, session)
        };

        let mut context = Vec::new();
        let base = read(change.base.as_ref(), "base", &mut context);
        let head = match change.head.as_ref().map(|v| &v.text) {
            Some(Err(why)) if !why.contains("larger than") => {
                out.push(
                    new(format!(
                        "`{path}` cannot be read at head ({why}): remit cannot tell who owns what"
                    ))
                    .fix("save CODEOWNERS as UTF-8 text"),
                );
                return;
            }
            _ => read(change.head.as_ref(), "head", &mut context),
        };
        match (&change.base, &change.head) {
            (Some(b), Some(h)) if b.path != h.path => context.push(format!(
                "GitHub now reads `{}` instead of `{}` (it uses the first of .github/, the root, docs/)",
                h.path, b.path
            )),
            (Some(b), None) => context.push(format!("`{}` is deleted: no CODEOWNERS is left", b.path)),
            _ => {}
        }

        let base_lines: Vec<String> = base.invalid.iter().map(|i| i.text.clone()).collect();
        for bad in head
            .invalid
            .iter()
            .filter(|i| !base_lines.contains(&i.text))
        {
            out.push(
                new(format!(
                    "CODEOWNERS line {} `{}` is invalid: {}; GitHub skips it, so its paths fall to other lines or to no owner",
                    bad.line, bad.text, bad.why
                ))
                .line(Some(bad.line))
                .fix("write the line as `pattern @owner …`; CODEOWNERS has no negation or ranges"),
            );
        }

        let weakenings = match codeowners::weakenings(&base, &head, &change.paths) {
            Ok(w) => w,
            Err(why) => {
                out.push(new(why).fix("simplify the CODEOWNERS patterns"));
                return;
            }
        };
        for w in weakenings {
            let mut f = new(message(&w)).line(w.head_rule.as_ref().map(|r| r.line));
            f.severity = match w.loss {
                Loss::Unowned => Severity::Critical,
                Loss::Removed => Severity::High,
                Loss::Broadened => Severity::Medium,
            };
            f = f.evidence(
                "content",
                format!("base line {}: `{}`", w.base_rule.line, w.base_rule.text()),
            );
            f = match &w.head_rule {
                Some(r) if w.shadowed => f.evidence(
                    "content",
                    format!(
                        "head line {}: `{}` comes later and overrides it",
                        r.line,
                        r.text()
                    ),
                ),
                Some(r) => f.evidence("content", format!("head line {}: `{}`", r.line, r.text())),
                None => f.evidence("content", "head: no line matches these paths"),
            };
            for c in &context {
                f = f.evidence("content", c.clone());
            }
            out.push(f.fix(format!(
                "restore `{}` for these paths in CODEOWNERS, or have a code owner make the change",
                w.base_rule.text()
            )));
        }
    }
}

fn read(version: Option<&Version>, side: &str, context: &mut Vec<String>) -> Codeowners {
    match version.map(|v| (&v.path, &v.text)) {
        Some((_, Ok(text))) => Codeowners::parse(text),
        Some((path, Err(why))) => {
            context.push(format!(
                "`{path}` at {side}: {why}; GitHub ignores a CODEOWNERS over {} MiB",
                CODEOWNERS_MAX_BYTES / (1024 * 1024)
            ));
            Codeowners::default()
        }
        None => Codeowners::default(),
    }
}

fn message(w: &Weakening) -> String {
    let n = w.paths.len();
    let examples: Vec<String> = w
        .paths
        .iter()
        .take(EXAMPLES)
        .map(|p| format!("`{p}`"))
        .collect();
    let more = if n > EXAMPLES {
        format!(" and {} more", n - EXAMPLES)
    } else {
        String::new()
    };
    let one = n == 1;
    let (lose, gain) = if one {
        ("loses", "gains")
    } else {
        ("lose", "gain")
    };
    let what = match w.loss {
        Loss::Unowned => format!("{lose} every code owner ({})", w.base_rule.owners.join(" ")),
        Loss::Removed if w.added.is_empty() => {
            format!("{lose} code owner {}", w.removed.join(" "))
        }
        Loss::Removed => format!(
            "{lose} code owner {}, now owned by {}",
            w.removed.join(" "),
            w.added.join(" ")
        ),
        Loss::Broadened => format!(
            "{gain} owner {} who can now approve alone",
            w.added.join(" ")
        ),
    };
    let how = if w.shadowed {
        " (a later line shadows the old one)"
    } else {
        ""
    };
    let (plural, their) = if one { ("", "its") } else { ("s", "their") };
    format!(
        "{n} path{plural} {what}{how}: {}{more}: {their} review is weaker",
        examples.join(", ")
    )
}
