//! What a command handed to the reader would do that an injection wants of
//! a shell, as the session rules' own command analysis
//! ([`crate::analysis::command`]) reads it. Shared by forged tool calls and
//! by commands written out for a reader called by label.

/// Why a command is risky, where the kind matters to the caller.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Risk {
    /// Sends secrets out, skips hooks or permission checks, pushes,
    /// publishes, deletes releases or secrets, reroutes fetches, feeds a
    /// shell from the network.
    Acts,
    /// Reads or prints credentials: harm only where the output is handed on.
    ReadsCredentials,
    /// Deletes files wholesale (`rm -rf`): documentation shows it in
    /// warnings all the time.
    Destroys,
}

/// Reasons of the command analysis (`sensitive`) that an injection wants.
const ACTS: &[&str] = &[
    "git push",
    "git config",
    "gh secret",
    "gh release",
    "gh repo",
    "gh workflow",
    "pipes into",
    "npm publish",
    "cargo publish",
    "twine upload",
    "gem push",
    "poetry publish",
    "pod trunk push",
];

/// The risk of `command`, if it has one.
pub(super) fn risk(command: &str) -> Option<Risk> {
    let facts = crate::analysis::command::analyze(command);
    if facts.exfiltration.is_some()
        || facts.hook_bypass.is_some()
        || facts.permission_bypass.is_some()
    {
        return Some(Risk::Acts);
    }
    if !facts.credentials.is_empty() {
        return Some(Risk::ReadsCredentials);
    }
    let why = facts.sensitive?;
    if ACTS.iter().any(|w| why.starts_with(w)) {
        Some(Risk::Acts)
    } else if why.starts_with("rm -rf") {
        Some(Risk::Destroys)
    } else {
        None
    }
}

/// Whether `command` does what only an injection wants of a shell an
/// agent's own call runs: sends secrets out, skips hooks or permission
/// checks, hands credentials it reads to another command or file, or
/// takes a protection down. (Pushing, publishing and deleting build
/// folders are an agent's daily work, shown in every tool's
/// documentation.)
pub(super) fn hands_over(command: &str) -> bool {
    let facts = crate::analysis::command::analyze(command);
    let lower = command.to_ascii_lowercase();
    facts.exfiltration.is_some()
        || facts.hook_bypass.is_some()
        || facts.permission_bypass.is_some()
        || !facts.credentials.is_empty() && (command.contains('|') || redirects_to_file(command))
        || harms_by_shape(&lower)
}

/// Whether `lower` (a command lowercased) does harm the command analysis
/// does not name, read from its words: takes a protection down, deletes
/// the user's home, pipes private records out.
pub(super) fn harms_by_shape(lower: &str) -> bool {
    weakens(lower) || deletes_home(lower) || sends_private_data(lower)
}

/// Where a user's private records are read from: a phone's messages,
/// contacts and call log (Android's content providers, Termux's API), a
/// browser's saved logins and cookies, the macOS keychain.
const PRIVATE_SOURCES: &[&str] = &[
    "content://sms",
    "content://mms",
    "content://contacts",
    "content://com.android.contacts",
    "content://call_log",
    "termux-sms-list",
    "termux-contact-list",
    "termux-call-log",
    "login data",
    "cookies.sqlite",
    "logins.json",
    "key4.db",
    "security dump-keychain",
    "security find-generic-password",
];

/// Whether `command` pipes what a private source gives into a network
/// program (`adb shell content query --uri content://sms/inbox | curl
/// --data-binary @- https://…`).
/// (`command` is lowercased.)
fn sends_private_data(command: &str) -> bool {
    use crate::analysis::command::{program, segments};
    let Some(at) = PRIVATE_SOURCES.iter().filter_map(|s| command.find(s)).min() else {
        return false;
    };
    // (A network program after the source's read, in a later segment.)
    let rest = &command[at..];
    rest.contains('|')
        && segments(rest).iter().skip(1).any(|seg| {
            program(seg).is_some_and(|(_, name)| {
                matches!(
                    name.as_str(),
                    "curl" | "wget" | "nc" | "ncat" | "netcat" | "socat"
                )
            })
        })
}

/// Whether `command` force-pushes the default branch (`git push --force
/// origin main`, `git push -f origin master`, `git push origin +main`):
/// the history every clone and review reads, rewritten. (`command` is
/// lowercased.)
pub(super) fn force_pushes_default(command: &str) -> bool {
    use crate::analysis::command::{program, segments};
    segments(command).iter().any(|seg| {
        let Some((at, name)) = program(seg) else {
            return false;
        };
        let args = &seg[at + 1..];
        if name != "git" || args.first().map(String::as_str) != Some("push") {
            return false;
        }
        // (Not `--force-with-lease`, which overwrites only what was seen.)
        let forced = |a: &str| a == "--force" || a == "-f";
        let default = |a: &str| {
            let branch = a.trim_start_matches('+');
            let branch = branch.rsplit(':').next().unwrap_or(branch);
            matches!(branch, "main" | "master")
        };
        let plus = args.iter().any(|a| a.starts_with('+') && default(a));
        (plus || args.iter().any(|a| forced(a))) && args.iter().skip(1).any(|a| default(a))
    })
}

/// Whether `command` deletes, recursively, the user's home, the root or the
/// user's own folders under the home (`rm -rf ~/`, `rm -rf ~/Documents`,
/// `sudo rm -r ~/kicad/backup`), not a cache or a build folder under it
/// (`rm -rf ~/.cache/pip`, `~/src/tool-backup/target`). (`command` is
/// lowercased.)
fn deletes_home(command: &str) -> bool {
    use crate::analysis::command::{program, segments};
    const OWN: &[&str] = &[
        "documents",
        "desktop",
        "pictures",
        "photos",
        "downloads",
        "music",
        "movies",
        "videos",
        "dcim",
        ".ssh",
        ".gnupg",
    ];
    const DISPOSABLE: &[&str] = &[
        "cache",
        ".cache",
        "caches",
        "target",
        "node_modules",
        "build",
        "dist",
        "tmp",
    ];
    let own = |under: &str| {
        let parts: Vec<&str> = under.split('/').filter(|p| !p.is_empty()).collect();
        if parts.iter().any(|p| DISPOSABLE.contains(p)) {
            return false;
        }
        parts.is_empty()
            || parts == ["*"]
            || OWN.contains(&parts[0])
            || parts.iter().any(|p| matches!(*p, "backup" | "backups"))
    };
    segments(command).iter().any(|seg| {
        let Some((at, name)) = program(seg) else {
            return false;
        };
        let mut args = &seg[at + 1..];
        // A phone's shell runs the rest (`adb shell rm -rf /sdcard/DCIM`,
        // `adb -s SERIAL shell …`).
        let mut name = name.as_str();
        if name == "adb" {
            let Some(shell) = args.iter().position(|a| a == "shell") else {
                return false;
            };
            let Some(inner) = args.get(shell + 1) else {
                return false;
            };
            name = inner.as_str();
            args = &args[shell + 2..];
        }
        let recursive = args.iter().any(|a| {
            a == "--recursive" || a.starts_with('-') && !a.starts_with("--") && a.contains('r')
        });
        name == "rm"
            && recursive
            && args.iter().any(|a| {
                if a == "/" || a == "/*" {
                    return true;
                }
                // A phone's shared storage is its user's home.
                ["~", "$home", "${home}", "/sdcard", "/storage/emulated/0"]
                    .iter()
                    .any(|h| {
                        a.strip_prefix(h).is_some_and(|rest| {
                            (rest.is_empty() || rest.starts_with('/')) && own(rest)
                        })
                    })
            })
    })
}

/// Whether `command` writes its output to a file (`> /tmp/t`), not away
/// (`> /dev/null`) or onto another stream (`2>&1`).
fn redirects_to_file(command: &str) -> bool {
    command.match_indices('>').any(|(at, _)| {
        let target = command[at + 1..].trim_start_matches('>').trim_start();
        !target.starts_with('&') && !target.starts_with("/dev/null")
    })
}

/// Whether `command` sends a secret (the environment, the shell history,
/// a credential file) to the network.
pub(super) fn sends_secrets(command: &str) -> bool {
    crate::analysis::command::analyze(command)
        .exfiltration
        .is_some()
}

/// Settings and flags that take a protection down: a container given the
/// host's powers, files opened to every user, a debugger or a port opened
/// to every address, the browser's or the system's guards switched off,
/// host keys or certificates trusted unseen, a password-less sudo,
/// macOS's Gatekeeper or System Integrity Protection off.
const WEAKENING: &[&str] = &[
    "--privileged",
    "--cap-add",
    "seccomp=unconfined",
    "seccomp:unconfined",
    "apparmor=unconfined",
    "chmod 777",
    "chmod 666",
    "chmod -r 777",
    "chmod a+rwx",
    "remote-debugging-address=0.0.0.0",
    "--disable-web-security",
    "disablerealtimemonitoring",
    "setenforce 0",
    "spctl --master-disable",
    "spctl --global-disable",
    "csrutil disable",
    "--trust-all",
    "trust store",
    "authorized_keys",
    "nopasswd",
    "stricthostkeychecking=no",
    "stricthostkeychecking no",
    "0.0.0.0/0",
    "--allow-root",
    "--unsafe-perm",
    "--no-check-certificate",
];

/// Whether `lower` (a text lowercased) sets one of the [`WEAKENING`]
/// settings.
pub(super) fn weakens(lower: &str) -> bool {
    WEAKENING.iter().any(|w| lower.contains(w))
}
