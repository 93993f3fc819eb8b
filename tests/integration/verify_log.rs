//! `remit verify-log`: heads, counts, sessions, the first break, exit codes.

use remit::test_api::{line_hash, EventKind};

use crate::common::*;

fn sample() -> LogBuilder {
    let mut l = LogBuilder::new("s1");
    l.push(EventKind::SessionStart, |e| {
        e.model = Some("claude-opus-4-5".into())
    })
    .write("src/a.rs")
    .exec("pytest")
    .exec("git commit -m x");
    l
}

fn verify(files: &[&std::path::Path]) -> (i32, String, String) {
    let dir = tempfile::TempDir::new().expect("tmp");
    let mut args = vec!["verify-log"];
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    args.extend(names.iter().map(String::as_str));
    let out = remit(dir.path(), &args);
    (out.status.code().unwrap_or(-1), stdout(&out), stderr(&out))
}

#[test]
fn an_intact_log_prints_head_counts_and_sessions() {
    let dir = tempfile::TempDir::new().expect("tmp");
    let l = sample();
    let path = dir.path().join("s1.jsonl");
    std::fs::write(&path, l.text()).expect("w");
    let (code, out, err) = verify(&[&path]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains(": intact"), "{out}");
    let head = line_hash(l.lines.last().expect("line"));
    assert!(out.contains(&format!("head:     {head}")), "{out}");
    assert!(
        out.contains("events:   4 in 4 lines (session_start 1, write 1, exec 2)"),
        "{out}"
    );
    assert!(
        out.contains("sessions: s1 (claude-code, claude-opus-4-5, 4 events)"),
        "{out}"
    );
    assert!(!out.contains("first break"));
}

#[test]
fn broken_chains_exit_1_with_the_first_break() {
    let dir = tempfile::TempDir::new().expect("tmp");
    let good = dir.path().join("good.jsonl");
    std::fs::write(&good, sample().text()).expect("w");

    let mut edited = sample();
    edited.lines[1] = edited.lines[1].replace("src/a.rs", "src/b.rs");
    let e = dir.path().join("edited.jsonl");
    std::fs::write(&e, edited.text()).expect("w");
    let (code, out, _) = verify(&[&good, &e]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("good.jsonl: intact"), "{out}");
    assert!(out.contains("edited.jsonl: BROKEN"), "{out}");
    assert!(
        out.contains(&format!(
            "first break: {}:3 (seq 2): hash chain broken: \"prev\" does not match",
            e.display()
        )),
        "{out}"
    );

    let mut deleted = sample();
    deleted.lines.remove(1);
    std::fs::write(&e, deleted.text()).expect("w");
    let (code, out, _) = verify(&[&e]);
    assert_eq!(code, 1);
    assert!(
        out.contains(":2 (seq 2): hash chain broken: seq 2 where 1 was expected"),
        "{out}"
    );

    let text = sample().text();
    std::fs::write(&e, &text[..text.len() - 10]).expect("w");
    let (code, out, _) = verify(&[&e]);
    assert_eq!(code, 1);
    assert!(out.contains(":4: the last line is cut off"), "{out}");

    let mut front = sample();
    front.lines.remove(0);
    std::fs::write(&e, front.text()).expect("w");
    let (code, out, _) = verify(&[&e]);
    assert_eq!(code, 1);
    assert!(out.contains(":1 (seq 1)"), "{out}");
}

#[test]
fn unreadable_or_unparsable_files_exit_2() {
    let dir = tempfile::TempDir::new().expect("tmp");
    let (code, _, err) = verify(&[&dir.path().join("missing.jsonl")]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read audit log"), "{err}");

    let bad = dir.path().join("bad.jsonl");
    let mut bytes = sample().text().into_bytes();
    bytes.extend_from_slice(b"{\"v\":1,\"seq\":4,\"ts\":\"\xfe\xff\"}\n");
    std::fs::write(&bad, bytes).expect("w");
    let (code, _, err) = verify(&[&bad]);
    assert_eq!(code, 2);
    assert!(err.contains("bad.jsonl:5: not valid UTF-8"), "{err}");

    let (code, out, _) = {
        let dir2 = tempfile::TempDir::new().expect("tmp");
        let out = remit(dir2.path(), &["verify-log", "--help"]);
        (out.status.code().unwrap_or(-1), stdout(&out), ())
    };
    assert_eq!(code, 0);
    assert!(
        out.contains("1 a chain is broken") && out.contains("2 a file cannot be read"),
        "{out}"
    );
}
