//! The files a shell command writes: redirection targets (`>`, `>>`, `&>`,
//! `>|`), and the destinations of programs that write files (`tee`,
//! `sed -i`, `cp`, `mv`, `install`, `ln`, `touch`, `truncate`, `dd of=`,
//! `rm`, `chmod`). `--enforce` judges each like an editor's write, so a
//! protected path cannot be reached by `echo … > .claude/settings.json`
//! instead of the Edit tool.

use crate::analysis::command::segments;

/// Paths (as written in the command, unresolved) the command may write,
/// delete or change the mode of.
pub(crate) fn write_targets(command: &str) -> Vec<String> {
    let mut out = redirect_targets(command);
    for seg in segments(command) {
        let Some((i, program)) = program_of(&seg) else {
            continue;
        };
        let args: Vec<&str> = seg[i + 1..].iter().map(String::as_str).collect();
        out.extend(program_targets(&program, &args));
        // A script handed to a shell or `eval` redirects too.
        let script = match program.as_str() {
            "bash" | "sh" | "zsh" | "dash" | "ksh" => args
                .iter()
                .position(|a| *a == "-c")
                .and_then(|p| args.get(p + 1))
                .map(|s| s.to_string()),
            "eval" => Some(args.join(" ")),
            _ => None,
        };
        if let Some(script) = script {
            out.extend(redirect_targets(&script));
        }
    }
    out.retain(|t| !t.is_empty() && !t.starts_with("/dev/") && !t.contains("$(…)"));
    out.sort();
    out.dedup();
    out
}

/// The program a segment runs, after `VAR=value` and `sudo`/`env`-like wrappers.
fn program_of(seg: &[String]) -> Option<(usize, String)> {
    const WRAPPERS: &[&str] = &[
        "sudo", "env", "nohup", "nice", "command", "exec", "time", "doas",
    ];
    seg.iter().enumerate().find_map(|(i, w)| {
        let assignment = w.split_once('=').is_some_and(|(k, _)| {
            !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
        let name = w.rsplit('/').next().unwrap_or(w).to_ascii_lowercase();
        (!assignment && !WRAPPERS.contains(&name.as_str()) && !w.starts_with('-'))
            .then_some((i, name))
    })
}

fn operands<'a>(args: &[&'a str]) -> Vec<&'a str> {
    args.iter()
        .copied()
        .filter(|a| !a.starts_with('-'))
        .collect()
}

fn program_targets(program: &str, args: &[&str]) -> Vec<String> {
    let ops = operands(args);
    let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    match program {
        "tee" | "touch" | "truncate" | "rm" | "unlink" | "rmdir" | "shred" => owned(&ops),
        "chmod" | "chown" | "chgrp" => owned(ops.get(1..).unwrap_or_default()),
        "sed" | "gsed" | "perl" | "ruby"
            if args.iter().any(|a| {
                a.starts_with("-i") || *a == "--in-place" || a.starts_with("--in-place=")
            }) =>
        {
            // The first operand is the script unless `-e`/`-f` gave it.
            let script_flag = |a: &str| matches!(a, "-e" | "-f" | "--expression" | "--file");
            let scripted = args.iter().any(|a| script_flag(a));
            // Operands, leaving out the script each `-e`/`-f` takes.
            let files: Vec<&str> = args
                .iter()
                .enumerate()
                .filter(|(i, a)| {
                    let takes_script = *i > 0 && script_flag(args[i - 1]);
                    !a.starts_with('-') && !takes_script
                })
                .map(|(_, a)| *a)
                .collect();
            let files = if scripted {
                &files[..]
            } else {
                files.get(1..).unwrap_or_default()
            };
            owned(files)
        }
        "cp" | "mv" | "install" | "ln" | "rsync" => {
            if let Some(dir) = args
                .iter()
                .position(|a| *a == "-t" || *a == "--target-directory")
                .and_then(|p| args.get(p + 1))
            {
                return vec![dir.to_string()];
            }
            if let Some(dir) = args
                .iter()
                .find_map(|a| a.strip_prefix("--target-directory="))
            {
                return vec![dir.to_string()];
            }
            let mut out: Vec<String> = ops.last().map(|d| d.to_string()).into_iter().collect();
            // `mv` also removes its sources.
            if program == "mv" && ops.len() > 1 {
                out.extend(owned(&ops[..ops.len() - 1]));
            }
            out
        }
        "dd" => args
            .iter()
            .filter_map(|a| a.strip_prefix("of="))
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

/// Targets of output redirections, read from the raw command with quoting
/// respected (`echo '>' x` redirects nothing).
fn redirect_targets(command: &str) -> Vec<String> {
    let chars: Vec<char> = command.chars().collect();
    let mut out = Vec::new();
    let mut quote: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some('"'), '\\') => i += 1,
            (Some(_), _) => {}
            (None, '\\') => i += 1,
            (None, '\'' | '"') => quote = Some(c),
            (None, '>') => {
                let mut j = i + 1;
                if matches!(chars.get(j), Some('>' | '|')) {
                    j += 1;
                }
                // `>&2`: a descriptor, not a file.
                if chars.get(j) == Some(&'&') {
                    i = j + 1;
                    continue;
                }
                while chars.get(j).is_some_and(|c| c.is_whitespace()) {
                    j += 1;
                }
                let (word, end) = word_at(&chars, j);
                out.push(word);
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// One shell word starting at `start` (quotes removed); returns it and where it ends.
fn word_at(chars: &[char], start: usize) -> (String, usize) {
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut i = start;
    while let Some(&c) = chars.get(i) {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => word.push(c),
            (None, '\'' | '"') => quote = Some(c),
            (None, '\\') => {
                if let Some(&n) = chars.get(i + 1) {
                    word.push(n);
                    i += 1;
                }
            }
            (None, c) if c.is_whitespace() || "|;&<>()".contains(c) => break,
            (None, c) => word.push(c),
        }
        i += 1;
    }
    (word, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_commands_write() {
        let cases: &[(&str, &[&str])] = &[
            (
                "echo '{}' > .claude/settings.json",
                &[".claude/settings.json"],
            ),
            ("echo x >> 'CODEOWNERS' 2>&1", &["CODEOWNERS"]),
            (
                "cat a | tee -a .github/workflows/ci.yml > /dev/null",
                &[".github/workflows/ci.yml"],
            ),
            ("sed -i 's/a/b/' .mcp.json", &[".mcp.json"]),
            ("sed -i.bak -e 's/a/b/' x.yml y.yml", &["x.yml", "y.yml"]),
            (
                "cp /tmp/evil.json .claude/settings.json",
                &[".claude/settings.json"],
            ),
            (
                "mv a.yml .github/workflows/",
                &[".github/workflows/", "a.yml"],
            ),
            ("ln -sf /tmp/x CLAUDE.md", &["CLAUDE.md"]),
            ("install -m 755 -t .git/hooks pre-commit", &[".git/hooks"]),
            ("dd if=/dev/zero of=AGENTS.md", &["AGENTS.md"]),
            ("sudo rm -rf .husky", &[".husky"]),
            ("bash -c 'echo x > CLAUDE.md'", &["CLAUDE.md"]),
            ("echo '> CLAUDE.md'", &[]),
            ("eval \"echo x > .mcp.json\"", &[".mcp.json"]),
            ("cargo test 2>&1 | tail", &[]),
            ("ls > /dev/null", &[]),
        ];
        for (command, want) in cases {
            assert_eq!(write_targets(command), *want, "{command}");
        }
    }
}
