//! Reads a scanner pattern straight into HIR.
//!
//! `regex-syntax` parses a pattern into an AST with spans, checks its
//! nesting, then walks the AST to translate it: on a 10 KB page that opens
//! some 160 patterns, parsing was a third of a `remit record` call. The
//! scanner's patterns use a small part of the syntax (literals, escapes,
//! byte classes, groups, alternations, repetitions, `^ $ \b`), so this
//! reader builds the same HIR in one pass, through the same `Hir`
//! constructors the translator calls, with Unicode off as
//! [`super::automaton`] configures it. Anything outside that part (flags,
//! ASCII class names, class set operations, `\x{…}`, malformed syntax)
//! returns `None` and the pattern goes to `regex-syntax`, which also gives
//! every error its message. Tests and debug builds compare both readers
//! on every pattern built.

use regex_syntax::hir::{self, Capture, Class, ClassBytes, ClassBytesRange, Hir, HirKind, Look};

/// The HIR of `pattern`, or `None` where it uses syntax this reader leaves
/// to `regex-syntax`.
pub(crate) fn read(pattern: &str) -> Option<Hir> {
    let mut r = Reader {
        bytes: pattern.as_bytes(),
        pos: 0,
        captures: 0,
        depth: 0,
    };
    let hir = r.alternation()?;
    (r.pos == r.bytes.len()).then_some(hir)
}

struct Reader<'p> {
    bytes: &'p [u8],
    pos: usize,
    /// Capture groups opened so far: the next one's index less one.
    captures: u32,
    /// Open groups, bounded well below `regex-syntax`'s nest limit.
    depth: u32,
}

/// One item of a concatenation before it is joined.
enum Item {
    /// A character of a literal run (joined with its neighbours): one
    /// byte, or the UTF-8 bytes of a multibyte character.
    Char([u8; 4], usize),
    Expr(Hir),
}

const SPACE: &[(u8, u8)] = &[(b'\t', b'\r'), (b' ', b' ')];
const DIGIT: &[(u8, u8)] = &[(b'0', b'9')];
const WORD: &[(u8, u8)] = &[(b'0', b'9'), (b'A', b'Z'), (b'_', b'_'), (b'a', b'z')];

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    fn alternation(&mut self) -> Option<Hir> {
        let mut branches = vec![self.concat()?];
        while self.peek() == Some(b'|') {
            self.pos += 1;
            branches.push(self.concat()?);
        }
        Some(if branches.len() == 1 {
            branches.pop()?
        } else {
            Hir::alternation(branches)
        })
    }

    fn concat(&mut self) -> Option<Hir> {
        let mut items: Vec<Item> = Vec::new();
        while let Some(b) = self.peek() {
            if b == b'|' || b == b')' {
                break;
            }
            let atom = self.atom()?;
            match self.repetition()? {
                None => items.push(atom),
                Some((min, max, greedy)) => {
                    let sub = match atom {
                        Item::Char(c, len) => Hir::literal(&c[..len]),
                        Item::Expr(h) => h,
                    };
                    items.push(Item::Expr(Hir::repetition(hir::Repetition {
                        min,
                        max,
                        greedy,
                        sub: Box::new(sub),
                    })));
                }
            }
        }
        Some(join(items))
    }

    /// A repetition operator after an atom: `(min, max, greedy)`; `None`
    /// inside for no operator, `None` outside for syntax left to
    /// `regex-syntax`.
    fn repetition(&mut self) -> Option<Option<(u32, Option<u32>, bool)>> {
        let (min, max) = match self.peek() {
            Some(b'?') => (0, Some(1)),
            Some(b'*') => (0, None),
            Some(b'+') => (1, None),
            Some(b'{') => {
                let (min, max, len) = self.counted()?;
                self.pos += len - 1;
                (min, max)
            }
            _ => return Some(None),
        };
        self.pos += 1;
        let greedy = if self.peek() == Some(b'?') {
            self.pos += 1;
            false
        } else {
            true
        };
        // A second operator (`a**`, `a{2}{3}`) is left to regex-syntax.
        if matches!(self.peek(), Some(b'?' | b'*' | b'+' | b'{')) {
            return None;
        }
        Some(Some((min, max, greedy)))
    }

    /// `{m}`, `{m,}` or `{m,n}` at the reader: its bounds and length.
    fn counted(&self) -> Option<(u32, Option<u32>, usize)> {
        let rest = &self.bytes[self.pos..];
        let end = rest.iter().position(|&b| b == b'}')?;
        let inner = std::str::from_utf8(&rest[1..end]).ok()?;
        let number = |s: &str| -> Option<u32> {
            (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let (min, max) = match inner.split_once(',') {
            None => {
                let m = number(inner)?;
                (m, Some(m))
            }
            Some((m, "")) => (number(m)?, None),
            Some((m, n)) => {
                let (m, n) = (number(m)?, number(n)?);
                if m > n {
                    return None;
                }
                (m, Some(n))
            }
        };
        Some((min, max, end + 1))
    }

    fn atom(&mut self) -> Option<Item> {
        let b = self.peek()?;
        self.pos += 1;
        Some(match b {
            b'(' => Item::Expr(self.group()?),
            b'[' => Item::Expr(Hir::class(Class::Bytes(self.class()?))),
            b'\\' => self.escape()?,
            b'.' => Item::Expr(Hir::dot(hir::Dot::AnyByteExcept(b'\n'))),
            b'^' => Item::Expr(Hir::look(Look::Start)),
            b'$' => Item::Expr(Hir::look(Look::End)),
            // A repetition with nothing to repeat, or a stray brace.
            b'?' | b'*' | b'+' | b'{' | b'}' | b']' => return None,
            b if b.is_ascii() => byte(b),
            // A multibyte character is repeated whole.
            b => {
                let len = match b {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                let start = self.pos - 1;
                let mut c = [0; 4];
                c[..len].copy_from_slice(self.bytes.get(start..start + len)?);
                self.pos = start + len;
                Item::Char(c, len)
            }
        })
    }

    fn group(&mut self) -> Option<Hir> {
        self.depth += 1;
        if self.depth > 100 {
            return None;
        }
        let name = if self.peek() == Some(b'?') {
            match (self.peek_at(1), self.peek_at(2)) {
                (Some(b':'), _) => {
                    self.pos += 2;
                    None
                }
                (Some(b'P'), Some(b'<')) => {
                    self.pos += 3;
                    Some(self.capture_name()?)
                }
                (Some(b'<'), _) => {
                    self.pos += 2;
                    Some(self.capture_name()?)
                }
                // Flags and anything else.
                _ => return None,
            }
        } else {
            Some(String::new())
        };
        let index = if name.is_some() {
            self.captures += 1;
            Some(self.captures)
        } else {
            None
        };
        let sub = self.alternation()?;
        if self.peek() != Some(b')') {
            return None;
        }
        self.pos += 1;
        self.depth -= 1;
        Some(match (index, name) {
            (Some(index), Some(name)) => Hir::capture(Capture {
                index,
                name: (!name.is_empty()).then(|| name.into_boxed_str()),
                sub: Box::new(sub),
            }),
            _ => sub,
        })
    }

    /// A capture name up to its `>`: letters, digits and `_`, not
    /// starting with a digit.
    fn capture_name(&mut self) -> Option<String> {
        let rest = &self.bytes[self.pos..];
        let end = rest.iter().position(|&b| b == b'>')?;
        let name = &rest[..end];
        let ok = name
            .first()
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
            && name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_');
        if !ok {
            return None;
        }
        self.pos += end + 1;
        String::from_utf8(name.to_vec()).ok()
    }

    /// An escape outside a class (the backslash read).
    fn escape(&mut self) -> Option<Item> {
        let b = self.peek()?;
        self.pos += 1;
        let look = |l| Some(Item::Expr(Hir::look(l)));
        match b {
            // `\b{start}` and the like are left to regex-syntax.
            b'b' | b'B' if self.peek() == Some(b'{') => None,
            b'b' => look(Look::WordAscii),
            b'B' => look(Look::WordAsciiNegate),
            b'A' => look(Look::Start),
            b'z' => look(Look::End),
            b's' | b'S' | b'd' | b'D' | b'w' | b'W' => {
                Some(Item::Expr(Hir::class(Class::Bytes(perl(b)))))
            }
            _ => self.escaped_byte(b).map(byte),
        }
    }

    /// The byte an escape that stands for one byte means (`\n`, `\x22`,
    /// `\.`), the escape's letter read.
    fn escaped_byte(&mut self, b: u8) -> Option<u8> {
        match b {
            b'n' => Some(b'\n'),
            b't' => Some(b'\t'),
            b'r' => Some(b'\r'),
            b'f' => Some(b'\x0C'),
            b'v' => Some(b'\x0B'),
            b'a' => Some(b'\x07'),
            b'x' => {
                let hex = self.bytes.get(self.pos..self.pos + 2)?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                self.pos += 2;
                u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
            }
            b'<' | b'>' => None,
            b if b.is_ascii_punctuation() || b == b' ' => Some(b),
            _ => None,
        }
    }

    /// A bracketed class (the `[` read), as bytes.
    fn class(&mut self) -> Option<ClassBytes> {
        let negated = self.peek() == Some(b'^');
        if negated {
            self.pos += 1;
        }
        let mut class = ClassBytes::empty();
        let mut first = true;
        loop {
            let b = self.peek()?;
            match b {
                b']' if !first => {
                    self.pos += 1;
                    break;
                }
                // Nested classes, ASCII class names and set operations.
                b'[' | b'&' | b'~' => return None,
                b'-' if !first && self.peek_at(1) != Some(b']') => return None,
                _ => {}
            }
            first = false;
            let start = match self.class_item()? {
                ClassItem::Byte(b) => b,
                ClassItem::Perl(p) => {
                    class.union(&p);
                    continue;
                }
            };
            let end = if self.peek() == Some(b'-') && self.peek_at(1) != Some(b']') {
                self.pos += 1;
                match self.class_item()? {
                    ClassItem::Byte(e) if e >= start => e,
                    _ => return None,
                }
            } else {
                start
            };
            class.push(ClassBytesRange::new(start, end));
        }
        if negated {
            class.negate();
        }
        Some(class)
    }

    fn class_item(&mut self) -> Option<ClassItem> {
        let b = self.peek()?;
        self.pos += 1;
        if b != b'\\' {
            // A multibyte character in a class is an error left to
            // regex-syntax (`multibyte::expand` rewrites the valid ones).
            return b.is_ascii().then_some(ClassItem::Byte(b));
        }
        let e = self.peek()?;
        self.pos += 1;
        match e {
            b's' | b'S' | b'd' | b'D' | b'w' | b'W' => Some(ClassItem::Perl(perl(e))),
            _ => self.escaped_byte(e).map(ClassItem::Byte),
        }
    }
}

fn byte(b: u8) -> Item {
    Item::Char([b, 0, 0, 0], 1)
}

enum ClassItem {
    Byte(u8),
    Perl(ClassBytes),
}

/// `\s \S \d \D \w \W` as ASCII byte classes.
fn perl(letter: u8) -> ClassBytes {
    let ranges = match letter.to_ascii_lowercase() {
        b's' => SPACE,
        b'd' => DIGIT,
        _ => WORD,
    };
    let mut class = ClassBytes::new(ranges.iter().map(|&(s, e)| ClassBytesRange::new(s, e)));
    if letter.is_ascii_uppercase() {
        class.negate();
    }
    class
}

/// Joins a concatenation's items as the translator does: runs of literal
/// bytes become one literal, empty items are dropped.
fn join(items: Vec<Item>) -> Hir {
    let mut exprs = Vec::with_capacity(items.len());
    let mut run: Vec<u8> = Vec::new();
    for item in items {
        match item {
            Item::Char(c, len) => run.extend_from_slice(&c[..len]),
            Item::Expr(h) => {
                if !run.is_empty() {
                    exprs.push(Hir::literal(std::mem::take(&mut run)));
                }
                if !matches!(h.kind(), HirKind::Empty) {
                    exprs.push(h);
                }
            }
        }
    }
    if !run.is_empty() {
        exprs.push(Hir::literal(run));
    }
    Hir::concat(exprs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(pattern: &str) -> Hir {
        let config = regex_automata::util::syntax::Config::new()
            .unicode(false)
            .utf8(false);
        regex_automata::util::syntax::parse_with(pattern, &config).expect("valid pattern")
    }

    #[test]
    fn same_hir_as_regex_syntax() {
        let patterns = [
            r"\bignore (?:\S+ ){0,3}?instructions\b",
            r"(?:^|[.!?] )(?:hey|hi) (?:ai|assistant)\b",
            r"\b(?:a|ab|abc)\b",
            r"x*y+z?",
            r"(?P<who>user|assistant) ?: ?(.*)",
            r"(?<n>a)(b)(?:c)",
            r"[^\n]*[ \t>*_#\-\[\(<{|\x22]",
            r"[\s\S]{0,800}?",
            r"a{2}b{3,}c{1,4}d{0,2}?",
            r"\x22quoted\x22 \xe2\x80\x9c",
            r"(?:a|)(?:)|b",
            r"[a-z0-9_]+\.[a-z]{2,}",
            r"\d\D\w\W\s\S\B\A\z",
            r"[]a]|[^]a]|[a-]",
            "\u{00e9}?x\u{4f60}+\u{1F600}*",
            "literal \u{00e9}t\u{00e9} (?:caf\u{00e9}|th\u{00e9})",
        ];
        for p in patterns {
            assert_eq!(read(p), Some(reference(p)), "{p}");
        }
    }

    #[test]
    fn syntax_outside_the_subset_is_left_to_regex_syntax() {
        for p in [
            r"(?m)^a$",
            r"(?i)abc",
            r"[[:alpha:]]",
            r"[a&&b]",
            r"\x{41}",
            r"\b{start}",
            r"a**",
            r"*a",
            r"(a",
            r"a)",
            r"[a",
            r"[z-a]",
            r"\<",
            r"a{3,1}",
        ] {
            assert_eq!(read(p), None, "{p}");
        }
    }
}
