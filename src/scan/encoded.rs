//! Encoded payloads: base64 and hex blobs that decode to readable text are
//! scanned again, as hidden text (a page has no reason to encode prose).

use std::sync::LazyLock;

use super::names::ENCODED_PAYLOAD;
use super::rules::{re, Regex};

static BASE64: LazyLock<Regex> = LazyLock::new(|| re(r"[A-Za-z0-9+/_-]{24,}={0,2}"));
static HEX: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:[0-9a-fA-F]{2}){16,}|(?:\\x[0-9a-fA-F]{2}){8,}|(?:%[0-9a-fA-F]{2}){8,}")
});
/// Decoded text that is an order by its shape even without other signs.
static SUSPICIOUS: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"\b(?:curl|wget|bash -c|sh -c|eval|exec|powershell|iex|nc -e|python -c|rm -rf)\b|/dev/tcp/",
        r"|\b(?:ignore|disregard|forget)\b.{0,60}\b(?:instructions?|prompts?|rules)\b",
        r"|\byou (?:must|should|will|are)\b",
    ))
});
/// "decode this and follow it".
static DECODE_AND_FOLLOW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bdecode (?:this|the following|it|the string|the text|the message|the (?:base64|hex)(?: string| text| message)?)(?: (?:base64|hex|string|message|text))? (?:and|then) (?:\S+ )?(?:follow|execute|run|do|obey|carry out|act on|perform)\b",
    )
});

type Scan = fn(&str, &mut Vec<&'static str>, u8);

/// Adds `encoded-payload` (and what the decoded text carries) for every
/// blob that decodes to an injection.
pub(crate) fn scan_blobs(text: &str, found: &mut Vec<&'static str>, depth: u8, scan: Scan) {
    let bytes = text.as_bytes();
    let hit = |plain: String, found: &mut Vec<&'static str>| {
        let mut inner = Vec::new();
        scan(&plain, &mut inner, depth + 1);
        let suspicious = SUSPICIOUS.is_match(plain.to_ascii_lowercase().as_bytes());
        if !inner.is_empty() || suspicious {
            for n in inner {
                if !found.contains(&n) {
                    found.push(n);
                }
            }
            if !found.contains(&ENCODED_PAYLOAD) {
                found.push(ENCODED_PAYLOAD);
            }
        }
    };
    if has_run(bytes, 24, |b| {
        b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_')
    }) {
        for m in BASE64.find_iter(bytes) {
            if let Some(plain) = decode_base64(&bytes[m.range()]) {
                hit(plain, found);
            }
        }
    }
    if has_run(bytes, 32, |b| {
        b.is_ascii_hexdigit() || matches!(b, b'\\' | b'x' | b'%')
    }) {
        for m in HEX.find_iter(bytes) {
            if let Some(plain) = decode_hex(&bytes[m.range()]) {
                hit(plain, found);
            }
        }
    }
    // URL-encoded prose (`Ignore%20all%20prior%20instructions`).
    if text.matches("%20").count() >= 3 {
        for run in text
            .split_whitespace()
            .filter(|r| r.matches("%20").count() >= 3)
        {
            if let Some(plain) = decode_percent(run) {
                hit(plain, found);
            }
        }
    }
    let lower = text.to_ascii_lowercase();
    // A text that names rot13 is read rotated too: its rotated prose is
    // noise, its rotated payload is plain.
    if ["rot13", "rot-13", "rot 13"]
        .iter()
        .any(|r| lower.contains(r))
    {
        hit(rot13(text), found);
    }
    if lower.contains("decode")
        && DECODE_AND_FOLLOW.is_match(lower.as_bytes())
        && !found.contains(&ENCODED_PAYLOAD)
    {
        found.push(ENCODED_PAYLOAD);
    }
}

/// Letters rotated by 13 places; everything else as it is.
fn rot13(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'a'..='m' | 'A'..='M' => (c as u8 + 13) as char,
            'n'..='z' | 'N'..='Z' => (c as u8 - 13) as char,
            _ => c,
        })
        .collect()
}

/// Whether some run of `n` bytes satisfying `ok` exists (before running
/// the pattern).
fn has_run(bytes: &[u8], n: usize, ok: impl Fn(u8) -> bool) -> bool {
    let mut run = 0;
    for &b in bytes {
        if ok(b) {
            run += 1;
            if run >= n {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Text that reads as prose: printable, mostly letters and spaces.
fn readable(bytes: Vec<u8>) -> Option<String> {
    let text = String::from_utf8(bytes).ok()?;
    let n = text.chars().count();
    if n < 12 {
        return None;
    }
    let printable = text
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .count();
    let wordy = text
        .chars()
        .filter(|c| c.is_alphabetic() || *c == ' ')
        .count();
    (printable * 10 >= n * 9 && wordy * 10 >= n * 6 && text.contains(' ')).then_some(text)
}

/// Decodes standard or URL-safe base64.
pub(crate) fn decode_base64(s: &[u8]) -> Option<String> {
    let mut bytes = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &b in s {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    readable(bytes)
}

/// Decodes `4869…`, `\x48\x69…` or `%48%69…`.
fn decode_hex(s: &[u8]) -> Option<String> {
    let digits: Vec<u8> = s
        .iter()
        .copied()
        .filter(|b| b.is_ascii_hexdigit())
        .collect();
    // `\x` forms: the `x` is not a hex digit, so only the pairs remain.
    let bytes: Vec<u8> = digits
        .chunks_exact(2)
        .filter_map(|p| u8::from_str_radix(std::str::from_utf8(p).ok()?, 16).ok())
        .collect();
    readable(bytes)
}

/// Percent-decodes a run of a URL-encoded text; `None` when it is not
/// text.
fn decode_percent(run: &str) -> Option<String> {
    let b = run.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(if b[i] == b'+' { b' ' } else { b[i] });
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_builds() {
        for re in [&*BASE64, &*HEX, &*SUSPICIOUS, &*DECODE_AND_FOLLOW] {
            assert!(!re.is_match(b"\x01"));
        }
    }

    #[test]
    fn decodes_text_and_rejects_binary() {
        assert_eq!(
            decode_base64(b"aGVsbG8gd29ybGQsIGhvdyBhcmUgeW91").as_deref(),
            Some("hello world, how are you")
        );
        assert_eq!(decode_base64(b"3q2+7wAAAAD/////3q2+7wAAAAD/////"), None);
        assert_eq!(
            decode_hex(b"68656c6c6f20776f726c642c20686f772061726520796f75").as_deref(),
            Some("hello world, how are you")
        );
        // A sha256 is not text.
        assert_eq!(
            decode_hex(b"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            None
        );
    }
}
