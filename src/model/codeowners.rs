//! CODEOWNERS as GitHub reads it: gitignore-like patterns, the **last**
//! matching line wins, a line with no owners leaves the path unowned, and
//! `docs/*` covers one level only. remit reads it from the base revision, so a
//! PR cannot make its own author a code owner.

use globset::{Glob, GlobBuilder, GlobMatcher};

/// Where GitHub looks, in order; the first file found is used.
pub const LOCATIONS: [&str; 3] = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

#[derive(Debug, Clone)]
struct Line {
    matchers: Vec<GlobMatcher>,
    owners: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct CodeOwners {
    lines: Vec<Line>,
    /// Lines GitHub would not accept (`!` negation, `[ ]` ranges, bad globs), 1-based.
    pub skipped: Vec<usize>,
}

impl CodeOwners {
    pub fn parse(text: &str) -> Self {
        let mut owners = Self::default();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split(" #").next().unwrap_or_default().trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.split_whitespace();
            let Some(pattern) = words.next() else {
                continue;
            };
            let names: Vec<String> = words
                .filter(|w| w.contains('@'))
                .map(|w| w.trim_start_matches('@').to_ascii_lowercase())
                .collect();
            match matchers(pattern) {
                Some(matchers) => owners.lines.push(Line {
                    matchers,
                    owners: names,
                }),
                None => owners.skipped.push(i + 1),
            }
        }
        owners
    }

    /// The owners of `path` (logins, `org/team` or emails, lower-case),
    /// empty when the path is unowned.
    pub fn owners_of(&self, path: &str) -> &[String] {
        self.lines
            .iter()
            .rev()
            .find(|l| l.matchers.iter().any(|m| m.is_match(path)))
            .map_or(&[], |l| l.owners.as_slice())
    }

    /// Whether `login` owns `path` in person (team ownership needs an API
    /// lookup remit does not make; see the README).
    pub fn is_owner(&self, path: &str, login: &str) -> bool {
        let login = login.to_ascii_lowercase();
        self.owners_of(path).contains(&login)
    }
}

/// The globs a CODEOWNERS pattern stands for, or `None` for syntax GitHub
/// does not support.
fn matchers(pattern: &str) -> Option<Vec<GlobMatcher>> {
    if pattern.starts_with('!') || pattern.contains('[') || pattern.contains('\\') {
        return None;
    }
    let dir_only = pattern.ends_with('/');
    let trimmed = pattern.trim_end_matches('/');
    let anchored = trimmed.starts_with('/') || trimmed.trim_start_matches('/').contains('/');
    let body = trimmed.trim_start_matches('/');
    if body.is_empty() {
        return None;
    }
    let base = if anchored || body.starts_with("**") {
        body.to_string()
    } else {
        format!("**/{body}")
    };
    // `docs/*` is one level; anything else also covers what lies beneath.
    let one_level = body.ends_with("/*") || body == "*";
    let mut globs = Vec::new();
    if !dir_only {
        globs.push(base.clone());
    }
    if !one_level || body == "*" {
        globs.push(format!("{base}/**"));
    }
    globs
        .iter()
        .map(|g| compile(g).map(|g| g.compile_matcher()))
        .collect()
}

fn compile(glob: &str) -> Option<Glob> {
    GlobBuilder::new(glob)
        .literal_separator(true)
        .backslash_escape(false)
        .build()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
# comment
*       @global
*.js    @js-owner
/build/logs/ @doctocat
docs/*  docs@example.com
apps/   @octocat
/scripts/ @doctocat @octocat
/apps/github
!negated @x
";

    #[test]
    fn last_match_wins_and_github_examples_hold() {
        let c = CodeOwners::parse(FILE);
        assert_eq!(c.owners_of("README.md"), ["global"]);
        assert_eq!(c.owners_of("src/a.js"), ["js-owner"]);
        assert_eq!(c.owners_of("build/logs/x/y.txt"), ["doctocat"]);
        assert_eq!(c.owners_of("docs/getting-started.md"), ["docs@example.com"]);
        // `docs/*` is one level: deeper files fall back to `*`.
        assert_eq!(c.owners_of("docs/build-app/troubleshooting.md"), ["global"]);
        assert_eq!(c.owners_of("web/apps/x.rb"), ["octocat"]);
        // A pattern with no owners makes the path unowned.
        assert!(c.owners_of("apps/github/x.rb").is_empty());
        assert!(c.is_owner("scripts/deploy.sh", "OctoCat"));
        assert_eq!(c.skipped, vec![9]);
    }
}
