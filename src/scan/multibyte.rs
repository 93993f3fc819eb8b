//! Multibyte characters inside character classes.
//!
//! The scanner's patterns match bytes with Unicode off ([`super::automaton`]),
//! where a class such as `[:：]` is an error: a class matches one byte, and
//! `：` is three. Outside a class a multibyte character is just its bytes,
//! so a class holding some is rewritten as an alternation of its ASCII part
//! and each multibyte character: `[:：]` reads `(?:[:]|：)`, which matches
//! what the class means on UTF-8 text. A negated class or a range with a
//! multibyte end has no such rewriting and is refused with a message that
//! says so.

use std::borrow::Cow;

/// `pattern` with its classes that hold multibyte characters rewritten.
pub(crate) fn expand(pattern: &str) -> Result<Cow<'_, str>, String> {
    if pattern.is_ascii() {
        return Ok(Cow::Borrowed(pattern));
    }
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => {
                let end = escape_end(&chars, i);
                out.extend(&chars[i..end]);
                i = end;
            }
            '[' => {
                let (text, end) = class(&chars, i)?;
                out.push_str(&text);
                i = end;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// The index just past the escape starting at `i` (`\.`, `\xe2`, `\x{2028}`).
fn escape_end(chars: &[char], i: usize) -> usize {
    match chars.get(i + 1) {
        Some('x') if chars.get(i + 2) == Some(&'{') => chars[i..]
            .iter()
            .position(|c| *c == '}')
            .map_or(chars.len(), |p| i + p + 1),
        Some('x') => (i + 4).min(chars.len()),
        Some(_) => i + 2,
        None => i + 1,
    }
}

/// The class starting at `i`, rewritten if it holds multibyte characters,
/// and the index just past it.
fn class(chars: &[char], start: usize) -> Result<(String, usize), String> {
    let mut i = start + 1;
    let negated = chars.get(i) == Some(&'^');
    if negated {
        i += 1;
    }
    let body = i;
    let mut ascii = String::new();
    let mut multi: Vec<char> = Vec::new();
    let mut nested = false;
    // A `]` first in a class is a literal.
    if chars.get(i) == Some(&']') {
        ascii.push(']');
        i += 1;
    }
    loop {
        let Some(&c) = chars.get(i) else {
            // Unclosed: leave it to the parser to report.
            let text: String = chars[start..].iter().collect();
            return Ok((text, chars.len()));
        };
        match c {
            ']' => break,
            '\\' => {
                let end = escape_end(chars, i);
                ascii.extend(&chars[i..end]);
                i = end;
            }
            '[' => {
                // A POSIX class (`[:alpha:]`) or a nested class: kept as is.
                nested |= chars.get(i + 1) != Some(&':');
                let close = chars[i..]
                    .iter()
                    .position(|c| *c == ']')
                    .map_or(chars.len(), |p| i + p + 1);
                ascii.extend(&chars[i..close]);
                i = close;
            }
            c if !c.is_ascii() => {
                let range = chars.get(i + 1) == Some(&'-')
                    && chars.get(i + 2).is_some_and(|n| *n != ']')
                    || i > body && chars[i - 1] == '-';
                if range {
                    return Err(format!(
                        "the range with {c:?} in a character class: a class matches one byte \
                         and {c:?} is {} (list the characters instead)",
                        c.len_utf8()
                    ));
                }
                multi.push(c);
                i += 1;
            }
            c => {
                ascii.push(c);
                i += 1;
            }
        }
    }
    let end = i + 1;
    if multi.is_empty() {
        return Ok((chars[start..end].iter().collect(), end));
    }
    if negated || nested {
        return Err(format!(
            "multibyte character {:?} in a {} character class: a class matches one byte \
             (write an alternation such as `(?:[:]|：)` instead)",
            multi[0],
            if negated { "negated" } else { "nested" }
        ));
    }
    let mut text = String::from("(?:");
    if !ascii.is_empty() {
        text.push('[');
        if ascii.starts_with('^') {
            text.push('\\');
        }
        text.push_str(&ascii);
        text.push_str("]|");
    }
    let alternatives: Vec<String> = multi.iter().map(char::to_string).collect();
    text.push_str(&alternatives.join("|"));
    text.push(')');
    Ok((text, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_with_multibyte_characters_become_alternations() {
        assert_eq!(expand("a[:：]b").as_deref(), Ok("a(?:[:]|：)b"));
        assert_eq!(expand("[：。]").as_deref(), Ok("(?:：|。)"));
        assert_eq!(expand(r"[\]：]").as_deref(), Ok(r"(?:[\]]|：)"));
        assert_eq!(expand("[^a]：[：^]").as_deref(), Ok(r"[^a]：(?:[\^]|：)"));
        // ASCII patterns and classes are left alone.
        assert_eq!(expand(r"[^ .!?:;\n]+").as_deref(), Ok(r"[^ .!?:;\n]+"));
        assert_eq!(expand(r"\[：\]").as_deref(), Ok(r"\[：\]"));
        assert!(matches!(expand("[a-z]"), Ok(Cow::Borrowed(_))));
    }

    #[test]
    fn what_cannot_be_rewritten_is_refused_with_a_reason() {
        let e = expand("[^：]").expect_err("a negated class is refused");
        assert!(e.contains("negated"), "{e}");
        let e = expand("[あ-ん]").expect_err("a multibyte range is refused");
        assert!(e.contains("range"), "{e}");
    }
}
