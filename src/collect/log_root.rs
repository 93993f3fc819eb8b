//! The working folder of a native log that names none. Cursor transcripts,
//! Gemini sessions and Copilot Chat exports record absolute paths from the
//! agent's machine (`/Users/dana/src/app/lib/x.ts`) but not the folder the
//! session worked in, so their writes never met the repository's paths and
//! every file they wrote was "unexplained". The folder is inferred from the
//! range itself: the prefix that, cut from the most written paths, leaves a
//! path the range changed. Nothing is guessed when no path fits, and a path
//! outside the inferred folder stays absolute (outside the workspace).

use std::collections::{BTreeMap, BTreeSet};

use crate::model::event::Event;

/// Makes the log's absolute paths relative to the inferred working folder,
/// when the log names no folder of its own; `known` says whether a relative
/// path is one of the repository's (a path the range changed, for the gate;
/// a file of the working tree, for `remit import`). Returns the folder used.
pub(crate) fn join_to_repository(
    events: &mut [Event],
    known: impl Fn(&str) -> bool,
) -> Option<String> {
    if events.iter().any(|e| e.cwd.is_some()) {
        return None;
    }
    let root = infer(events.iter().filter_map(|e| e.path.as_deref()), known)?;
    let prefix = format!("{root}/");
    for e in events.iter_mut() {
        if let Some(rel) = e.path.as_deref().and_then(|p| p.strip_prefix(&prefix)) {
            e.path = Some(rel.to_string());
        }
    }
    Some(root)
}

/// The prefix that explains the most distinct absolute paths as changed
/// paths; on a tie the shortest, which leaves the longest (most specific)
/// relative paths.
fn infer<'a>(paths: impl Iterator<Item = &'a str>, known: impl Fn(&str) -> bool) -> Option<String> {
    let distinct: BTreeSet<&str> = paths.filter(|p| p.starts_with('/')).collect();
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    for path in distinct {
        let mut seen = BTreeSet::new();
        for (i, _) in path.match_indices('/').filter(|(i, _)| *i > 0) {
            if known(&path[i + 1..]) && seen.insert(&path[..i]) {
                *votes.entry(&path[..i]).or_default() += 1;
            }
        }
    }
    votes
        .into_iter()
        .max_by(|(a, x), (b, y)| x.cmp(y).then(b.len().cmp(&a.len())))
        .map(|(root, _)| root.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changed(paths: &[&str]) -> impl Fn(&str) -> bool {
        let set: BTreeSet<String> = paths.iter().map(|p| p.to_string()).collect();
        move |p| set.contains(p)
    }

    #[test]
    fn the_prefix_that_explains_most_paths_wins() {
        let paths = [
            "/Users/dana/app/src/x.ts",
            "/Users/dana/app/src/y.ts",
            "/Users/dana/app/README.md",
            "/Users/dana/.cursor/projects/app/tool.txt",
        ];
        let got = infer(
            paths.into_iter(),
            changed(&["src/x.ts", "src/y.ts", "README.md", "x.ts"]),
        );
        assert_eq!(got.as_deref(), Some("/Users/dana/app"));
    }

    #[test]
    fn nothing_is_guessed_when_no_path_fits() {
        let got = infer(["/home/a/notes.txt"].into_iter(), changed(&["src/x.ts"]));
        assert_eq!(got, None);
        let got = infer(["relative/x.ts"].into_iter(), changed(&["x.ts"]));
        assert_eq!(got, None);
    }

    #[test]
    fn a_tie_keeps_the_longer_relative_path() {
        let got = infer(
            ["/w/app/src/x.ts"].into_iter(),
            changed(&["src/x.ts", "x.ts"]),
        );
        assert_eq!(got.as_deref(), Some("/w/app"));
    }
}
