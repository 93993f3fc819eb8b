//! `codeowners-weakened` through the CLI: owners lost, replaced, shadowed,
//! moved or deleted block with a grouped finding; owning new paths passes.
//! The task grants `review-gate` so only the semantic rule speaks.

use serde_json::Value;
use tempfile::TempDir;

use crate::common::*;

const GRANT_REVIEW: &str = "version: 1\ntask: \"Ownership upkeep\"\nscope:\n  paths: [\"CODEOWNERS\", \".github/CODEOWNERS\", \"docs/CODEOWNERS\"]\ngrants: [review-gate]\n";

const OWNERS: &str = "# Owners\n* @acme/eng\n/src/auth/ @acme/security\n/docs/ @acme/docs\n";

/// `main` has CODEOWNERS at `path` plus a few real files (and `extra`
/// files under src/auth/); one agent commit applies `changes`.
fn gate(
    files: &[(&str, &str)],
    extra_auth_files: usize,
    changes: &[(&str, Option<&str>)],
) -> (TempDir, i32, Value) {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    for (path, text) in files {
        r.write(path, text).expect("write");
    }
    for f in [
        "src/lib.rs",
        "src/auth/login.rs",
        "src/auth/session.rs",
        "docs/index.md",
    ] {
        r.write(f, "x\n").expect("write");
    }
    for i in 0..extra_auth_files {
        r.write(&format!("src/auth/gen/f{i}.rs"), "x\n")
            .expect("write");
    }
    r.commit("Initial commit", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, GRANT_REVIEW);
    for (path, text) in changes {
        match text {
            Some(t) => r.write(path, t).map(|_| ()),
            None => r.remove(path).map(|_| ()),
        }
        .expect("change");
    }
    r.commit(&format!("Tidy ownership{CLAUDE}"), &agent())
        .expect("commit");
    let (code, report) = check_json(dir.path(), &[]);
    (dir, code, report)
}

fn weakened(report: &Value) -> Vec<&Value> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "codeowners-weakened")
        .collect()
}

fn text(f: &Value) -> String {
    let mut s = f["message"].as_str().unwrap_or_default().to_string();
    for e in f["evidence"].as_array().into_iter().flatten() {
        s.push_str(" | ");
        s.push_str(e["detail"].as_str().unwrap_or_default());
    }
    s
}

#[test]
fn removing_an_owner_line_blocks_with_a_grouped_finding() {
    let head = OWNERS.replace("/src/auth/ @acme/security\n", "");
    let (_d, code, report) = gate(&[("CODEOWNERS", OWNERS)], 0, &[("CODEOWNERS", Some(&head))]);
    assert_eq!(code, 1, "{report:#}");
    let w = weakened(&report);
    assert_eq!(w.len(), 1, "{report:#}");
    let t = text(w[0]);
    assert!(
        t.contains("2 paths lose code owner @acme/security, now owned by @acme/eng"),
        "{t}"
    );
    assert!(
        t.contains("`src/auth/login.rs`, `src/auth/session.rs`"),
        "{t}"
    );
    assert!(
        t.contains("base line 3: `/src/auth/ @acme/security`"),
        "{t}"
    );
    assert_eq!(w[0]["line"], 2, "the head line that now decides");
    assert_eq!(w[0]["severity"], "high");
    assert_eq!(w[0]["path"], "CODEOWNERS");
}

#[test]
fn owning_new_paths_passes() {
    let head = format!("{OWNERS}/src/billing/ @acme/payments\n");
    let (_d, code, report) = gate(&[("CODEOWNERS", OWNERS)], 0, &[("CODEOWNERS", Some(&head))]);
    assert_eq!(code, 0, "{report:#}");
    assert!(weakened(&report).is_empty());
    // A comment edit changes no one's ownership.
    let head = OWNERS.replace("# Owners", "# Owners of this repository");
    let (_d, code, report) = gate(&[("CODEOWNERS", OWNERS)], 0, &[("CODEOWNERS", Some(&head))]);
    assert_eq!(code, 0, "{report:#}");
}

#[test]
fn a_later_catch_all_line_shadows_the_security_owners() {
    let head = format!("{OWNERS}/src/ @acme/eng\n");
    let (_d, code, report) = gate(&[("CODEOWNERS", OWNERS)], 0, &[("CODEOWNERS", Some(&head))]);
    assert_eq!(code, 1);
    let w = weakened(&report);
    assert_eq!(w.len(), 1, "{report:#}");
    let t = text(w[0]);
    assert!(t.contains("(a later line shadows the old one)"), "{t}");
    assert!(
        t.contains("head line 5: `/src/ @acme/eng` comes later and overrides it"),
        "{t}"
    );
    assert_eq!(w[0]["line"], 5);
}

#[test]
fn an_ownerless_line_leaves_paths_unowned_critical() {
    let head = format!("{OWNERS}/src/auth/gen/\n");
    let (_d, code, report) = gate(
        &[("CODEOWNERS", OWNERS)],
        300,
        &[("CODEOWNERS", Some(&head))],
    );
    assert_eq!(code, 1);
    let w = weakened(&report);
    assert_eq!(w.len(), 1, "one finding for 300 paths: {report:#}");
    let t = text(w[0]);
    assert!(
        t.starts_with("300 paths lose every code owner (@acme/security)"),
        "{t}"
    );
    assert!(t.contains("and 295 more"), "{t}");
    assert_eq!(w[0]["severity"], "critical");
}

#[test]
fn broadening_the_owner_set_blocks_as_medium() {
    let head = OWNERS.replace(
        "/src/auth/ @acme/security",
        "/src/auth/ @acme/security @acme/interns",
    );
    let (_d, code, report) = gate(&[("CODEOWNERS", OWNERS)], 0, &[("CODEOWNERS", Some(&head))]);
    assert_eq!(code, 1);
    let w = weakened(&report);
    assert_eq!(w.len(), 1);
    assert!(text(w[0]).contains("gain owner @acme/interns who can now approve alone"));
    assert_eq!(w[0]["severity"], "medium");
}

#[test]
fn a_new_github_codeowners_takes_precedence_over_the_root_one() {
    let (_d, code, report) = gate(
        &[("CODEOWNERS", OWNERS)],
        0,
        &[(".github/CODEOWNERS", Some("* @acme/eng\n"))],
    );
    assert_eq!(code, 1, "{report:#}");
    let w = weakened(&report);
    assert_eq!(w.len(), 2, "security and docs lose owners: {report:#}");
    assert!(w.iter().all(|f| f["path"] == ".github/CODEOWNERS"));
    assert!(text(w[0]).contains("GitHub now reads `.github/CODEOWNERS` instead of `CODEOWNERS`"));
}

#[test]
fn deleting_codeowners_blocks_and_moving_it_unchanged_passes() {
    let (_d, code, report) = gate(&[("CODEOWNERS", OWNERS)], 0, &[("CODEOWNERS", None)]);
    assert_eq!(code, 1);
    let w = weakened(&report);
    assert_eq!(w.len(), 3, "{report:#}");
    assert!(w.iter().all(|f| f["severity"] == "critical"));
    assert!(text(w[0]).contains("`CODEOWNERS` is deleted"));

    let (_d, code, report) = gate(
        &[("CODEOWNERS", OWNERS)],
        0,
        &[("CODEOWNERS", None), (".github/CODEOWNERS", Some(OWNERS))],
    );
    assert_eq!(code, 0, "{report:#}");
}

#[test]
fn unsupported_syntax_is_reported() {
    let head = format!("{OWNERS}!/src/auth/session.rs @acme/security\n");
    let (_d, code, report) = gate(&[("CODEOWNERS", OWNERS)], 0, &[("CODEOWNERS", Some(&head))]);
    assert_eq!(code, 1);
    let w = weakened(&report);
    assert_eq!(w.len(), 1, "{report:#}");
    assert!(
        text(w[0]).contains("line 5 `!/src/auth/session.rs @acme/security` is invalid: negation")
    );
    assert_eq!(w[0]["line"], 5);
}

#[test]
fn a_persons_codeowners_change_is_not_gated() {
    let dir = TempDir::new().expect("tempdir");
    let mut r = RepoBuilder::init(dir.path()).expect("init");
    r.write("CODEOWNERS", OWNERS).expect("write");
    r.write("src/auth/login.rs", "x\n").expect("write");
    r.commit("Initial", &human()).expect("commit");
    r.branch("work").expect("branch");
    manifest(&mut r, SRC_ONLY);
    r.write("CODEOWNERS", "* @acme/eng\n").expect("write");
    r.commit("Simplify owners", &human()).expect("commit");
    r.write("src/lib.rs", "// x\n").expect("write");
    r.commit(&format!("Add lib{CLAUDE}"), &agent())
        .expect("commit");
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert!(weakened(&report).is_empty());
}

#[test]
fn explain_pages_exist_for_both_rules() {
    let dir = TempDir::new().expect("tempdir");
    for rule in ["workflow-risk", "codeowners-weakened"] {
        let out = remit(dir.path(), &["explain", rule]);
        assert_eq!(out.status.code(), Some(0));
        let t = stdout(&out);
        assert!(t.starts_with(&format!("# `{rule}`")), "{t}");
        assert!(
            t.contains("## How to fix") && t.contains("Frameworks: OWASP-LLM06"),
            "{t}"
        );
    }
    let list = stdout(&remit(dir.path(), &["explain"]));
    assert!(
        list.contains("workflow-risk") && list.contains("codeowners-weakened"),
        "{list}"
    );
}

fn node_codeowners() -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/codeowners/node-CODEOWNERS-70acf03",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

const NODE_FILES: &[(&str, &str)] = &[
    ("lib/crypto.js", "x\n"),
    ("lib/tls.js", "x\n"),
    ("lib/net.js", "x\n"),
    ("lib/internal/crypto/keys.js", "x\n"),
    ("src/node_crypto.cc", "x\n"),
    ("lib/internal/quic/quic.js", "x\n"),
];

#[test]
fn real_node_codeowners_benign_and_weakened() {
    let base = node_codeowners();
    let files = |owners: &str| {
        let mut f: Vec<(&str, String)> = NODE_FILES
            .iter()
            .map(|(p, t)| (*p, t.to_string()))
            .collect();
        f.push((".github/CODEOWNERS", owners.to_string()));
        f
    };
    let run = |head: &str| {
        let f = files(&base);
        let refs: Vec<(&str, &str)> = f.iter().map(|(p, t)| (*p, t.as_str())).collect();
        gate(&refs, 0, &[(".github/CODEOWNERS", Some(head))])
    };

    // Owning a folder nobody owned: fine.
    let (_d, code, report) = run(&format!(
        "{base}\n# QUIC\n/lib/internal/quic/* @nodejs/quic\n"
    ));
    assert_eq!(code, 0, "{report:#}");

    // Dropping crypto from tls.js and deleting the crypto.js line.
    let head = base
        .replace(
            "/lib/tls.js @nodejs/crypto @nodejs/net\n",
            "/lib/tls.js @nodejs/net\n",
        )
        .replace("/lib/crypto.js @nodejs/crypto\n", "");
    let (_d, code, report) = run(&head);
    assert_eq!(code, 1, "{report:#}");
    let w = weakened(&report);
    assert_eq!(w.len(), 2, "{report:#}");
    let all: Vec<String> = w.iter().map(|f| text(f)).collect();
    assert!(
        all.iter().any(|t| t.starts_with(
            "1 path loses every code owner (@nodejs/crypto): `lib/crypto.js`: its review is weaker"
        )),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|t| t.starts_with("1 path loses code owner @nodejs/crypto: `lib/tls.js`")),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|t| t.contains("base line 58: `/lib/crypto.js @nodejs/crypto`")),
        "{all:#?}"
    );
}
