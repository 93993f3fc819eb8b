//! Whether a path is authentication/authorization code, judged from the path
//! alone (SPEC §3, `auth`). Std-only on purpose: the judgement is measured
//! against real repositories' path lists (docs/eval/protected-paths.md).
//!
//! A path is split into lowercase words (separators, camelCase, digits, and
//! known compounds such as `refreshtoken`). Words come in three strengths:
//! - *strong* words name auth on their own (`oauth2`, `password`, `csrf`);
//! - *folder* words name auth when they are a whole folder (`security/`,
//!   `crypto/`), and need support as a file-name word;
//! - *weak* words (`session`, `role`, `policy`, `access`, `key`, ...) are auth
//!   only beside a word that supports that meaning, and never beside one that
//!   gives them another (`session` beside `orm` or `tmux`).
//!
//! Some places never hold auth code whatever their words: documentation,
//! images, styles, translations and licence texts, what sits below a test
//! fixture folder, and Kubernetes custom-resource folders named after an API
//! group (`iam.aws.crossplane.io/Policy/health.lua` checks a resource's health).

/// Auth on their own.
const STRONG: &[&str] = &[
    "auth",
    "authn",
    "authz",
    "authentication",
    "authenticate",
    "authenticated",
    "unauthenticated",
    "authenticating",
    "authenticator",
    "authenticators",
    "authorization",
    "authorizations",
    "authorize",
    "authorized",
    "unauthorized",
    "authorizer",
    "authority",
    "authorities",
    "reauthenticate",
    "reauthentication",
    "login",
    "logins",
    "logout",
    "signin",
    "signout",
    "signup",
    "oauth",
    "oauth1",
    "oauth2",
    "openid",
    "oidc",
    "saml",
    "saml2",
    "jwt",
    "jwts",
    "jwk",
    "jwks",
    "jws",
    "jwe",
    "jose",
    "sso",
    "idp",
    "rbac",
    "abac",
    "acl",
    "acls",
    "permission",
    "permissions",
    "privilege",
    "privileges",
    "iam",
    "password",
    "passwords",
    "passwordless",
    "passwd",
    "passphrase",
    "credential",
    "credentials",
    "creds",
    "secret",
    "secrets",
    "mfa",
    "2fa",
    "totp",
    "hotp",
    "otp",
    "webauthn",
    "passkey",
    "passkeys",
    "fido",
    "fido2",
    "u2f",
    "kerberos",
    "krb5",
    "spnego",
    "ntlm",
    "ldap",
    "csrf",
    "xsrf",
    "forgery",
    "pkce",
    "captcha",
    "recaptcha",
    "hmac",
    "keyring",
    "keystore",
    "keychain",
    "kms",
    "encrypt",
    "encrypted",
    "encryption",
    "encryptor",
    "decrypt",
    "decryption",
    "signer",
    "impersonate",
    "impersonation",
    "impersonating",
    "whoami",
    "identity",
    "identities",
    "security",
    "selfservice",
    "x509",
    "token",
    "tokens",
    "keycloak",
    "okta",
    "auth0",
    "cognito",
    "pam",
    "polkit",
    "gdm",
];

/// Auth when they are a whole folder name; weak as a file-name word.
const FOLDER: &[&str] = &[
    "crypto",
    "cipher",
    "cert",
    "certs",
    "certificate",
    "certificates",
    "consent",
    "policies",
    "pki",
];

/// Weak words and the words that support their auth meaning.
const WEAK: &[(&[&str], &[&str])] = &[
    (
        &["session", "sessions"],
        &[
            "cookie",
            "cookies",
            "web",
            "http",
            "middleware",
            "dispatch",
            "api",
            "secure",
            "revoke",
            "revoked",
            "revocation",
            "offline",
            "user",
            "users",
            "account",
            "accounts",
            "expiry",
            "expire",
            "expiration",
        ],
    ),
    (
        &["role", "roles"],
        &[
            "assignment",
            "assignments",
            "binding",
            "bindings",
            "rolebinding",
            "grant",
            "grants",
            "user",
            "users",
            "account",
            "accounts",
            "admin",
        ],
    ),
    (
        &["policy"],
        &[
            "access", "role", "roles", "user", "users", "admin", "opa", "rego",
        ],
    ),
    (
        &["access"],
        &["control", "key", "keys", "grant", "grants", "user", "users"],
    ),
    (
        &["key", "keys"],
        &[
            "generator",
            "gen",
            "keygen",
            "provider",
            "pair",
            "rotation",
            "rotate",
            "private",
            "signing",
            "confidential",
            "api",
            "master",
            "ssh",
            "gpg",
            "pgp",
            "rsa",
            "ecdsa",
            "ed25519",
            "derivation",
            "wrap",
            "wrapping",
        ],
    ),
    (
        &[
            "crypto",
            "cipher",
            "cert",
            "certs",
            "certificate",
            "certificates",
            "tls",
            "ssl",
            "ca",
        ],
        &[
            "key",
            "keys",
            "cert",
            "certs",
            "certificate",
            "certificates",
            "tls",
            "ssl",
            "ca",
            "private",
            "signing",
        ],
    ),
    (
        &[
            "verify",
            "verifier",
            "verification",
            "recover",
            "recovery",
            "registration",
            "reset",
        ],
        &[
            "user",
            "users",
            "account",
            "accounts",
            "email",
            "phone",
            "otp",
            "signature",
            "api",
        ],
    ),
    (
        &[
            "grant", "grants", "consent", "realm", "realms", "factor", "factors", "cookie",
            "cookies", "scope", "scopes", "claim", "claims",
        ],
        &["user", "users", "account", "accounts"],
    ),
];

/// Words of network-link authentication modelled as data (a wireless LAN's
/// `auth_psk` field), not the application's own auth.
const NOT_AUTH_LINK: &[&str] = &["wireless", "wlan", "wifi", "ssid", "psk"];

/// Words that give a weak (or ambiguous strong) word another meaning.
const NOT_AUTH_SESSION: &[&str] = &[
    "orm",
    "hibernate",
    "sqlalchemy",
    "activerecord",
    "database",
    "db",
    "dialect",
    "jdbc",
    "jpa",
    "tmux",
    "tty",
    "terminal",
    "pty",
    "chat",
    "conversation",
    "conversations",
    "agent",
    "agents",
    "llm",
    "payment",
    "payments",
    "checkout",
    "transaction",
    "transactions",
    "gateway",
    "dbus",
    "gnome",
    "desktop",
    "x11",
    "wayland",
    "launcher",
    "debug",
    "debugger",
    "dap",
    "repl",
    "kernel",
    "notebook",
    "playwright",
    "webdriver",
    "mcp",
    "lsp",
];

const NOT_AUTH_TOKEN: &[&str] = &[
    "order",
    "orders",
    "orderline",
    "checkout",
    "cart",
    "basket",
    "discount",
    "orderdiscount",
    "voucher",
    "payment",
    "payments",
    "transaction",
    "transactions",
    "product",
    "products",
    "invoice",
    "refund",
    "page",
    "pagination",
    "paginator",
    "cursor",
    "css",
    "lexer",
    "lex",
    "parser",
    "parse",
    "syntax",
    "grammar",
    "ast",
    "design",
    "theme",
    "themes",
    "style",
    "styles",
    "color",
    "colors",
    "typography",
    "spacing",
    "figma",
    "injection",
    "inject",
    "window",
    "cancellation",
    "cancel",
    "count",
    "counter",
    "counting",
    "usage",
    "budget",
    "estimate",
    "estimator",
    "llm",
    "prompt",
];

const NOT_AUTH_PAYMENT: &[&str] = &[
    "charge",
    "payment",
    "payments",
    "capture",
    "refund",
    "order",
    "orders",
    "transaction",
    "transactions",
    "checkout",
];

const NOT_AUTH_IDENTITY: &[&str] = &[
    "orm",
    "dialect",
    "column",
    "columns",
    "hash",
    "map",
    "matrix",
    "function",
    "transform",
    "generator",
    "sequence",
    "increment",
    "set",
    "list",
    "collection",
    "collections",
    "instance",
    "entity",
    "insert",
];

const NOT_AUTH_POLICY: &[&str] = &[
    "retention",
    "replication",
    "scaling",
    "scale",
    "retry",
    "backoff",
    "network",
    "restart",
    "eviction",
    "cache",
    "pull",
    "image",
    "lifecycle",
    "update",
    "rollout",
    "placement",
    "preemption",
    "storage",
];

/// Word sequences that are not auth though their words are (browser headers...).
const NOT_AUTH_PHRASES: &[&[&str]] = &[
    &["content", "security", "policy"],
    &["permissions", "policy"],
    &["permission", "policy"],
    &["referrer", "policy"],
    &["feature", "policy"],
    &["social", "security"],
    &["foreign", "key"],
    &["primary", "key"],
    &["sort", "key"],
    &["partition", "key"],
    &["composite", "key"],
    &["natural", "key"],
    &["cache", "key"],
    &["batch", "key"],
];

/// Pieces a lowercase compound may be made of, besides auth words
/// (`refreshtoken` = `refresh` + `token`).
const PIECES: &[&str] = &[
    "user",
    "refresh",
    "access",
    "offline",
    "code",
    "request",
    "proxy",
    "flow",
    "server",
    "client",
    "exchange",
    "provider",
    "service",
    "services",
    "manager",
    "store",
    "object",
    "change",
    "reset",
    "id",
    "api",
    "app",
    "ec2",
    "aws",
    "gcp",
    "azure",
    "workload",
    "next",
    "re",
    "less",
    "bearer",
    "session",
    "key",
    "gen",
    "crypto",
    "signer",
    "get",
    "set",
    "new",
    "check",
    "verify",
    "acs",
    "info",
    "data",
    "type",
    "types",
    "list",
    "helper",
    "handler",
    "middleware",
    "backend",
    "method",
    "methods",
    "role",
    "policy",
    "account",
    "group",
    "groups",
    "admin",
    "cache",
];

/// Folders whose content is never auth code (documentation, licences,
/// translations, images, styles).
const NOT_CODE_FOLDERS: &[&str] = &[
    "docs",
    "doc",
    "documentation",
    "licenses",
    "licences",
    "license",
    "locale",
    "locales",
    "i18n",
    "l10n",
    "translations",
    "images",
    "img",
    "icons",
    "api-ref",
    "releasenotes",
    "release-notes",
];

/// File names (without extension) of licence and project texts.
const NOT_CODE_NAMES: &[&str] = &[
    "license",
    "licence",
    "copying",
    "notice",
    "authors",
    "changelog",
    "changes",
    "readme",
];

/// Words that make a weak word about an object-relational mapper or database,
/// not about who may do what (`BatchKeyAccess`, `UserTypeRegistration`).
const ORM_CONTEXT: &[&str] = &[
    "orm",
    "hibernate",
    "sqlalchemy",
    "activerecord",
    "dialect",
    "jdbc",
    "jpa",
];

const NOT_CODE_EXTENSIONS: &[&str] = &[
    "md", "mdx", "markdown", "rst", "adoc", "asciidoc", "txt", "png", "jpg", "jpeg", "gif", "svg",
    "ico", "webp", "bmp", "pdf", "po", "pot", "mo", "css", "scss", "sass", "less", "styl", "gz",
    "tgz", "zip",
];

/// Folders below which files are test fixtures: data a test reads, not code.
pub(crate) const FIXTURE_FOLDERS: &[&str] = &[
    "testdata",
    "test-data",
    "test_data",
    "fixtures",
    "fixture",
    "__fixtures__",
    "__snapshots__",
    "cassettes",
];

/// Extensions of languages where `token` mostly means a lexer token.
const LEXER_LANGUAGES: &[&str] = &["c", "h", "cc", "cpp", "hpp", "l", "y", "lex", "yacc"];

/// Top-level domains that mark a folder named after a Kubernetes API group.
const API_GROUP_TLDS: &[&str] = &[
    "io", "com", "net", "org", "dev", "sh", "cloud", "ai", "tech", "co", "app", "cc", "me",
];

/// One word of a path and where it stands.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    /// The word is a whole folder name (`security/`), not part of a file name.
    folder: bool,
}

/// Why `path` is auth code, or `None`.
pub fn judge(path: &str) -> Option<String> {
    judge_ignoring(path, &[])
}

/// [`judge`], with the built-in words a policy switched off (`ignore_words`).
pub(crate) fn judge_ignoring(path: &str, ignored: &[String]) -> Option<String> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let last = segments.len().checked_sub(1)?;
    let file = segments[last].to_ascii_lowercase();
    let ext = file.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    if NOT_CODE_EXTENSIONS.contains(&ext)
        || NOT_CODE_NAMES.contains(&stem)
        || is_translation(segments[last])
    {
        return None;
    }
    let mut words: Vec<Word> = Vec::new();
    for (i, segment) in segments.iter().enumerate() {
        let lower = segment.to_ascii_lowercase();
        if i < last && NOT_CODE_FOLDERS.contains(&lower.as_str()) {
            return None;
        }
        if i < last && (FIXTURE_FOLDERS.contains(&lower.as_str()) || is_api_group(&segments, i)) {
            // Words below a fixture or custom-resource folder name the data, not the code.
            break;
        }
        let seg_words = drop_phrases(segment_words(segment));
        let folder = i < last && seg_words.len() == 1;
        for text in seg_words {
            if !ignored.iter().any(|i| i.eq_ignore_ascii_case(&text)) {
                words.push(Word { text, folder });
            }
        }
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.text.as_str()));
    let lexer = LEXER_LANGUAGES.contains(&ext);
    if has(NOT_AUTH_LINK) || orm_test_entity(&segments, &words) {
        return None;
    }
    for w in &words {
        let t = w.text.as_str();
        if STRONG.contains(&t) {
            let vetoed = match t {
                "token" | "tokens" => has(NOT_AUTH_TOKEN) || (lexer && !has(&["auth", "api"])),
                "identity" | "identities" => has(NOT_AUTH_IDENTITY),
                // Payment authorisation: an amount held on a card.
                "authorize" | "authorized" | "authorization" | "authorizations" => {
                    has(NOT_AUTH_PAYMENT)
                }
                _ => false,
            };
            if !vetoed {
                return Some(format!("path word `{t}` (built-in)"));
            }
        }
        if w.folder && FOLDER.contains(&t) && !(t == "policies" && has(NOT_AUTH_POLICY)) {
            return Some(format!("folder `{t}/` (built-in)"));
        }
    }
    if has(ORM_CONTEXT) {
        return None;
    }
    for w in &words {
        let t = w.text.as_str();
        for (weak, support) in WEAK {
            if !weak.contains(&t) {
                continue;
            }
            let vetoed = match t {
                "session" | "sessions" => has(NOT_AUTH_SESSION),
                "policy" => has(NOT_AUTH_POLICY),
                _ => false,
            };
            if vetoed {
                continue;
            }
            if let Some(s) = words
                .iter()
                .find(|o| o.text != t && support.contains(&o.text.as_str()))
            {
                return Some(format!("path words `{t}` + `{}` (built-in)", s.text));
            }
            // A role or policy document: Kubernetes RBAC, HCL/Rego/Cedar policies.
            let document = matches!(
                (t, ext),
                ("role", "yaml" | "yml" | "json") | ("policy", "hcl" | "rego" | "cedar")
            );
            if document && !w.folder {
                return Some(format!("{ext} {t} document (built-in)"));
            }
        }
    }
    None
}

/// A sample entity in an ORM's own test suite (`orm/test/.../Permission.java`,
/// `activerecord/test/models/user.rb`): the auth words name test data models.
/// Test classes themselves (`CredentialsBasedMultitenancyTest`) still count.
fn orm_test_entity(segments: &[&str], words: &[Word]) -> bool {
    let orm = words.iter().any(|w| ORM_CONTEXT.contains(&w.text.as_str()));
    let Some((file, folders)) = segments.split_last() else {
        return false;
    };
    let in_tests = folders.iter().any(|f| {
        matches!(
            f.to_ascii_lowercase().as_str(),
            "test" | "tests" | "testing"
        )
    });
    let stem = file.split('.').next().unwrap_or("").to_ascii_lowercase();
    orm && in_tests && !stem.contains("test")
}

/// A localised resource: `Messages_de.properties`, `help_pt_BR.html`, or
/// inline help (`help-slaveAgentPort.html`), text for people, not code.
fn is_translation(file: &str) -> bool {
    let Some((stem, ext)) = file.rsplit_once('.') else {
        return false;
    };
    let text = matches!(
        ext,
        "properties" | "html" | "htm" | "json" | "yml" | "yaml" | "xlf" | "strings" | "resx"
    );
    if !text {
        return false;
    }
    if ext.starts_with("htm") && stem.starts_with("help") {
        return true;
    }
    let parts: Vec<&str> = stem.rsplitn(3, '_').collect();
    let lang = |s: &str| s.len() == 2 && s.chars().all(|c| c.is_ascii_lowercase());
    let region = |s: &str| s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase());
    match parts.as_slice() {
        [r, l, _] if region(r) && lang(l) => true,
        [l, ..] if parts.len() >= 2 && lang(l) => true,
        _ => false,
    }
}

/// Whether segment `i` is a folder named after a Kubernetes API group
/// (`iam.aws.crossplane.io`) with a kind folder below (`Policy/`).
fn is_api_group(segments: &[&str], i: usize) -> bool {
    let seg = segments[i];
    let labels: Vec<&str> = seg.split('.').collect();
    let domain = labels.len() >= 2
        && !seg.starts_with('.')
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| API_GROUP_TLDS.contains(&tld.to_ascii_lowercase().as_str()));
    let kind_below = segments
        .get(i + 1)
        .is_some_and(|k| k.starts_with(|c: char| c.is_ascii_uppercase()));
    domain && kind_below && i + 1 < segments.len() - 1
}

/// Removes the words of phrases that are not auth (`permissions_policy`).
fn drop_phrases(words: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    'outer: while i < words.len() {
        for phrase in NOT_AUTH_PHRASES {
            let n = phrase.len();
            if i + n <= words.len()
                && words[i..i + n]
                    .iter()
                    .zip(phrase.iter())
                    .all(|(a, b)| a == b)
            {
                i += n;
                continue 'outer;
            }
        }
        out.push(words[i].clone());
        i += 1;
    }
    out
}

/// Splits a path segment into lowercase words: at non-alphanumerics, at
/// camelCase boundaries (`OAuth2Handler` → `oauth2`, `handler`), and known
/// lowercase compounds (`refreshtoken` → `refresh`, `token`).
pub(crate) fn segment_words(segment: &str) -> Vec<String> {
    let mut words = Vec::new();
    for chunk in segment.split(|c: char| !c.is_ascii_alphanumeric()) {
        for word in camel_words(chunk) {
            match compound(&word) {
                Some(parts) => words.extend(parts),
                None => words.push(word),
            }
        }
    }
    words
}

fn camel_words(chunk: &str) -> Vec<String> {
    let chars: Vec<char> = chunk.chars().collect();
    let mut words = Vec::new();
    let mut start = 0;
    for i in 1..chars.len() {
        let (prev, cur) = (chars[i - 1], chars[i]);
        let next_lower = chars.get(i + 1).is_some_and(|c| c.is_ascii_lowercase());
        // fooBar | FOOBar (an acronym, then a word) | 2Fa after digits
        let boundary = (prev.is_ascii_lowercase() && cur.is_ascii_uppercase())
            // (an acronym of one letter is a word's capital: `OAuth`)
            || (prev.is_ascii_uppercase() && cur.is_ascii_uppercase() && next_lower && i - start >= 2)
            || (prev.is_ascii_digit() && cur.is_ascii_uppercase());
        if boundary {
            words.push(
                chars[start..i]
                    .iter()
                    .collect::<String>()
                    .to_ascii_lowercase(),
            );
            start = i;
        }
    }
    if start < chars.len() {
        words.push(
            chars[start..]
                .iter()
                .collect::<String>()
                .to_ascii_lowercase(),
        );
    }
    words
}

/// Whether `w` is one of the built-in auth words a policy can switch off.
pub(crate) fn is_builtin_word(w: &str) -> bool {
    is_auth_word(&w.to_ascii_lowercase())
}

/// Every auth word, and every compound piece, for constant-time lookups: a
/// tree of 60,000 paths splits a million candidate pieces.
static AUTH_WORDS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        STRONG
            .iter()
            .chain(FOLDER.iter())
            .chain(WEAK.iter().flat_map(|(ws, _)| ws.iter()))
            .copied()
            .collect()
    });
static KNOWN_PIECES: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| AUTH_WORDS.iter().chain(PIECES.iter()).copied().collect());

fn is_auth_word(w: &str) -> bool {
    AUTH_WORDS.contains(w)
}

/// Splits a lowercase word wholly made of known pieces, one of them an auth
/// word: `authcode`, `useridentity`, `oauth2accesstoken`; never `author`.
fn compound(word: &str) -> Option<Vec<String>> {
    if word.len() < 5 || is_auth_word(word) || PIECES.contains(&word) {
        return None;
    }
    let known = |w: &str| KNOWN_PIECES.contains(w);
    // best[i]: a split of word[..i] into known pieces.
    let n = word.len();
    let mut best: Vec<Option<Vec<usize>>> = vec![None; n + 1];
    best[0] = Some(Vec::new());
    for end in 2..=n {
        for start in 0..end.saturating_sub(1) {
            if !word.is_char_boundary(start) || !word.is_char_boundary(end) {
                continue;
            }
            if let Some(prev) = &best[start] {
                if known(&word[start..end]) {
                    let mut cuts = prev.clone();
                    cuts.push(end);
                    best[end] = Some(cuts);
                    break;
                }
            }
        }
    }
    let cuts = best[n].as_ref()?;
    let mut parts = Vec::new();
    let mut from = 0;
    for &to in cuts {
        parts.push(word[from..to].to_string());
        from = to;
    }
    Some(parts)
}

/// What a file's content says about auth, when the gate has the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ContentSignal {
    /// It uses an auth framework or library: auth code whatever its name.
    Auth(&'static str),
    /// Its only auth word is ambiguous and it uses a database layer and no
    /// auth library: an ORM `session.py`.
    NotAuth(&'static str),
}

/// Imports and APIs of auth frameworks and libraries, per language.
const AUTH_MARKERS: &[&str] = &[
    // Python
    "django.contrib.auth",
    "from flask_login",
    "import flask_login",
    "flask_jwt",
    "import jwt",
    "from jwt ",
    "from jose",
    "passlib",
    "import bcrypt",
    "argon2",
    "oauthlib",
    "authlib",
    "fastapi.security",
    "keystoneauth1",
    "rest_framework.permissions",
    "rest_framework.authentication",
    // JavaScript / TypeScript
    "next-auth",
    "@auth/core",
    "from \"passport",
    "require(\"passport",
    "require('passport",
    "from 'passport",
    "jsonwebtoken",
    "from \"jose\"",
    "from 'jose'",
    "@azure/msal",
    "oidc-client",
    "@okta/",
    "firebase/auth",
    "@supabase/auth",
    "better-auth",
    "@clerk/",
    // Go
    "golang.org/x/oauth2",
    "github.com/golang-jwt/jwt",
    "github.com/coreos/go-oidc",
    "golang.org/x/crypto/bcrypt",
    "github.com/go-jose/",
    "github.com/lestrrat-go/jwx",
    "github.com/ory/fosite",
    "github.com/go-ldap/",
    "github.com/crewjam/saml",
    "github.com/casbin/",
    "tls.LoadX509KeyPair",
    "x509.ParsePKCS",
    // Java / Kotlin
    "org.springframework.security",
    "jakarta.security",
    "javax.security.auth",
    "io.jsonwebtoken",
    "com.nimbusds.jose",
    "org.apache.shiro",
    "org.keycloak",
    "@PreAuthorize",
    "@Secured",
    "@RolesAllowed",
    // Ruby
    "Devise::",
    "devise :",
    "has_secure_password",
    "omniauth",
    "doorkeeper",
    "include Pundit",
    "cancancan",
    "Warden::",
    // Rust
    "jsonwebtoken::",
    "oauth2::",
    "openidconnect::",
    "argon2::",
    // C# / PHP
    "Microsoft.AspNetCore.Authentication",
    "Microsoft.AspNetCore.Authorization",
    "[Authorize",
    "Microsoft.Identity",
    "Illuminate\\Auth",
    "Symfony\\Component\\Security",
];

/// Database layers: a `session` or `identity` that uses one of these and no
/// auth library is the database's.
const ORM_MARKERS: &[&str] = &[
    "sqlalchemy",
    "org.hibernate",
    "jakarta.persistence",
    "javax.persistence",
    "ActiveRecord",
    "gorm.io",
    "typeorm",
    "sequelize",
    "mongoose",
    "diesel::",
    "django.db",
    "java.sql",
    "database/sql",
];

/// Source files whose content is judged (not documentation or data).
const CODE_EXTENSIONS: &[&str] = &[
    "py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "go", "java", "kt", "scala", "rb", "rs", "cs",
    "php", "swift", "c", "cc", "cpp", "h",
];

/// Whether remit reads `path`'s content for auth signals.
pub(crate) fn reads_content(path: &str) -> bool {
    let ext = path.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    CODE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
}

/// How a marker starts: its first bytes (every marker is at least this long).
const MARKER_START: usize = 6;

/// Where either list's markers may start, in one automaton: a file's text is
/// read once, not once per marker (a long range reads hundreds of files).
/// The markers' distinct starts are few enough (63) for aho-corasick's SIMD
/// prefilter, which skips the text between them; the overlapping search of
/// the markers themselves has none and stepped an automaton through every
/// byte (0.43 G instructions on uv's history).
///
/// Each start's markers (indices into the two lists chained) sit beside it:
/// all starts are `MARKER_START` bytes and distinct, so the start found at a
/// place is the only one there, and only the markers that begin with it can
/// begin there (comparing all of them at each of 30,000 places cost 0.09 G
/// on uv's history).
struct MarkerSearch {
    /// The starts as aho-corasick's SIMD searcher alone (~0.1 M
    /// instructions to build, where the contiguous NFA around the same
    /// searcher cost 0.85 M on every run that read a file); `None` on a
    /// CPU it has no code for.
    packed: Option<aho_corasick::packed::Searcher>,
    /// The starts as a contiguous NFA, built when there is no `packed`.
    starts: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
    /// By the start's pattern id, the markers that begin with it.
    markers: Vec<Vec<usize>>,
    /// The starts, sorted: what [`MarkerSearch::fast`] is built of.
    patterns: Vec<&'static [u8]>,
    /// Bytes searched so far in this process.
    searched: std::sync::atomic::AtomicUsize,
    /// The starts as a DFA, built once [`FAST_AFTER`] bytes were searched.
    dfa: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
}

/// Bytes searched through [`MarkerSearch::starts`], a contiguous NFA, before
/// the DFA is built: the DFA cost ~2 M instructions to build, more than a
/// short range's few files take to search, and finds the same starts
/// faster on a long range's megabytes.
const FAST_AFTER: usize = 1 << 20;

/// Where the leftmost start is, at or after a place: each searcher gives
/// the same (all starts are distinct and of one length, so one begins at
/// any place, and the leftmost is also the first to end).
#[derive(Clone, Copy)]
enum Starts<'s> {
    Packed(&'s aho_corasick::packed::Searcher),
    Automaton(&'s aho_corasick::AhoCorasick),
}

impl Starts<'_> {
    /// The leftmost start in `bytes[from..]`: its place and pattern.
    fn find(self, bytes: &[u8], from: usize) -> Option<(usize, usize)> {
        match self {
            Self::Packed(p) => p
                .find_in(bytes, aho_corasick::Span::from(from..bytes.len()))
                .map(|m| (m.start(), m.pattern().as_usize())),
            Self::Automaton(a) => a
                .find(aho_corasick::Input::new(bytes).span(from..bytes.len()))
                .map(|m| (m.start(), m.pattern().as_usize())),
        }
    }
}

impl MarkerSearch {
    /// The searcher to search `len` more bytes with.
    fn for_bytes(&self, len: usize) -> Option<Starts<'_>> {
        let before = self
            .searched
            .fetch_add(len, std::sync::atomic::Ordering::Relaxed);
        if before >= FAST_AFTER {
            if let Some(dfa) = self.fast() {
                return Some(Starts::Automaton(dfa));
            }
        }
        self.first()
    }

    /// The searcher of a run's first megabyte.
    fn first(&self) -> Option<Starts<'_>> {
        if let Some(p) = &self.packed {
            return Some(Starts::Packed(p));
        }
        self.nfa().map(Starts::Automaton)
    }

    fn nfa(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.starts
            .get_or_init(|| {
                starts_automaton(&self.patterns, aho_corasick::AhoCorasickKind::ContiguousNFA)
            })
            .as_ref()
    }

    fn fast(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.dfa
            .get_or_init(|| starts_automaton(&self.patterns, aho_corasick::AhoCorasickKind::DFA))
            .as_ref()
    }
}

/// An automaton finding the leftmost of `starts` (the first listed where
/// two begin at one place: none do, they are distinct and of one length).
fn starts_automaton(
    starts: &[&[u8]],
    kind: aho_corasick::AhoCorasickKind,
) -> Option<aho_corasick::AhoCorasick> {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .kind(Some(kind))
        .build(starts)
        .ok()
}

static MARKER_SEARCH: std::sync::LazyLock<Option<MarkerSearch>> = std::sync::LazyLock::new(|| {
    let all = || AUTH_MARKERS.iter().chain(ORM_MARKERS).map(|m| m.as_bytes());
    let start = |m: &'static [u8]| m.get(..MARKER_START).unwrap_or(m);
    let mut starts: Vec<&[u8]> = all().map(start).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut markers = vec![Vec::new(); starts.len()];
    for (i, marker) in all().enumerate() {
        let at = starts.binary_search(&start(marker)).ok()?;
        markers[at].push(i);
    }
    // Pattern ids are the order added, as the automata's.
    let packed = aho_corasick::packed::Config::new()
        .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
        .builder()
        .extend(&starts)
        .build();
    Some(MarkerSearch {
        packed,
        starts: std::sync::OnceLock::new(),
        markers,
        patterns: starts,
        searched: std::sync::atomic::AtomicUsize::new(0),
        dfa: std::sync::OnceLock::new(),
    })
});

/// The markers [`signal`] weighs, found once in a file's text: the text
/// itself need not be kept (a long range's agent files are tens of MB).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Markers {
    /// The first auth framework or library marker the text contains.
    auth: Option<&'static str>,
    /// The first database-layer marker the text contains.
    orm: Option<&'static str>,
}

impl Markers {
    pub(crate) fn of(text: &str) -> Self {
        let Some(search) = MARKER_SEARCH.as_ref() else {
            return Self::one_by_one(text);
        };
        let Some(starts) = search.for_bytes(text.len()) else {
            return Self::one_by_one(text);
        };
        Self::found(search, starts, text)
    }

    /// What [`Self::of`] finds with `starts`, one of `search`'s automata.
    fn found(search: &MarkerSearch, starts: Starts<'_>, text: &str) -> Self {
        // The first marker of each list, in list order: the lowest index
        // among every marker the text holds.
        // No marker starts between `from` and where the leftmost start
        // found starts; the markers with that start are compared there in
        // place (no other can begin there). So every place a marker starts
        // is visited, however markers overlap.
        let (mut auth, mut orm): (Option<usize>, Option<usize>) = (None, None);
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some((start, pattern)) = starts.find(bytes, from) {
            let rest = &bytes[start..];
            let begin = search.markers.get(pattern);
            for &i in begin.map_or(&[][..], Vec::as_slice) {
                let (slot, list, at) = match i.checked_sub(AUTH_MARKERS.len()) {
                    None => (&mut auth, AUTH_MARKERS, i),
                    Some(j) => (&mut orm, ORM_MARKERS, j),
                };
                if !list.get(at).is_some_and(|m| rest.starts_with(m.as_bytes())) {
                    continue;
                }
                *slot = Some(slot.map_or(at, |was| was.min(at)));
            }
            if auth == Some(0) && orm == Some(0) {
                break;
            }
            from = start + 1;
        }
        Self {
            auth: auth.and_then(|i| AUTH_MARKERS.get(i).copied()),
            orm: orm.and_then(|i| ORM_MARKERS.get(i).copied()),
        }
    }

    /// What [`Self::of`] finds, one marker at a time.
    fn one_by_one(text: &str) -> Self {
        Self {
            auth: AUTH_MARKERS.iter().copied().find(|m| text.contains(m)),
            orm: ORM_MARKERS.iter().copied().find(|m| text.contains(m)),
        }
    }
}

/// What `text`, the content of `path`, says about auth.
#[cfg(test)]
fn content_signal(path: &str, text: &str) -> Option<ContentSignal> {
    signal(path, Markers::of(text))
}

/// What a file at `path` whose content has `markers` says about auth.
pub(crate) fn signal(path: &str, markers: Markers) -> Option<ContentSignal> {
    if !reads_content(path) {
        return None;
    }
    if let Some(m) = markers.auth {
        return Some(ContentSignal::Auth(m));
    }
    let ambiguous = judge(path).is_some_and(|why| {
        [
            "`session",
            "`sessions",
            "`identity",
            "`identities",
            "`token",
            "`tokens",
        ]
        .iter()
        .any(|w| why.contains(w))
    });
    if ambiguous {
        if let Some(m) = markers.orm {
            return Some(ContentSignal::NotAuth(m));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_found_in_one_pass_as_one_by_one() {
        let search = MARKER_SEARCH.as_ref().expect("marker automaton builds");
        let fast = Starts::Automaton(search.fast().expect("marker DFA builds"));
        let nfa = Starts::Automaton(search.nfa().expect("marker NFA builds"));
        // aho-corasick's SIMD searcher has code for these (SSSE3 on x86-64).
        let packed = search.packed.as_ref().map(Starts::Packed);
        assert!(packed.is_some() || !cfg!(any(target_arch = "x86_64", target_arch = "aarch64")));
        // Every searcher, whichever a run is at, finds what one by one does.
        let same = |text: &str| {
            let each = Markers::one_by_one(text);
            if let Some(packed) = packed {
                assert_eq!(Markers::found(search, packed, text), each, "{text}");
            }
            assert_eq!(Markers::found(search, nfa, text), each, "{text}");
            assert_eq!(Markers::found(search, fast, text), each, "{text}");
            assert_eq!(Markers::of(text), each, "{text}");
        };
        let texts = [
            "",
            "import jwt\nfrom sqlalchemy import x\n",
            "java.sql and org.hibernate then passlib, argon2",
            "nothing to see",
            "typeorm sequelize mongoose diesel:: django.db",
            "argon2 before passlib in the text",
            // Markers inside and across each other.
            "jsonwebtoken::decode, jwt.decode, django.db and sqlalchemy.orm",
            "from django.contrib.auth import x; import sqlalchemy",
            "use argon2::Argon2; use diesel::prelude::*; java.sql.Connection",
        ];
        for text in texts {
            same(text);
        }
        // Every pair of markers, one inside, after or across the other.
        let all: Vec<&str> = AUTH_MARKERS.iter().chain(ORM_MARKERS).copied().collect();
        // Only then is the start found at a place the only one there.
        assert!(all.iter().all(|m| m.len() >= MARKER_START));
        assert!(MARKER_SEARCH.is_some());
        for a in &all {
            for b in &all {
                let cut = b.len() / 2;
                let texts = [
                    format!("{a}{b}"),
                    format!("x{a} {b}"),
                    format!("{a}{}", &b[cut..]),
                    format!("{}{a}", &b[..cut]),
                    format!("{}{}", &a[..a.len() - 1], b),
                ];
                for text in texts {
                    same(&text);
                }
            }
        }
        assert_eq!(
            Markers::of("argon2 before passlib").auth,
            Some("passlib"),
            "the list's order decides, not the text's"
        );
    }

    #[test]
    fn words_are_judged_in_context() {
        for path in [
            "src/auth/mod.rs",
            "oauth_client.py",
            "jwt/verify.go",
            "src/AuthService.java",
            "lib/OAuthClient.ts",
            "src/user-permissions.ts",
            "api/2fa/setup.py",
            "src/login.py",
            "storage/ent/schema/useridentity.go",
            "actionpack/lib/action_dispatch/middleware/session/cookie_store.rb",
            "keystone/api/role_assignments.py",
            "activesupport/lib/active_support/key_generator.rb",
            "manifests/base/dex/argocd-dex-server-role.yaml",
            "util/oidc/testdata/dex.json",
            "src/crypto/PkceGenerator.ts",
        ] {
            assert!(judge(path).is_some(), "{path} should be auth");
        }
        for path in [
            "src/author.rs",
            "authoring/page.md",
            "tokenizer/mod.rs",
            "docs/authors.md",
            "src/sessionize_util.rs",
            "src/logging.rs",
            "session.c",
            "lib/sqlalchemy/orm/session.py",
            "test/ext/asyncio/test_session.py",
            "saleor/order/migrations/0133_rename_order_token_id.py",
            "src/st/croco/cr-token.c",
            "oryx/pagination/keysetpagination/page_token.go",
            "actionpack/lib/action_dispatch/http/permissions_policy.rb",
            "resource_customizations/iam.aws.crossplane.io/Role/health.lua",
            "cmd/argocd/commands/testdata/argocd-no-permission",
            "licenses/google-auth.txt",
            "core/src/main/resources/hudson/security/Realm/config_de.properties",
            "src/controller/replication/policy.go",
            "hibernate-core/src/main/java/org/hibernate/dialect/identity/IdentityColumnSupport.java",
        ] {
            assert_eq!(judge(path), None, "{path} should not be auth");
        }
    }

    #[test]
    fn ignored_words_no_longer_count() {
        assert!(judge("api/session_store.rb").is_some());
        assert_eq!(
            judge_ignoring("api/session_store.rb", &["session".to_string()]),
            None
        );
        assert!(is_builtin_word("Session"));
        assert!(!is_builtin_word("sesion"));
    }

    #[test]
    fn content_adds_and_removes_auth() {
        assert_eq!(
            content_signal(
                "src/providers/github.ts",
                "import GitHub from \"next-auth/providers/github\"\n"
            ),
            Some(ContentSignal::Auth("next-auth"))
        );
        assert_eq!(
            content_signal("app/api/session.py", "from sqlalchemy.orm import Session\n"),
            Some(ContentSignal::NotAuth("sqlalchemy"))
        );
        assert_eq!(
            content_signal(
                "app/web/session.py",
                "from sqlalchemy import x\nimport jwt\n"
            ),
            Some(ContentSignal::Auth("import jwt"))
        );
        assert_eq!(
            content_signal("src/auth/login.py", "from sqlalchemy import x\n"),
            None
        );
        assert_eq!(content_signal("docs/login.md", "import jwt\n"), None);
    }

    #[test]
    fn compounds_split_only_into_known_pieces() {
        assert_eq!(
            compound("refreshtoken"),
            Some(vec!["refresh".to_string(), "token".to_string()])
        );
        assert!(compound("useridentity").is_some());
        assert!(compound("oauth2accesstoken").is_some());
        assert_eq!(compound("author"), None);
        assert_eq!(compound("tokenizer"), None);
        assert_eq!(compound("possession"), None);
    }

    #[test]
    fn camel_case_keeps_digits_with_their_word() {
        assert_eq!(segment_words("OAuth2Handler"), vec!["oauth2", "handler"]);
        assert_eq!(
            segment_words("fido2TokenManager.js"),
            vec!["fido2", "token", "manager", "js"]
        );
    }
}
