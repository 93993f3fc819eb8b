//! Secret redaction by the shape of the secret: known token formats,
//! credential positions in commands, URLs and headers, and secret-looking
//! values in secret-named fields. Only the secret itself is replaced — the
//! words of a sentence (`auth: refresh expired sessions`, `max_tokens: 4096`),
//! a URL's scheme and host, paths and everything else stay byte for byte, so
//! text without a secret comes back unchanged (`Cow::Borrowed`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;

use regex::bytes::{Captures, Match, Regex, RegexBuilder};

pub(crate) const REDACTED: &str = "[REDACTED]";

/// ASCII-only patterns over bytes: every delimiter the patterns use is
/// ASCII, and without Unicode classes a hook process does not pay to build
/// UTF-8 automata (most of `remit record`'s cost before). A non-ASCII
/// character is never a delimiter, so it stays inside a value: more is
/// redacted, never less.
fn ascii(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .unicode(false)
        .build()
        .expect("static regex")
}

/// Token formats that are secrets wherever they appear (whole match replaced).
static TOKENS: LazyLock<Regex> = LazyLock::new(|| {
    ascii(concat!(
        r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}",
        r"|(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}",
        r"|xox[abposre]-[A-Za-z0-9-]{10,}|xapp-[0-9]-[A-Za-z0-9-]{10,}",
        r"|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{20,}",
        r"|hf_[A-Za-z0-9]{30,}",
        r"|sk-(?:ant-|proj-|svcacct-)?[A-Za-z0-9_\-]{20,}",
        r"|AIza[0-9A-Za-z_\-]{35}",
        r"|glpat-[A-Za-z0-9_\-]{20,}|npm_[A-Za-z0-9]{36}",
        r"|pypi-AgE[A-Za-z0-9_\-]{50,}|dop_v1_[a-f0-9]{64}",
        r"|SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}",
        r"|eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]*",
        r")|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)"
    ))
});

/// Lowercase text one of the token formats needs (a necessary condition,
/// checked before the pattern is built or run: most text has no secret).
const TOKEN_NEEDLES: &[&str] = &[
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "akia",
    "asia",
    "abia",
    "acca",
    "xox",
    "xapp-",
    "sk_",
    "rk_",
    "whsec_",
    "hf_",
    "sk-",
    "aiza",
    "glpat-",
    "npm_",
    // `pypi-AgE…`: a bare `pypi-` is in every `gh-action-pypi-publish`.
    "pypi-age",
    "dop_v1_",
    "sg.",
    "eyj",
    "-----begin",
];

/// A pattern built on first use, and the lowercase text a match needs
/// (any one of them): a hook process that records a `pytest` run need not
/// build the webhook and `mysql -p` patterns.
struct Gated {
    needles: &'static [&'static str],
    re: LazyLock<Regex>,
    /// Whether a plain word in the value's place is prose.
    words: bool,
}

/// A secret in a fixed position: the value group (`v`) is replaced. The
/// flag says whether a plain word there is prose ("Authorization: Bearer
/// header", "--api-key flag") rather than a credential (`curl -u admin:pw`).
#[rustfmt::skip]
static POSITIONS: [Gated; 11] = [
    // Azure storage connection strings and SAS tokens.
    Gated { needles: &["accountkey=", "sharedaccesskey=", "sharedaccesssignature="], re: LazyLock::new(|| ascii(r"(?i)\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)=(?P<v>[^;\s'\x22`]+)")), words: false },
    Gated { needles: &["sig=", "signature=", "x-amz-credential=", "token=", "api_key=", "apikey=", "secret=", "password="], re: LazyLock::new(|| ascii(r"(?i)[?&](?:sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|access_token|id_token|refresh_token|token|api_key|apikey|client_secret|password|secret)=(?P<v>[^&\s#'\x22`]{6,})")), words: false },
    // Webhooks: the path is the secret; the host stays.
    Gated { needles: &["hooks.slack.com/"], re: LazyLock::new(|| ascii(r"(?i)\bhooks\.slack\.com/(?:services|workflows|triggers)/(?P<v>[A-Za-z0-9/_\-]+)")), words: false },
    Gated { needles: &["/api/webhooks/"], re: LazyLock::new(|| ascii(r"(?i)\bdiscord(?:app)?\.com/api/webhooks/(?P<v>[0-9]+/[A-Za-z0-9_\-]+)")), words: false },
    // Headers: the credential after the scheme word.
    Gated { needles: &["authorization"], re: LazyLock::new(|| ascii(r"(?i)\b(?:proxy-)?authorization\s*:\s*(?:(?:bearer|basic|token|digest|negotiate|apikey|api-key|ntlm)\s+)?(?P<v>[^\s'\x22\\`]+)")), words: true },
    Gated { needles: &["api-key", "x-auth-token", "x-access-token", "private-token", "x-functions-key", "ocp-apim-subscription-key"], re: LazyLock::new(|| ascii(r"(?i)\b(?:x-api-key|api-key|x-auth-token|x-access-token|private-token|x-goog-api-key|x-functions-key|ocp-apim-subscription-key)\s*:\s*(?P<v>[^\s'\x22\\`]+)")), words: true },
    // Commands: curl/wget user:password, mysql -pPASSWORD, sshpass -p.
    Gated { needles: &["curl", "wget"], re: LazyLock::new(|| ascii(r"\b(?:curl|wget)\b[^|;&\n]*?\s(?:-u\s*|--user[=\s]\s*|--proxy-user[=\s]\s*|-U\s*)['\x22]?[^\s:'\x22]*:(?P<v>[^\s'\x22`]+)")), words: false },
    Gated { needles: &["mysql", "mariadb"], re: LazyLock::new(|| ascii(r"\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^|;&\n]*?\s-p(?P<v>[^\s'\x22`]+)")), words: false },
    Gated { needles: &["sshpass"], re: LazyLock::new(|| ascii(r"\bsshpass\s+-p\s*['\x22]?(?P<v>[^\s'\x22`]+)")), words: false },
    // `--password PW`, `--token=X`, `--api-key X`: a literal value (a
    // `$VAR`, a path, a `<PLACEHOLDER>` or another flag is not one).
    Gated { needles: &["-pass", "-secret"], re: LazyLock::new(|| ascii(r"(?i)(?:^|[\s'\x22])--?(?:password|passwd|pass|secret|client-secret|http-password)(?:=|\s+)['\x22]?(?P<v>[^\s'\x22`]+)")), words: false },
    Gated { needles: &["-token", "-api-key", "-apikey", "-api_key"], re: LazyLock::new(|| ascii(r"(?i)(?:^|[\s'\x22])--?(?:token|api-key|apikey|api_key|access-token|auth-token)(?:=|\s+)['\x22]?(?P<v>[^\s'\x22`]+)")), words: true },
];

/// `scheme://user:password@host` and `scheme://token@host`.
static USERINFO: LazyLock<Regex> = LazyLock::new(|| {
    ascii(r"(?i)\b[a-z][a-z0-9+.\-]*://(?P<user>[^/\s:@'\x22<>]+)(?::(?P<pw>[^/\s@'\x22<>]*))?@")
});

/// Lowercase text a secret-named field's name contains (see `name_kind`).
const FIELD_NEEDLES: &[&str] = &[
    "pass",
    "secret",
    "token",
    "pwd",
    "key",
    "auth",
    "credential",
    "bearer",
    "sig",
];

/// `NAME=value`, `NAME: value`, `"name": "value"`.
static FIELDS: LazyLock<Regex> = LazyLock::new(|| {
    ascii(
        r#"(?P<key>[A-Za-z_][A-Za-z0-9_.\-]*)["']?[ \t]*(?:=|:)[ \t]*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s"',;&|)}\]`]+))"#,
    )
});

/// Bits of [`needles_in`]'s answer: the token formats, each position
/// pattern, secret-named fields, and the two halves of a userinfo URL.
const TOKENS_BIT: u32 = 1;
const fn position_bit(i: usize) -> u32 {
    1 << (1 + i)
}
const FIELDS_BIT: u32 = 1 << 12;
const SCHEME_BIT: u32 = 1 << 13;
const AT_BIT: u32 = 1 << 14;
const ALL_BITS: u32 = (1 << 15) - 1;

/// Each pattern group's needles and its bit.
fn groups() -> impl Iterator<Item = (&'static [&'static str], u32)> {
    std::iter::once((TOKEN_NEEDLES, TOKENS_BIT))
        .chain(
            POSITIONS
                .iter()
                .enumerate()
                .map(|(i, g)| (g.needles, position_bit(i))),
        )
        .chain([
            (FIELD_NEEDLES, FIELDS_BIT),
            (&["://"][..], SCHEME_BIT),
            (&["@"][..], AT_BIT),
        ])
}

/// Every needle of every pattern in one automaton (ASCII case folded, as
/// the lowercase text was searched): a report string is read once, not
/// once per needle (about 60 of them), and most strings hold none.
static NEEDLES: LazyLock<Option<(aho_corasick::AhoCorasick, Vec<u32>)>> = LazyLock::new(|| {
    let mut needles: Vec<&str> = Vec::new();
    let mut bits: Vec<u32> = Vec::new();
    for (list, bit) in groups() {
        needles.extend(list);
        bits.extend(std::iter::repeat_n(bit, list.len()));
    }
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        // Report strings are short: a DFA would cost more to build (2.6 M
        // instructions, on every run) than the strings take to search.
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .build(&needles)
        .ok()
        .map(|ac| (ac, bits))
});

/// Strings redacted so far in this process.
static CALLS: AtomicUsize = AtomicUsize::new(0);

/// Below this many strings, building the automaton (about 1 M
/// instructions) costs more than searching each needle: a `remit record`
/// call redacts a handful, a window's `remit check` a few hundred (uv's
/// 200 commits: ~270, ~2,500 instructions each by needle, ~2,200 by the
/// automaton), a long range's thousands.
const FEW: usize = 1024;

/// Which needle groups `text` contains (ASCII case ignored).
fn needles_in(text: &str) -> u32 {
    if CALLS.fetch_add(1, Ordering::Relaxed) < FEW {
        by_each_needle(text)
    } else {
        by_automaton(text)
    }
}

/// The groups of the needles a lowercased copy of `text` contains.
/// A needle whose first or last byte the text lacks is not searched for:
/// most of the ~60 are ruled out so, each search costing ~130 instructions.
fn by_each_needle(text: &str) -> u32 {
    let lower = text.to_ascii_lowercase();
    let mut bytes = [0u64; 4];
    for b in lower.bytes() {
        bytes[usize::from(b >> 6)] |= 1 << (b & 63);
    }
    let has = |b: Option<&u8>| b.is_none_or(|&b| bytes[usize::from(b >> 6)] & (1 << (b & 63)) != 0);
    groups()
        .filter(|(needles, _)| {
            needles
                .iter()
                .any(|n| has(n.as_bytes().first()) && has(n.as_bytes().last()) && lower.contains(n))
        })
        .fold(0, |acc, (_, bit)| acc | bit)
}

fn by_automaton(text: &str) -> u32 {
    let Some((ac, bits)) = NEEDLES.as_ref() else {
        // Not built (it always is): search as if every group were there,
        // which only runs the patterns.
        return ALL_BITS;
    };
    let mut found = 0;
    // Overlapping: `sig` inside `signature=` must not hide the longer one.
    for m in ac.find_overlapping_iter(text) {
        found |= bits[m.pattern().as_usize()];
        if found == ALL_BITS {
            break;
        }
    }
    found
}

/// Replaces every secret in `text` with `[REDACTED]`; text without one is
/// returned as it is.
pub(crate) fn redact(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let found = needles_in(text);
    let has = |bit: u32| found & bit != 0;
    let mut spans: Vec<(usize, usize)> = Vec::new();
    if has(TOKENS_BIT) {
        for m in TOKENS.find_iter(bytes) {
            let (start, end) = span(text, &m);
            if is_known_token(&text[start..end]) {
                spans.push((start, end));
            }
        }
    }
    for (i, g) in POSITIONS.iter().enumerate() {
        if !has(position_bit(i)) {
            continue;
        }
        spans.extend(
            g.re.captures_iter(bytes)
                .filter_map(|c| c.name("v"))
                .map(|v| span(text, &v))
                .filter(|(s, e)| !stands_in(&text[*s..*e], g.words)),
        );
    }
    if has(SCHEME_BIT) && has(AT_BIT) {
        for c in USERINFO.captures_iter(bytes) {
            userinfo(text, &c, &mut spans);
        }
    }
    // A field is redacted only when its name has one of these in it (see
    // `name_kind`).
    if has(FIELDS_BIT) {
        for c in FIELDS.captures_iter(bytes) {
            field(text, &c, &mut spans);
        }
    }
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    spans.sort_unstable();
    // Overlapping finds (a token inside a secret-named field) become one.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in merged {
        out.push_str(&text[at..start]);
        out.push_str(REDACTED);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// [`redact`] for strings that recur within one report — a commit's
/// author, a rule's fix, a finding's message: each distinct string is
/// searched once (uv's whole history names 619 authors in 10,227 commits).
#[derive(Default)]
pub(crate) struct Memo<'t> {
    /// What each string seen so far became. Keyed by text commits choose,
    /// so the hash is seeded.
    done: HashMap<&'t str, String, foldhash::fast::RandomState>,
}

impl<'t> Memo<'t> {
    /// What [`redact`] gives for `text`, owned.
    pub(crate) fn redact(&mut self, text: &'t str) -> String {
        if let Some(done) = self.done.get(text) {
            return done.clone();
        }
        let out = redact(text).into_owned();
        self.done.insert(text, out.clone());
        out
    }
}

/// A match's byte range widened to character boundaries. The patterns'
/// delimiters are ASCII, so a match already starts and ends on one;
/// widening keeps that true whatever the pattern, and can only redact more.
fn span(text: &str, m: &Match<'_>) -> (usize, usize) {
    let mut start = m.start();
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = m.end();
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
}

/// The `sk-…` and `glpat-…` forms also spell ordinary kebab-case words
/// (`sk-learn-compatible-estimators`): a key mixes letters and digits.
fn is_known_token(m: &str) -> bool {
    if m.starts_with("-----BEGIN") {
        return true;
    }
    let body = m.split_once(['-', '_']).map_or(m, |(_, b)| b);
    body.chars().any(|c| c.is_ascii_digit()) && body.chars().any(|c| c.is_ascii_alphabetic())
}

/// A password in the userinfo is always a secret; a user name alone only
/// when it is token-shaped (`https://ghp_…@github.com`). The host stays.
fn userinfo(text: &str, c: &Captures<'_>, spans: &mut Vec<(usize, usize)>) {
    let user = c.name("user").map(|m| span(text, &m));
    let pw = c.name("pw").map(|m| span(text, &m));
    match (user, pw) {
        (_, Some((s, e))) if s < e && !is_placeholder(&text[s..e]) => spans.push((s, e)),
        (Some((s, e)), None) if looks_random(&text[s..e]) => spans.push((s, e)),
        _ => {}
    }
}

/// What a field name says about its value: a secret whatever it looks like
/// (`password`), a secret when it looks random (`token`), or nothing.
#[derive(PartialEq, PartialOrd)]
enum Name {
    Plain,
    Keyish,
    Secret,
}

fn name_kind(key: &str) -> Name {
    let words = words_of(key);
    let has = |w: &str| words.iter().any(|x| x == w);
    let pair = |a: &str, b: &str| words.windows(2).any(|p| p[0] == a && p[1] == b);
    // Names of where a secret lives, not of the secret itself.
    if words.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "file" | "path" | "dir" | "env" | "name" | "id" | "url" | "type" | "length" | "count"
        )
    }) {
        return Name::Plain;
    }
    if ["password", "passwd", "passphrase", "secret", "privatekey"]
        .iter()
        .any(|w| has(w))
        || pair("private", "key")
        || pair("client", "secret")
    {
        return Name::Secret;
    }
    if [
        "token",
        "pwd",
        "apikey",
        "accesskey",
        "credential",
        "credentials",
        "auth",
        "bearer",
        "sig",
        "signature",
    ]
    .iter()
    .any(|w| has(w))
        || [
            "api",
            "access",
            "signing",
            "encryption",
            "account",
            "master",
            "secret",
        ]
        .iter()
        .any(|a| pair(a, "key"))
    {
        return Name::Keyish;
    }
    Name::Plain
}

/// `AWS_SECRET_ACCESS_KEY` → aws, secret, access, key; `apiKey` → api, key.
fn words_of(key: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for ch in key.chars() {
        if !ch.is_ascii_alphanumeric() {
            prev_lower = false;
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if ch.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = ch.is_ascii_lowercase() || ch.is_ascii_digit();
        cur.push(ch.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

fn field(text: &str, c: &Captures<'_>, spans: &mut Vec<(usize, usize)>) {
    let Some(key) = c.name("key") else { return };
    let (ks, ke) = span(text, &key);
    let kind = name_kind(&text[ks..ke]);
    if kind == Name::Plain {
        return;
    }
    let Some(v) = c.name("dq").or(c.name("sq")).or(c.name("bare")) else {
        return;
    };
    let (vs, ve) = span(text, &v);
    let value = &text[vs..ve];
    if value.is_empty() || is_placeholder(value) {
        return;
    }
    let quoted = c.name("bare").is_none();
    let spaces = value.matches(' ').count();
    let secret = match kind {
        // A password-named field holds a secret unless its value is a plain
        // word of a sentence (`secrets: rotate it`); a quoted passphrase may
        // hold a space or two.
        Name::Secret => spaces <= usize::from(quoted) * 2 && !is_plain_word(value),
        // A token-named field: a literal that mixes letters and digits
        // (`hunter2secret`), never a word or a number (`refresh`, `4096`).
        _ => {
            looks_random(value)
                || (value.len() >= 8
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "-_.+/=~".contains(c))
                    && value.chars().any(|c| c.is_ascii_digit())
                    && value.chars().any(|c| c.is_ascii_alphabetic()))
        }
    };
    if secret {
        spans.push((vs, ve));
    }
}

/// `$VAR`, `${{ secrets.X }}`, `<token>`, a path, a flag: names a secret,
/// is not one.
fn is_reference(v: &str) -> bool {
    v.starts_with(['$', '%', '<', '{', '/', '~', '-'])
        || v.starts_with("./")
        || v.starts_with("../")
        // `****`, `xxxx`: already masked.
        || (v.len() >= 3 && v.chars().all(|c| c == '*' || c == 'x' || c == 'X' || c == '.'))
}

/// A value in a secret's position that is not a secret: a placeholder, or
/// (where prose can stand) a word.
fn stands_in(v: &str, words_survive: bool) -> bool {
    is_placeholder(v) || (words_survive && is_word(v))
}

/// Text that stands for a secret without being one: a reference, a
/// `<PLACEHOLDER>`, an `UPPER_SNAKE` variable name, or the words people
/// write in examples (`user:password@`, `--password password`).
fn is_placeholder(v: &str) -> bool {
    const EXAMPLES: &[&str] = &[
        "password", "passwd", "pass", "pwd", "secret", "token", "redacted", "changeme", "example",
    ];
    is_reference(v)
        || v.starts_with('`')
        || EXAMPLES.contains(&v.to_ascii_lowercase().as_str())
        || (v.contains('_')
            && v.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            && v.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// A word of prose (`header`, `Bearer,`, `tokens).`, `your-key`).
fn is_word(v: &str) -> bool {
    let w = v.trim_end_matches([',', '.', ';', ':', ')', ']', '!', '?']);
    let mut chars = w.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    first_ok && chars.all(|c| c.is_ascii_lowercase() || c == '-')
}

/// Lowercase letters only (a word), a capitalised word, or a number.
fn is_plain_word(v: &str) -> bool {
    is_word(v)
        || v.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        || v.chars().all(|c| c.is_ascii_digit())
        || matches!(
            v.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "none" | "required" | "optional"
        )
}

/// Token-shaped: long, mixing letters with digits or symbols, and not a
/// word, a path or a version (`4096`, `refresh`, `v1.2.3`).
fn looks_random(v: &str) -> bool {
    if v.len() < 16 || v.contains(' ') {
        return false;
    }
    let lower = v.chars().filter(char::is_ascii_lowercase).count();
    let upper = v.chars().filter(char::is_ascii_uppercase).count();
    let digit = v.chars().filter(char::is_ascii_digit).count();
    let classes = [lower, upper, digit].iter().filter(|n| **n > 0).count();
    let token_chars = v
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.+/=~%:".contains(c));
    token_chars && (classes == 3 || (classes == 2 && entropy(v) >= 3.5))
}

fn entropy(v: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    for c in v.chars() {
        *counts.entry(c).or_insert(0u32) += 1;
    }
    let n = v.chars().count() as f64;
    counts
        .values()
        .map(|&k| {
            let p = f64::from(k) / n;
            -p * p.log2()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real-looking secrets in the places they turn up: each must vanish.
    const SECRETS: &[(&str, &str)] = &[
        ("echo ghp_0123456789abcdefghijklmnopqrstuvwxyzAB", "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"),
        ("git clone https://x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com/o/r", "ghs_16C7e42F292c6912E7710c838347Ae178B4a"),
        ("GH_TOKEN=github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123 gh pr list", "github_pat_11ABCDEFG0123456789"),
        ("curl -H 'Authorization: Bearer 8a7f/Qk3+zZpR0sT9uV2wX5yA=' https://api.example.com", "8a7f/Qk3+zZpR0sT9uV2wX5yA="),
        ("curl -H \"Authorization: token 0123abcd4567ef\" https://api.github.com", "0123abcd4567ef"),
        ("curl -H 'X-API-Key: 9f8e7d6c5b4a3210' https://api.example.com", "9f8e7d6c5b4a3210"),
        ("curl -u admin:pw https://internal.example.com/admin", "admin:pw"),
        ("curl --user deploy:S3cr3tPass! https://x.example.com", "S3cr3tPass!"),
        ("mysql -u root -pPW7hunter2 app", "PW7hunter2"),
        ("psql --password Tr0ub4dor -h db.example.com", "Tr0ub4dor"),
        ("huggingface-cli login --token hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"),
        ("npm publish --token=npm_0123456789abcdefghijklmnopqrstuvwxyz", "npm_0123456789abcdefghijklmnopqrstuvwxyz"),
        ("STRIPE_KEY=sk_live_51H8xYzAbCdEfGhIjKlMnOpQr ./charge", "sk_live_51H8xYzAbCdEfGhIjKlMnOpQr"),
        ("stripe charges create --api-key rk_live_4eC39HqLyjWDarjtT1zdp7dc", "rk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        ("curl -X POST https://hooks.slack.com/services/T0001ABCD/B0002EFGH/aBcDeFgHiJkLmNoPqRsTuVwX -d @msg.json", "aBcDeFgHiJkLmNoPqRsTuVwX"),
        ("SLACK_BOT_TOKEN=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "xoxb-123456789012"),
        ("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
        ("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY aws s3 ls", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ("az storage blob list --connection-string 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net'", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq"),
        ("curl 'https://acct.blob.core.windows.net/c/f?sv=2022-11-02&ss=b&sig=N7Wp2kL%2FqR8vX3yZ0aBcD%3D'", "N7Wp2kL%2FqR8vX3yZ0aBcD%3D"),
        ("curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk' x", "dBjftJeZ4CVP"),
        ("echo eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk", "eyJzdWIiOiIxMjM0In0"),
        ("cat <<EOF\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\nEOF", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"),
        ("psql postgres://app:s3cretPW@db.internal/app", "s3cretPW"),
        ("curl https://token:x@evil.example/upload", "token:x@"),
        ("OPENAI_API_KEY=sk-proj-AbC123dEf456GhI789jKl012MnO345 python run.py", "sk-proj-AbC123"),
        ("ANTHROPIC_API_KEY=sk-ant-api03-AbC123dEf456GhI789jKl012 claude", "sk-ant-api03"),
        ("{\"password\": \"hunter2!x\"}", "hunter2!x"),
        ("DB_PASSWORD='c0rrect horse'", "c0rrect horse"),
        ("clientSecret: 8Q~aBcD3fGhIjK1mNoPqRsTuVwXyZ", "8Q~aBcD3fGhIjK1mNoPqRsTuVwXyZ"),
        ("api_key = \"A1b2C3d4E5f6G7h8I9j0\"", "A1b2C3d4E5f6G7h8I9j0"),
        ("use API_TOKEN=hunter2secret here", "hunter2secret"),
        ("curl 'https://api.example.com/v1/items?access_token=ya29.a0AfH6SMBx12345&limit=5'", "ya29.a0AfH6SMBx12345"),
        ("sshpass -p 'Pa55word!' ssh deploy@host", "Pa55word!"),
        ("curl -X POST https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"),
        ("git push https://ghp_0123456789abcdefghijklmnopqrstuvwxyzAB@github.com/o/r.git", "ghp_0123"),
    ];

    /// Look-alikes: each must survive byte for byte.
    const LOOKALIKES: &[&str] = &[
        "auth: refresh expired sessions",
        "max_tokens: 4096",
        "Author: Dana <dana@example.com>",
        "fix the auth token refresh test",
        "src/auth/token.rs",
        "src/config/credentials.rs",
        "secrets: rotate it at the pinned commit",
        "the token: a string the lexer emits",
        "curl -s https://docs.python.org/3/library/json.html",
        "git push -u origin main",
        "git clone git@github.com:org/repo.git",
        "docker run -p 8080:80 nginx",
        "mkdir -p build/out",
        "mysql -u root -p app",
        "gh auth token | head -c 4",
        "export GITHUB_TOKEN=$GITHUB_TOKEN",
        "token: ${{ secrets.GITHUB_TOKEN }}",
        "password_file: /run/secrets/db",
        "--token-file ~/.config/token",
        "npm publish --token \"$NPM_TOKEN\"",
        "pip install scikit-learn sk-learn-compatible-estimators",
        "Authorization header is required",
        "session `s1` reached `evil.example`, outside the allowed hosts (1 time)",
        "http://localhost:8080/health",
        "https://user@example.com/x",
        "psql --password -h db.example.com",
        "api_key: required",
        "TOKEN_COUNT=4096",
        "key: value",
        "use sha256: e3b0c44298fc1c149afbf4c8996fb924",
        "Co-authored-by: Claude <noreply@anthropic.com>",
        "docs/rules/egress.md#allowed-hosts",
        "commit 8f9b2c1d0e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b",
        // Prose from real commit messages (benches/redaction/README.md).
        "custom gateways that authenticate via `Authorization: Bearer` headers",
        "proxy gateways that use Authorization: Bearer <token> instead of the",
        "- hardcoded_secret: Detects hardcoded passwords, API keys, and secret",
        "- _delete_auth_cookie: set_cookie(max_age=0, secure, samesite, httponly)",
        "-H \"X-API-Key: your-key\"",
        "- secret_detection_hook.py: Production-ready security hook",
        "Allows cases like `uv auth login https://username:password@example.com`",
        "  -p, --password <PASSWORD>",
        "  -t, --token <TOKEN>",
        "may require authorization: server message: insufficient_scope",
        "--index-url https://oauth2accesstoken@us-central1-python.pkg.dev/p/simple/",
        "npx http-server --username user --password password",
        "  Authorization: Bearer, plus a fail-fast timeout",
        "- api-key: usable only when awsBedrockApiKey is non-blank",
        "keys, Authorization: Bearer tokens). To swap in",
        "https://x-access-token:${GITHUB_TOKEN}@github.com/... URL rather than",
        "Add --apiKey as hidden alias for --key flag",
        "- Key sent as Authorization: Bearer header via OpenAI SDK",
        "  - requires repo secret: PYPI_API_TOKEN (TWINE_USERNAME=__token__)",
        "the --api-key flag or GITHUB_API_KEY environment variable",
        " \"pwd\": \".\"",
    ];

    /// The automaton finds the groups that searching the lowercased text
    /// for each needle finds, overlapping needles included.
    #[test]
    fn one_search_finds_what_each_needle_finds() {
        let extra = [
            "SIGNATURE=abc",
            "x?Signature=1",
            "plain words only",
            "",
            "curl -u a:b https://u:p@host",
            "MYSQL -pX; sshpass -p y; --Client-Secret z",
        ];
        // Searching every needle, without ruling any out by its bytes.
        let every_needle = |text: &str| {
            let lower = text.to_ascii_lowercase();
            groups()
                .filter(|(needles, _)| needles.iter().any(|n| lower.contains(n)))
                .fold(0, |acc, (_, bit)| acc | bit)
        };
        let mut found = 0;
        for text in SECRETS
            .iter()
            .map(|(t, _)| *t)
            .chain(LOOKALIKES.iter().copied())
            .chain(extra)
        {
            assert_eq!(by_automaton(text), by_each_needle(text), "{text:?}");
            assert_eq!(every_needle(text), by_each_needle(text), "{text:?}");
            found += usize::from(by_each_needle(text) != 0);
        }
        // Every needle alone, in other case, and cut short by a byte.
        for (needles, bit) in groups() {
            for n in needles {
                let upper = format!("x {} y", n.to_ascii_uppercase());
                assert_eq!(by_each_needle(&upper) & bit, bit, "{n}");
                assert_eq!(every_needle(&upper), by_each_needle(&upper), "{n}");
                let cut = &n[..n.len() - 1];
                assert_eq!(every_needle(cut), by_each_needle(cut), "{n}");
                assert_eq!(by_automaton(cut), by_each_needle(cut), "{n}");
            }
        }
        assert!(found > 10, "{found}");
        for find in [by_automaton, by_each_needle] {
            assert_eq!(
                find("SIGNATURE="),
                FIELDS_BIT | position_bit(1),
                "sig inside signature="
            );
        }
    }

    #[test]
    fn every_secret_vanishes() {
        for (text, secret) in SECRETS {
            let r = redact(text);
            assert!(!r.contains(secret), "{secret:?} survives in {r:?}");
            assert!(r.contains(REDACTED), "{r}");
        }
    }

    #[test]
    fn every_lookalike_survives() {
        for text in LOOKALIKES {
            assert!(
                matches!(redact(text), Cow::Borrowed(t) if t == *text),
                "{text:?} became {:?}",
                redact(text)
            );
        }
    }

    #[test]
    fn only_the_secret_is_replaced() {
        assert_eq!(
            redact("curl https://token:x@evil.example/upload"),
            "curl https://token:[REDACTED]@evil.example/upload"
        );
        assert_eq!(
            redact("curl -u admin:pw https://x.example/a"),
            "curl -u admin:[REDACTED] https://x.example/a"
        );
        assert_eq!(
            redact("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ./deploy"),
            "AWS_SECRET_ACCESS_KEY=[REDACTED] ./deploy"
        );
        assert_eq!(
            redact("curl -H 'Authorization: Bearer 8a7f/Qk3+zZpR0sT9uV2wX5yA=' https://api.example.com/x"),
            "curl -H 'Authorization: Bearer [REDACTED]' https://api.example.com/x"
        );
        assert_eq!(
            redact("POST https://hooks.slack.com/services/T0001ABCD/B0002EFGH/aBcDeFgHiJkLmNoPqRsTuVwX"),
            "POST https://hooks.slack.com/services/[REDACTED]"
        );
    }

    /// The memo gives what `redact` gives, for strings seen once and again,
    /// secrets and lookalikes, in any order.
    #[test]
    fn the_memo_redacts_as_each_call_does() {
        let texts: Vec<&str> = SECRETS
            .iter()
            .map(|(t, _)| *t)
            .chain(LOOKALIKES.iter().copied())
            .chain(["", "Jane Doe <jane@example.com>", "token=ghp_abc"])
            .collect();
        let mut memo = Memo::default();
        // First seen, then found again in the other order and once more.
        for text in texts.iter().chain(texts.iter().rev()).chain(texts.iter()) {
            assert_eq!(memo.redact(text), redact(text), "{text:?}");
        }
        let distinct: std::collections::HashSet<&str> = texts.iter().copied().collect();
        assert_eq!(memo.done.len(), distinct.len());
    }

    #[test]
    fn field_names_split_into_words() {
        assert_eq!(
            words_of("AWS_SECRET_ACCESS_KEY"),
            ["aws", "secret", "access", "key"]
        );
        assert_eq!(words_of("apiKey"), ["api", "key"]);
        assert!(name_kind("max_tokens") == Name::Plain);
        assert!(name_kind("Author") == Name::Plain);
        assert!(name_kind("auth") == Name::Keyish);
        assert!(name_kind("DB_PASSWORD") == Name::Secret);
    }
}
