//! One identity for an MCP server, however the agent names it: Claude Code
//! and Codex name servers (`mcp__github__…`), Cursor gives the server's URL
//! or launch command. A URL becomes its host (`api.githubcopilot.com`), a
//! command the package, image or script it runs
//! (`@modelcontextprotocol/server-github`, `ghcr.io/github/github-mcp-server`).
//! Manifests and policies name servers by that identity: `mcp__<identity>`.
//! No fuzzy aliasing: a look-alike host or package is another server.

/// The identity of a server given as a name, a URL or a command.
pub(crate) fn identity(raw: &str) -> String {
    let raw = raw.trim();
    if let Some((_, rest)) = raw.split_once("://") {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        let host = authority.rsplit('@').next().unwrap_or(authority);
        let host = host.split(':').next().unwrap_or(host);
        return host.trim_start_matches("www.").to_ascii_lowercase();
    }
    let words: Vec<&str> = raw.split_whitespace().collect();
    if words.len() <= 1 {
        return raw.to_string();
    }
    const RUNNERS: &[&str] = &[
        "npx", "bunx", "uvx", "pipx", "pnpm", "yarn", "dlx", "run", "exec", "docker", "podman",
        "node", "deno", "python", "python3", "uv", "go", "sudo", "env",
    ];
    // Flags of `docker run` that take a value.
    const VALUED: &[&str] = &[
        "-e",
        "--env",
        "-v",
        "--volume",
        "--name",
        "--network",
        "-p",
        "-w",
        "--workdir",
        "--env-file",
        "-m",
        "--from",
        "--with",
    ];
    let mut skip_value = false;
    for w in words {
        if skip_value {
            skip_value = false;
            continue;
        }
        if VALUED.contains(&w) {
            skip_value = true;
            continue;
        }
        let name = w.rsplit('/').next().unwrap_or(w);
        if w.starts_with('-') || RUNNERS.contains(&name) || w.contains('=') {
            continue;
        }
        return package(w);
    }
    raw.to_string()
}

/// A package, image or script without its version, tag or digest.
fn package(word: &str) -> String {
    // `@scope/name@1.2.3` keeps its scope; `name@1.2` and `image:tag` lose the version.
    let (scope, rest) = match word.strip_prefix('@') {
        Some(r) => ("@", r),
        None => ("", word),
    };
    let rest = rest.split('@').next().unwrap_or(rest);
    let rest = match rest.rsplit_once(':') {
        Some((name, tag)) if !tag.contains('/') => name,
        _ => rest,
    };
    format!("{scope}{rest}")
}

#[cfg(test)]
mod tests {
    use super::identity;

    #[test]
    fn servers_get_one_identity() {
        assert_eq!(
            identity("https://api.githubcopilot.com/mcp/"),
            "api.githubcopilot.com"
        );
        assert_eq!(identity("http://user:pw@LOCALHOST:8080/sse"), "localhost");
        assert_eq!(
            identity("npx -y @modelcontextprotocol/server-github@2025.4.8"),
            "@modelcontextprotocol/server-github"
        );
        assert_eq!(identity("uvx mcp-server-fetch"), "mcp-server-fetch");
        assert_eq!(
            identity("docker run -i --rm -e GITHUB_PERSONAL_ACCESS_TOKEN ghcr.io/github/github-mcp-server:v1"),
            "ghcr.io/github/github-mcp-server"
        );
        assert_eq!(identity("github"), "github");
    }
}
