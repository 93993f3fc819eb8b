//! CODEOWNERS as GitHub reads it: gitignore-like patterns, the last matching
//! line wins, a line with no owners makes its paths unowned, and there is no
//! negation, character ranges or `\#` escape. [`weakenings`] compares the
//! effective owners of every real path at base and at head.

use std::collections::{BTreeMap, BTreeSet};

use regex::{RegexSet, RegexSetBuilder};

/// One pattern line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rule {
    pub(crate) line: usize,
    pub(crate) pattern: String,
    pub(crate) owners: Vec<String>,
    regex: String,
}

impl Rule {
    /// `pattern @a @b` as written (normalised spacing).
    pub(crate) fn text(&self) -> String {
        if self.owners.is_empty() {
            self.pattern.clone()
        } else {
            format!("{} {}", self.pattern, self.owners.join(" "))
        }
    }
}

/// A line GitHub does not accept, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Invalid {
    pub(crate) line: usize,
    pub(crate) text: String,
    pub(crate) why: String,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Codeowners {
    pub(crate) rules: Vec<Rule>,
    pub(crate) invalid: Vec<Invalid>,
}

impl Codeowners {
    pub(crate) fn parse(text: &str) -> Self {
        let mut out = Self::default();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let content = strip_comment(raw).trim();
            if content.is_empty() {
                continue;
            }
            let mut parts = content.split_whitespace();
            let Some(pattern) = parts.next() else {
                continue;
            };
            let owners: Vec<String> = parts.map(str::to_string).collect();
            let invalid = |why: &str| Invalid {
                line,
                text: content.to_string(),
                why: why.to_string(),
            };
            if let Some(bad) = owners.iter().find(|o| !valid_owner(o)) {
                out.invalid.push(invalid(&format!(
                    "`{bad}` is not an @user, @org/team or email owner"
                )));
                continue;
            }
            match pattern_regex(pattern) {
                Ok(regex) => out.rules.push(Rule {
                    line,
                    pattern: pattern.to_string(),
                    owners,
                    regex,
                }),
                Err(why) => out.invalid.push(invalid(&why)),
            }
        }
        out
    }

    /// The owners of `path` as approvals compare them (without `@`,
    /// lower-case); empty when the path is unowned or the patterns cannot be
    /// compiled, so nobody can approve through a file remit cannot read.
    pub(crate) fn owners_of(&self, path: &str) -> Vec<String> {
        match self.decide(&[path.to_string()]) {
            Ok(decided) => decided
                .first()
                .copied()
                .flatten()
                .map(|i| {
                    self.rules[i]
                        .owners
                        .iter()
                        .map(|o| o.trim_start_matches('@').to_ascii_lowercase())
                        .collect()
                })
                .unwrap_or_default(),
            Err(_) => Vec::new(),
        }
    }

    /// Whether `login` owns `path` in person (team ownership needs an API
    /// lookup; see the README).
    pub(crate) fn is_owner(&self, path: &str, login: &str) -> bool {
        self.owners_of(path).contains(&login.to_ascii_lowercase())
    }

    /// The deciding rule (its index) of every path: the last that matches.
    pub(crate) fn decide(&self, paths: &[String]) -> Result<Vec<Option<usize>>, String> {
        let set: RegexSet = RegexSetBuilder::new(self.rules.iter().map(|r| r.regex.as_str()))
            .size_limit(256 * 1024 * 1024)
            .dfa_size_limit(64 * 1024 * 1024)
            .build()
            .map_err(|e| format!("cannot compile the CODEOWNERS patterns: {e}"))?;
        Ok(paths
            .iter()
            .map(|p| set.matches(p).iter().next_back())
            .collect())
    }
}

/// A `#` starts a comment at the start of a line or after whitespace.
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

fn valid_owner(o: &str) -> bool {
    if let Some(name) = o.strip_prefix('@') {
        let ok = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        return match name.split_once('/') {
            Some((org, team)) => ok(org) && ok(team),
            None => ok(name),
        };
    }
    matches!(o.split_once('@'), Some((user, host)) if !user.is_empty() && host.contains('.'))
}

/// The regex of a CODEOWNERS pattern, or why GitHub rejects it.
fn pattern_regex(pattern: &str) -> Result<String, String> {
    if pattern.starts_with('!') {
        return Err("negation (`!`) is not supported by CODEOWNERS".to_string());
    }
    if pattern.contains('[') || pattern.contains(']') {
        return Err("character ranges (`[ ]`) are not supported by CODEOWNERS".to_string());
    }
    if pattern.starts_with('\\') {
        return Err("escapes (`\\`) are not supported by CODEOWNERS".to_string());
    }
    let dir_only = pattern.ends_with('/') && pattern.len() > 1;
    let trimmed = pattern.trim_end_matches('/');
    let anchored = pattern.starts_with('/') || trimmed.trim_start_matches('/').contains('/');
    let body = trimmed.trim_start_matches('/');
    if body.is_empty() {
        // `/` alone: the whole repository.
        return Ok("^.*$".to_string());
    }
    let segments: Vec<&str> = body.split('/').collect();
    let mut re = String::from(if anchored { "^" } else { "^(?:.*/)?" });
    let last = segments.len() - 1;
    for (i, seg) in segments.iter().enumerate() {
        if *seg == "**" {
            if i == last {
                re.push_str(".*");
            } else {
                re.push_str("(?:[^/]*/)*");
            }
            continue;
        }
        for c in seg.chars() {
            match c {
                '*' => re.push_str("[^/]*"),
                '?' => re.push_str("[^/]"),
                c => re.push_str(&regex::escape(&c.to_string())),
            }
        }
        if i != last {
            re.push('/');
        }
    }
    let last_seg = segments[last];
    if dir_only {
        re.push_str("/.*$");
    } else if last_seg == "**" || (last_seg == "*" && segments.len() > 1) {
        // `docs/*` owns the files directly in docs/, not deeper ones.
        re.push('$');
    } else {
        re.push_str("(?:/.*)?$");
    }
    Ok(re)
}

/// How a group of paths lost review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Loss {
    /// No owner at all any more.
    Unowned,
    /// Some owners gone (maybe others added).
    Removed,
    /// Owners added: more people can approve alone.
    Broadened,
}

/// Paths whose owners changed the same way, by the same pair of lines.
#[derive(Debug, Clone)]
pub(crate) struct Weakening {
    pub(crate) loss: Loss,
    pub(crate) base_rule: Rule,
    /// The head line that now decides, if any.
    pub(crate) head_rule: Option<Rule>,
    /// The base line still exists at head but a later line overrides it.
    pub(crate) shadowed: bool,
    pub(crate) removed: Vec<String>,
    pub(crate) added: Vec<String>,
    pub(crate) paths: Vec<String>,
}

/// Every real path whose effective owners at head are fewer, gone or broader
/// than at base, grouped by the deciding base and head lines.
pub(crate) fn weakenings(
    base: &Codeowners,
    head: &Codeowners,
    paths: &[String],
) -> Result<Vec<Weakening>, String> {
    let (b_dec, h_dec) = (base.decide(paths)?, head.decide(paths)?);
    let mut groups: BTreeMap<(usize, Option<usize>), Vec<String>> = BTreeMap::new();
    for ((path, b), h) in paths.iter().zip(b_dec).zip(h_dec) {
        let Some(b) = b else { continue };
        let b_owners: BTreeSet<&String> = base.rules[b].owners.iter().collect();
        if b_owners.is_empty() {
            continue;
        }
        let h_owners: BTreeSet<&String> = h
            .map(|h| head.rules[h].owners.iter().collect())
            .unwrap_or_default();
        if b_owners == h_owners {
            continue;
        }
        groups.entry((b, h)).or_default().push(path.clone());
    }
    let mut out = Vec::new();
    for ((b, h), paths) in groups {
        let base_rule = base.rules[b].clone();
        let head_rule = h.map(|h| head.rules[h].clone());
        let head_owners: Vec<String> = head_rule
            .as_ref()
            .map(|r| r.owners.clone())
            .unwrap_or_default();
        let removed: Vec<String> = base_rule
            .owners
            .iter()
            .filter(|o| !head_owners.contains(o))
            .cloned()
            .collect();
        let added: Vec<String> = head_owners
            .iter()
            .filter(|o| !base_rule.owners.contains(o))
            .cloned()
            .collect();
        let loss = if head_owners.is_empty() {
            Loss::Unowned
        } else if !removed.is_empty() {
            Loss::Removed
        } else {
            Loss::Broadened
        };
        let shadowed = head_rule
            .as_ref()
            .is_some_and(|hr| hr.text() != base_rule.text())
            && head.rules.iter().any(|r| r.text() == base_rule.text());
        out.push(Weakening {
            loss,
            base_rule,
            head_rule,
            shadowed,
            removed,
            added,
            paths,
        });
    }
    out.sort_by(|a, b| a.loss.cmp(&b.loss).then(b.paths.len().cmp(&a.paths.len())));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owner<'a>(c: &'a Codeowners, path: &str) -> Option<&'a [String]> {
        let d = c.decide(&[path.to_string()]).expect("decide");
        d[0].map(|i| c.rules[i].owners.as_slice())
    }

    #[test]
    fn github_pattern_semantics() {
        let c = Codeowners::parse(
            "* @all\n*.js @js\n/build/logs/ @logs\ndocs/* @docs\napps/ @apps\n/scripts/** @scripts\n**/secret @sec\n/src/a?c.rs @q\n",
        );
        let is = |p: &str, o: &str| assert_eq!(owner(&c, p).map(|x| x[0].as_str()), Some(o), "{p}");
        is("README.md", "@all");
        is("web/x/app.js", "@js");
        is("build/logs/a/b.txt", "@logs");
        is("docs/a.md", "@docs");
        is("docs/deep/b.md", "@all");
        is("x/apps/y.rs", "@apps");
        is("scripts/a/b.sh", "@scripts");
        is("a/b/secret/k", "@sec");
        is("src/abc.rs", "@q");
        is("src/abbc.rs", "@all");
    }

    #[test]
    fn invalid_lines_and_unowned_lines() {
        let c = Codeowners::parse(
            "# comment\n!x @a\n[ab].rs @b\n/src/ @ok # trailing\n/src/gen/\nfoo bar\n",
        );
        assert_eq!(c.invalid.len(), 3, "{:?}", c.invalid);
        assert_eq!(c.rules.len(), 2);
        assert_eq!(c.rules[0].owners, vec!["@ok".to_string()]);
        assert!(c.rules[1].owners.is_empty());
    }

    #[test]
    fn shadowing_is_a_loss() {
        let paths: Vec<String> = ["src/auth/login.rs", "src/auth/session.rs", "src/lib.rs"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let base = Codeowners::parse("* @eng\n/src/auth/ @security\n");
        let head = Codeowners::parse("* @eng\n/src/auth/ @security\n/src/ @eng\n");
        let w = weakenings(&base, &head, &paths).expect("weakenings");
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].loss, Loss::Removed);
        assert!(w[0].shadowed);
        assert_eq!(w[0].paths.len(), 2);
        assert_eq!(w[0].removed, vec!["@security".to_string()]);
        // Adding an owner to an unowned path is not a weakening.
        let head = Codeowners::parse("* @eng\n/src/auth/ @security\n/docs/ @docs\n");
        assert!(weakenings(&base, &head, &paths).expect("w").is_empty());
    }
}
