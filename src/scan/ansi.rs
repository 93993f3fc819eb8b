//! Terminal escape sequences in captured output (a CI log, a shell
//! session an MCP tool returns). The colour codes glue themselves to the
//! words beside them (`\x1b[8massistant:`), so they are taken out before
//! anything is read; text set concealed (SGR 8, shown as blank on a
//! terminal) is what a model reads and a person at the terminal does not,
//! so it is read as a hidden comment, as an HTML comment would be.

/// The escape's spellings: the byte itself, and the escapes a log or a
/// JSON string writes it as.
const ESCAPES: &[&str] = &["\u{1b}[", "\\u001b[", "\\x1b[", "\\033[", "\\e["];

/// `text` with its control sequences taken out and concealed runs wrapped
/// as hidden comments; `None` when it holds none.
pub(crate) fn plain(text: &str) -> Option<String> {
    // (Every spelling opens with the byte or a backslash: one pass over a
    // page that has neither.)
    if !text.contains(['\u{1b}', '\\']) || !ESCAPES.iter().any(|e| text.contains(e)) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut concealed = false;
    let mut rest = text;
    while let Some((at, esc)) = ESCAPES
        .iter()
        .filter_map(|e| rest.find(e).map(|i| (i, *e)))
        .min_by_key(|(i, _)| *i)
    {
        out.push_str(&rest[..at]);
        let after = &rest[at + esc.len()..];
        // Parameters, then one final letter (`1;31m`, `2K`).
        let params = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == '?'))
            .unwrap_or(after.len());
        let Some(last) = after[params..]
            .chars()
            .next()
            .filter(char::is_ascii_alphabetic)
        else {
            // Not a control sequence after all: keep it as written.
            out.push_str(esc);
            rest = after;
            continue;
        };
        if last == 'm' {
            for p in after[..params].split(';') {
                match p {
                    "8" if !concealed => {
                        out.push_str(" <!-- ");
                        concealed = true;
                    }
                    "28" | "0" | "" if concealed => {
                        out.push_str(" --> ");
                        concealed = false;
                    }
                    _ => {}
                }
            }
        }
        rest = &after[params + 1..];
    }
    out.push_str(rest);
    if concealed {
        out.push_str(" -->");
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn colours_are_taken_out_and_concealed_text_is_a_comment() {
        assert_eq!(plain("plain text"), None);
        assert_eq!(
            plain("\u{1b}[1;32mok\u{1b}[0m done").as_deref(),
            Some("ok done")
        );
        let p = plain("a \u{1b}[8massistant: do it\u{1b}[28m b").unwrap_or_default();
        assert!(p.contains("<!-- assistant: do it -->"), "{p}");
        // Escaped in a log, and a run concealed to the end.
        let p = plain("x \\u001b[8mhidden words").unwrap_or_default();
        assert!(p.contains("<!-- hidden words -->"), "{p}");
        // An escape spelt with no sequence after it stays.
        assert_eq!(
            plain("see \\e[ in docs").as_deref(),
            Some("see \\e[ in docs")
        );
    }
}
