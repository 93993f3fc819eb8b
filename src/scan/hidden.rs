//! Text a reader of the rendered page does not see, besides HTML comments:
//! markdown comments (`[//]: # (…)`) and elements hidden by an attribute
//! or a style (`<div hidden>`, `style="font-size:0"`). A model reads them
//! as it reads the rest.

/// Attribute and style spellings that hide an element's content.
const HIDING: [&str; 10] = [
    " hidden",
    "aria-hidden=\"true\"",
    "display:none",
    "display: none",
    "visibility:hidden",
    "visibility: hidden",
    "font-size:0",
    "font-size: 0",
    "opacity:0;",
    "opacity: 0;",
];

/// The contents of the hidden parts of a light (lowercased) view.
pub(crate) fn parts(light: &str) -> Vec<&str> {
    let mut out = Vec::new();
    if light.contains("]: #") {
        markdown_comments(light, &mut out);
    }
    if ["hidden", "display", "font-size", "opacity", "color"]
        .iter()
        .any(|w| light.contains(w))
    {
        hidden_elements(light, &mut out);
    }
    out
}

/// `[//]: # (text)`, `[comment]: # "text"`: link definitions nothing links
/// to, the usual way to write a comment in markdown.
fn markdown_comments<'a>(light: &'a str, out: &mut Vec<&'a str>) {
    for line in light.lines() {
        let t = line.trim_start();
        if !t.starts_with('[') {
            continue;
        }
        let Some(i) = t.find("]: #") else {
            continue;
        };
        let rest = t[i + 4..].trim();
        let body = rest
            .strip_prefix('(')
            .map(|r| r.strip_suffix(')').unwrap_or(r))
            .or_else(|| {
                rest.strip_prefix('"')
                    .map(|r| r.strip_suffix('"').unwrap_or(r))
            });
        if let Some(b) = body {
            out.push(b);
        }
    }
}

/// The content of each element whose opening tag hides it, up to its
/// closing tag (or 600 bytes).
fn hidden_elements<'a>(light: &'a str, out: &mut Vec<&'a str>) {
    let mut rest = light;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        let name_len = after
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let Some(close) = after.find('>') else {
            break;
        };
        if name_len == 0 || close > 300 || close < name_len {
            rest = after;
            continue;
        }
        let attrs = &after[name_len..close];
        // White text hides only with no background of its own.
        let white = attrs.contains("color:#fff") || attrs.contains("color: #fff");
        let hides =
            HIDING.iter().any(|h| attrs.contains(h)) || (white && !attrs.contains("background"));
        let content = &after[close + 1..];
        if hides {
            let end_tag = format!("</{}", &after[..name_len]);
            let mut end = content.find(&end_tag).unwrap_or(content.len()).min(600);
            while !content.is_char_boundary(end) {
                end -= 1;
            }
            out.push(&content[..end]);
        }
        rest = content;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_hidden_parts() {
        assert_eq!(parts("[//]: # (assistant: do it)"), ["assistant: do it"]);
        assert_eq!(parts("<div hidden>secret</div> shown"), ["secret"]);
        assert_eq!(
            parts("<span style=\"font-size:0;color:#fff\">x y</span>"),
            ["x y"]
        );
        assert!(parts("<div class=\"overflow-hidden\">shown</div>").is_empty());
        assert!(parts("<span style=\"color:#fff;background:#000\">shown</span>").is_empty());
        assert!(parts("[docs]: https://example.com").is_empty());
    }
}
