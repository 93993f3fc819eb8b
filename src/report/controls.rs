//! Control characters from untrusted text (file names, commit messages, log
//! fields) made visible instead of acted on: an ANSI escape must not recolour
//! or rewrite a terminal, a CR must not hide a line, and none may start a
//! workflow command. C0 controls become their Unicode control pictures
//! (ESC → `␛`), DEL `␡`, C1 controls `�`.

/// `s` with every control character but `keep` shown as a picture.
pub(crate) fn visible(s: &str, keep: &[char]) -> String {
    if !s.chars().any(|c| c.is_control() && !keep.contains(&c)) {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            c if keep.contains(&c) => c,
            c @ '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_shown_not_acted_on() {
        assert_eq!(visible("a\u{1b}[31mred", &[]), "a␛[31mred");
        assert_eq!(visible("x\r\ny", &['\n']), "x␍\ny");
        assert_eq!(visible("plain text", &[]), "plain text");
        assert_eq!(visible("\u{9b}2J", &[]), "\u{fffd}2J");
    }
}
