#!/usr/bin/env python3
"""Writes a chained remit audit log of N events (default 1,000,000) to stdout:
a realistic mix of reads, writes, commands, fetches and MCP calls.

    gen_log.py [N] [distinct]   (distinct: no two commands alike)"""
import hashlib
import json
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
# `distinct`: every command differs (no two execs alike), the worst case.
distinct = len(sys.argv) > 2 and sys.argv[2] == "distinct"
session = "bench-6f1c9a0e"
out = sys.stdout
prev = None
commands = [
    "pytest tests/test_parser.py -q",
    "cargo test --workspace",
    "git status --short",
    "rg -n 'fn parse' src/",
    "npm install --registry https://registry.npmjs.org/",
    "git diff --stat",
    "ls -la src/payments",
]
kinds = ["read", "read", "exec", "write", "read", "exec", "fetch", "tool", "exec", "prompt"]
buf = []
for seq in range(n):
    if seq == 0:
        e = {"v": 1, "seq": 0, "ts": "2026-11-21T10:00:00Z", "session": session, "agent": "claude-code",
             "event": "session_start", "cwd": "/home/dev/repo", "permission_mode": "default",
             "model": "claude-opus-4-5"}
    else:
        kind = kinds[seq % len(kinds)]
        e = {"v": 1, "seq": seq, "ts": "2026-11-21T10:%02d:%02dZ" % (seq // 60 % 60, seq % 60),
             "session": session, "agent": "claude-code", "event": kind}
        if kind == "read":
            e["tool"] = "Read"
            e["path"] = "src/module_%d/file_%d.rs" % (seq % 97, seq % 13)
        elif kind == "write":
            e["tool"] = "Edit"
            e["path"] = "src/module_%d/file_%d.rs" % (seq % 97, seq % 13)
        elif kind == "exec":
            e["tool"] = "Bash"
            e["command"] = commands[seq % len(commands)] + (" # run %d" % seq if distinct else "")
            e["exit_code"] = 0
        elif kind == "fetch":
            e["tool"] = "WebFetch"
            e["url"] = "https://docs.rs/serde/latest/serde/trait.Deserialize%d.html" % (seq % 50)
            e["untrusted"] = True
            e["content_sha256"] = "ab" * 32
        elif kind == "tool":
            e["tool"] = "mcp__github__get_issue"
            e["server"] = "github"
            e["untrusted"] = True
    e["prev"] = prev
    line = json.dumps(e, separators=(",", ":"))
    prev = hashlib.sha256(line.encode()).hexdigest()
    buf.append(line)
    if len(buf) >= 10000:
        out.write("\n".join(buf) + "\n")
        buf = []
if buf:
    out.write("\n".join(buf) + "\n")
