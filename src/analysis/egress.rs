//! Network destinations: the host of a URL, and whether a host is allowed by
//! the policy's `audit.allowed_hosts`, the manifest's `hosts`, or the
//! built-in list of well-known package registries.

/// Package registries an agent may reach without saying so: installing
/// dependencies is ordinary work, and these hosts serve, not collect.
pub(crate) const DEFAULT_ALLOWED_HOSTS: &[&str] = &[
    "registry.npmjs.org",
    "registry.yarnpkg.com",
    "pypi.org",
    "files.pythonhosted.org",
    "crates.io",
    "index.crates.io",
    "static.crates.io",
    "proxy.golang.org",
    "sum.golang.org",
    "rubygems.org",
    "repo.maven.apache.org",
    "repo1.maven.org",
    "plugins.gradle.org",
    "api.nuget.org",
    "repo.packagist.org",
    "pub.dev",
    "hex.pm",
    "registry-1.docker.io",
];

/// The lowercase host of a URL (`https://user@Host:8080/x` → `host`).
pub(crate) fn host_of_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host_port = authority.rsplit('@').next()?;
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next()?
    } else {
        host_port.split(':').next()?
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

pub(crate) fn is_loopback(host: &str) -> bool {
    matches!(host, "localhost" | "::1" | "0.0.0.0")
        || host.starts_with("127.")
        || host.ends_with(".localhost")
}

/// Whether `host` matches an allowlist entry: an exact host, or `*.domain`
/// for any subdomain of `domain` (case-insensitive).
pub(crate) fn matches(pattern: &str, host: &str) -> bool {
    let pattern = pattern.trim().trim_end_matches('.').to_ascii_lowercase();
    match pattern.strip_prefix("*.") {
        Some(domain) => host.len() > domain.len() + 1 && host.ends_with(&format!(".{domain}")),
        None => pattern == host,
    }
}

/// Which allowlist entry admits `host`: `None` when no entry does.
pub(crate) fn allowed_by(host: &str, lists: &[&[String]]) -> Option<String> {
    if is_loopback(host) {
        return Some("loopback".to_string());
    }
    if let Some(d) = DEFAULT_ALLOWED_HOSTS.iter().find(|d| matches(d, host)) {
        return Some(format!("`{d}` (built-in package registry)"));
    }
    lists
        .iter()
        .flat_map(|l| l.iter())
        .find(|p| matches(p, host))
        .map(|p| format!("`{p}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_allowlists() {
        assert_eq!(
            host_of_url("https://u:p@Docs.Python.org:443/3/x?y").as_deref(),
            Some("docs.python.org")
        );
        assert_eq!(host_of_url("http://[::1]:8080/").as_deref(), Some("::1"));
        assert!(matches("*.python.org", "docs.python.org"));
        assert!(!matches("*.python.org", "python.org"));
        assert!(!matches("*.python.org", "evilpython.org"));
        assert!(matches("docs.rs", "docs.rs"));
        let policy = vec!["docs.rs".to_string()];
        assert!(allowed_by("registry.npmjs.org", &[&policy]).is_some());
        assert!(allowed_by("docs.rs", &[&policy]).is_some());
        assert!(allowed_by("127.0.0.1", &[]).is_some());
        assert!(allowed_by("collect.evil.example", &[&policy]).is_none());
    }
}
