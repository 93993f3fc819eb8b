//! remit's tree diff agrees with `git diff-tree -r -M` on the same commits.

use std::process::Command;

use crate::common::*;

fn git_name_status(dir: &std::path::Path, sha: &str) -> Vec<String> {
    let out = Command::new("git")
        .args([
            "diff-tree",
            "-r",
            "-M",
            "--no-commit-id",
            "--name-status",
            "--root",
            sha,
        ])
        .current_dir(dir)
        .output()
        .expect("git diff-tree");
    let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let mut parts = l.split('\t');
            let status = parts.next().unwrap_or_default();
            // R087 → R: similarity scores differ between implementations.
            let status = &status[..1];
            std::iter::once(status)
                .chain(parts)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    lines.sort();
    lines
}

fn remit_name_status(dir: &std::path::Path) -> Vec<Vec<String>> {
    remit::test_api::name_status(dir, "main", "HEAD")
        .expect("name-status")
        .into_iter()
        .map(|(_, _, lines)| lines)
        .collect()
}

fn text(seed: usize, lines: usize) -> String {
    (0..lines)
        .map(|i| format!("line {i} of file {seed}: some content here\n"))
        .collect()
}

#[test]
fn agrees_with_git_diff_tree() {
    let (dir, mut r) = repo();
    for i in 0..30 {
        r.write(&format!("src/m{}/f{i}.rs", i % 4), text(i, 20))
            .expect("w");
    }
    r.write("docs/a", "x\n").expect("w");
    r.write("tool.sh", "echo\n").expect("w");
    r.commit("more files", &human()).expect("c");
    let base_head = r.head().expect("head");
    r.set_ref("refs/heads/main", base_head).expect("ref");

    // exact rename, inexact rename, modification, deletion, addition
    r.rename("src/m0/f0.rs", "lib/f0.rs").expect("mv");
    r.rename("src/m1/f1.rs", "lib/f1.rs").expect("mv");
    r.write("lib/f1.rs", format!("{}changed tail\n", text(1, 19)))
        .expect("w");
    r.write("src/m2/f2.rs", text(99, 20)).expect("w");
    r.remove("src/m3/f3.rs").expect("rm");
    r.write("src/new.rs", "brand new\n").expect("w");
    r.commit("renames", &human()).expect("c");
    // type change, mode change, file replaced by a folder
    r.symlink("tool.sh", "src/new.rs").expect("ln");
    r.chmod("src/m2/f6.rs", true).expect("chmod");
    r.remove("docs/a").expect("rm");
    r.write("docs/a/index.md", "x\n").expect("w");
    r.commit("types", &human()).expect("c");

    let ours = remit_name_status(dir.path());
    let commits = remit::test_api::name_status(dir.path(), "main", "HEAD").expect("range");
    assert_eq!(commits.len(), 2);
    for ((sha, summary, _), ours) in commits.iter().zip(ours) {
        assert_eq!(ours, git_name_status(dir.path(), sha), "commit {summary}");
    }
}

#[test]
fn agrees_with_git_diff_tree_in_wide_folders() {
    // Changes at the start, in the middle and at the end of folders with
    // hundreds of entries: the entries both sides share are skipped, the
    // changes among them are not.
    let (dir, mut r) = repo();
    for i in 0..300 {
        r.write(&format!("wide/f{i:03}.rs"), format!("{i}\n"))
            .expect("w");
        r.write(&format!("deep/d{:02}/g{i:03}.rs", i % 30), format!("{i}\n"))
            .expect("w");
    }
    r.commit("wide folders", &human()).expect("c");
    let base = r.head().expect("head");
    r.set_ref("refs/heads/main", base).expect("ref");

    r.write("wide/f000.rs", "first\n").expect("w");
    r.commit("first entry", &human()).expect("c");
    r.write("wide/f150.rs", "middle\n").expect("w");
    r.write("wide/f151.rs", "middle too\n").expect("w");
    r.commit("middle entries", &human()).expect("c");
    r.write("wide/f299.rs", "last\n").expect("w");
    r.commit("last entry", &human()).expect("c");
    r.write("wide/a-first.rs", "added before all\n").expect("w");
    r.remove("wide/f298.rs").expect("rm");
    r.commit("add at the start, remove near the end", &human())
        .expect("c");
    r.chmod("wide/f100.rs", true).expect("chmod");
    r.write("deep/d00/g000.rs", "deep first\n").expect("w");
    r.write("deep/d29/g299.rs", "deep last\n").expect("w");
    r.commit("mode and deep changes", &human()).expect("c");
    r.write("wide/zz-last.rs", "added after all\n").expect("w");
    r.remove("wide/f001.rs").expect("rm");
    r.commit("add at the end, remove at the start", &human())
        .expect("c");

    let commits = remit::test_api::name_status(dir.path(), "main", "HEAD").expect("range");
    assert_eq!(commits.len(), 6);
    for (sha, summary, ours) in &commits {
        assert!(!ours.is_empty(), "commit {summary}");
        assert_eq!(*ours, git_name_status(dir.path(), sha), "commit {summary}");
    }
}
