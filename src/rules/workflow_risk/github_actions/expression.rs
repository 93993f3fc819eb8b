//! GitHub Actions expressions, as far as the checks need them: whether an
//! `if:` can never be true (`false`, `${{ false && … }}`, `'a' == 'b'`) and
//! whether a flag such as `continue-on-error` may be set.

use serde_yaml::Value;

/// `true`, `"true"` or an expression (which may be true): not `false`/absent.
pub(crate) fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => !always_false_expr(s) && !s.trim().is_empty(),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(_) => true,
    }
}

/// Whether an `if:` condition can never be true.
pub(crate) fn always_false(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => !*b,
        Some(Value::Number(n)) => n.as_f64() == Some(0.0),
        Some(Value::String(s)) => always_false_expr(s),
        _ => false,
    }
}

fn always_false_expr(s: &str) -> bool {
    let e = s.trim();
    let e = e
        .strip_prefix("${{")
        .and_then(|x| x.strip_suffix("}}"))
        .unwrap_or(e);
    constant(e.trim()) == Some(false)
}

/// The value of an expression that does not depend on the run, if it is one.
fn constant(e: &str) -> Option<bool> {
    let e = unwrap_parens(e.trim());
    let ors = split_top(e, "||");
    if ors.len() > 1 {
        let vals: Vec<Option<bool>> = ors.iter().map(|p| constant(p)).collect();
        return if vals.contains(&Some(true)) {
            Some(true)
        } else if vals.iter().all(|v| *v == Some(false)) {
            Some(false)
        } else {
            None
        };
    }
    let ands = split_top(e, "&&");
    if ands.len() > 1 {
        let vals: Vec<Option<bool>> = ands.iter().map(|p| constant(p)).collect();
        return if vals.contains(&Some(false)) {
            Some(false)
        } else if vals.iter().all(|v| *v == Some(true)) {
            Some(true)
        } else {
            None
        };
    }
    for (op, equal) in [("==", true), ("!=", false)] {
        let sides = split_top(e, op);
        if sides.len() == 2 {
            let (l, r) = (literal(sides[0].trim())?, literal(sides[1].trim())?);
            return Some((l.eq_ignore_ascii_case(&r)) == equal);
        }
    }
    if let Some(rest) = e.strip_prefix('!') {
        if !rest.starts_with('=') {
            return constant(rest).map(|v| !v);
        }
    }
    let lit = literal(e)?;
    Some(!(lit.is_empty() || lit == "false" || lit == "0" || lit == "null"))
}

/// A literal's canonical text: `'a'` → `a`, `false`, numbers, `null`.
fn literal(e: &str) -> Option<String> {
    let e = unwrap_parens(e.trim());
    if let Some(inner) = e.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')) {
        if !inner.contains('\'') || inner.contains("''") {
            return Some(inner.replace("''", "'"));
        }
    }
    match e {
        "true" | "false" | "null" => Some(e.to_string()),
        _ => e.parse::<f64>().ok().map(|n| {
            if n == 0.0 {
                "0".to_string()
            } else {
                n.to_string()
            }
        }),
    }
}

fn unwrap_parens(e: &str) -> &str {
    let mut e = e.trim();
    while e.starts_with('(') && e.ends_with(')') && split_top(&e[1..e.len() - 1], ")(").len() == 1 {
        let inner = &e[1..e.len() - 1];
        if balanced(inner) {
            e = inner.trim();
        } else {
            break;
        }
    }
    e
}

fn balanced(e: &str) -> bool {
    let mut depth = 0i32;
    let mut quoted = false;
    for c in e.chars() {
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// Splits at `op` outside quotes and parentheses.
fn split_top<'a>(e: &'a str, op: &str) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let (mut depth, mut quoted, mut start) = (0i32, false, 0);
    let bytes = e.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' => quoted = !quoted,
            b'(' if !quoted => depth += 1,
            b')' if !quoted => depth -= 1,
            _ if !quoted && depth == 0 && e[i..].starts_with(op) => {
                parts.push(&e[start..i]);
                i += op.len();
                start = i;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&e[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn always_false_conditions() {
        for f in [
            "false",
            "${{ false }}",
            "0",
            "${{ false && github.ref == 'x' }}",
            "'a' == 'b'",
            "!true",
            "(false)",
            "github.ref == 'x' && false",
            "${{ '' }}",
        ] {
            assert!(always_false(Some(&Value::String(f.into()))), "{f}");
        }
        assert!(always_false(Some(&Value::Bool(false))));
        for t in [
            "true",
            "github.ref == 'refs/heads/main'",
            "false || github.event_name == 'push'",
            "success()",
            "${{ 'a' == 'A' }}",
        ] {
            assert!(!always_false(Some(&Value::String(t.into()))), "{t}");
        }
    }
}
