//! Generates the benchmark repository: 10,000 files on `main`, and an agent
//! branch `agent` of 50 commits that modify, add and rename files (with a
//! task manifest), so `remit check --base main --head agent` has real work.
//!
//! Usage: cargo run --release --example gen_perf_repo -- DIR

use anyhow::{bail, Result};
use remit::testkit::{RepoBuilder, Who};

const FILES: usize = 10_000;
const COMMITS: usize = 50;

fn main() -> Result<()> {
    let Some(dir) = std::env::args().nth(1) else {
        bail!("usage: gen_perf_repo DIR");
    };
    let dir = std::path::Path::new(&dir);
    if dir.exists() {
        bail!("{} already exists", dir.display());
    }
    std::fs::create_dir_all(dir)?;
    let mut r = RepoBuilder::init(dir)?;
    let human = Who::human();
    let agent = Who::new("Dana Maintainer", "dana@example.com");
    for i in 0..FILES {
        r.write(&path(i), body(i, 0))?;
    }
    r.write(".github/workflows/ci.yml", "on: push\njobs: {}\n")?;
    r.commit("Initial import", &human)?;
    r.branch("agent")?;
    r.write(
        ".remit/task.yml",
        "version: 1\ntask: \"Refactor the modules\"\nscope:\n  paths: [\"src/**\"]\ngrants: []\n",
    )?;
    r.commit("Declare the task", &human)?;
    for c in 0..COMMITS {
        // 80 edits, 10 renames and 10 new files per commit.
        for k in 0..80 {
            let i = (c * 197 + k * 53) % FILES;
            r.write(&path(i), body(i, c + 1))?;
        }
        for k in 0..10 {
            let i = (c * 89 + k * 31 + 7) % FILES;
            let from = path(i);
            let to = format!("src/moved/c{c}/f{k}_{i}.rs");
            // A file may already have moved in an earlier commit.
            let _ = r.rename(&from, &to);
        }
        for k in 0..10 {
            r.write(&format!("src/new/c{c}/n{k}.rs"), body(c * 100 + k, c))?;
        }
        if c == 25 {
            r.write(
                ".github/workflows/ci.yml",
                "on: [push, pull_request]\njobs: {}\n",
            )?;
        }
        r.commit(
            &format!("Refactor step {c}\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n"),
            &agent,
        )?;
    }
    println!("{}", dir.display());
    Ok(())
}

fn path(i: usize) -> String {
    format!("src/mod_{:03}/file_{i:05}.rs", i / 100)
}

fn body(i: usize, version: usize) -> String {
    let mut s = String::with_capacity(2048);
    for line in 0..40 {
        s.push_str(&format!(
            "pub fn f_{i}_{line}() -> usize {{ {i} * {line} + {} }}\n",
            line % 7
        ));
    }
    s.push_str(&format!("// version {version}\n"));
    s
}
