//! `remit schema`, `remit completions` and `remit man` through the binary;
//! the committed schemas under `schemas/` must equal what remit prints.

use std::path::Path;

use crate::common::*;

fn committed(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn committed_schemas_match_remit_schema_output() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    for (kind, file) in [
        ("policy", "remit-policy.schema.json"),
        ("manifest", "remit-task.schema.json"),
    ] {
        let out = remit(dir.path(), &["schema", kind]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(
            stdout(&out),
            committed(file),
            "schemas/{file} is out of date: run `cargo run -- schema {kind} > schemas/{file}`"
        );
        let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
        assert_eq!(
            doc["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert!(doc["$id"].as_str().is_some_and(|id| id.ends_with(file)));
    }
}

#[test]
fn readme_shows_the_editor_schema_line() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README");
    for file in ["remit-policy.schema.json", "remit-task.schema.json"] {
        let line = format!(
            "# yaml-language-server: $schema={}/{file}",
            remit::test_api::SCHEMA_BASE_URL
        );
        assert!(readme.contains(&line), "README lacks `{line}`");
    }
}

#[test]
fn completions_cover_every_subcommand() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    for shell in ["bash", "zsh", "fish"] {
        let out = remit(dir.path(), &["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        for sub in ["check", "pre-push", "init", "schema", "explain"] {
            assert!(text.contains(sub), "{shell} completion lacks {sub}");
        }
        assert!(
            text.contains("dry-run"),
            "{shell} completion lacks init's flags"
        );
    }
    let out = remit(dir.path(), &["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn man_page_is_roff_for_remit() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let out = remit(dir.path(), &["man"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(".TH remit 1"), "{text}");
    assert!(text.contains("pre\\-push"), "{text}");
    assert!(text.contains("Exit codes"), "{text}");
}

/// `bash -n` parses the bash completion script.
#[test]
fn bash_completion_is_valid_bash() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let out = remit(dir.path(), &["completions", "bash"]);
    let script = dir.path().join("remit.bash");
    std::fs::write(&script, stdout(&out)).expect("write");
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .expect("bash");
    assert!(check.status.success(), "{}", stderr(&check));
}
