//! Reading the many versions of one pipeline file that blame walks through.
//! A version is mostly the text of the one after it, so it is read section
//! by section — each top-level key, and each job under `jobs:` — and the
//! value of a section whose text recurs is reused instead of read again
//! (on uv's history, 628 versions of large workflows were read whole).
//!
//! The value put together is the one the YAML reader gives for the whole
//! text; only text where that is certain is read this way, anything else
//! whole ([`Doc::parse_unlocated`]):
//! - every section starts at a line of its own, at column 0 (a job: at the
//!   jobs' indentation) with a letter, digit, `_` or a quote, and every
//!   other line is deeper, blank or a comment: such a line ends whatever
//!   block, plain or flow construct came before it, so a section cut off
//!   in the middle of one fails on its own and the text is read whole;
//! - no anchor can be defined (see [`may_define_anchor`]): an alias then
//!   fails both ways, and the reader's alias expansion limit, counted over
//!   the whole text, never applies;
//! - keys are distinct across sections (a duplicate is the whole text's
//!   error), and the value nests well below the reader's depth limit;
//! - no byte-order mark, carriage return or tab in the indentation.

use std::collections::HashMap;

use serde_yaml::{Mapping, Value};

use crate::rules::workflow_risk::yaml_doc::{Doc, Unreadable};

/// Section texts kept, in bytes: blame reads one file's versions, and a
/// cache this size holds hundreds of versions' distinct jobs.
#[cfg(not(test))]
const CACHE_BYTES: usize = 16 << 20;
/// Small in unit tests, so that they fill it.
#[cfg(test)]
const CACHE_BYTES: usize = 4 << 10;

/// Deepest value put together from sections; the reader refuses 128 levels.
const MAX_DEPTH: usize = 100;

/// A section read once: its key, its value, how deep it nests, and the
/// number it was read as.
struct Section {
    key: Value,
    value: Value,
    depth: usize,
    id: u64,
}

/// What the cache holds for one section text.
enum Slot {
    Read(Section),
    /// Its value is in the document [`Sections::parse`] gave last (its
    /// `value` is `Null` here) until [`Sections::give_back`] returns it.
    Lent(Section),
    /// The text does not read on its own.
    Unreadable,
    /// Lent and not given back: read again when it recurs.
    Gone,
}

/// The values of the sections read so far, by their text.
///
/// A job's value is not copied out of the cache into the document: it is
/// lent (moved) there, and [`Sections::give_back`] moves it back once the
/// version is judged (copying and dropping the jobs of every version cost
/// ~0.1 G instructions on uv's history). Other sections are copied.
#[derive(Default)]
pub(crate) struct Sections {
    /// Each text's slot in `slots`.
    read: HashMap<String, usize, foldhash::fast::RandomState>,
    slots: Vec<Slot>,
    /// The jobs lent to the last document, in its order: key and slot.
    lent: Vec<(Value, usize)>,
    /// Whether jobs are lent: only while [`Sections::parse`] assembles.
    lending: bool,
    bytes: usize,
    /// Sections read so far: each gets the next number, so two jobs with
    /// the same number have the same text (a text read again after the
    /// cache is cleared gets a new one).
    count: u64,
    /// The jobs of the last text [`Sections::parse`] put together: each
    /// job's key and its section's number, in the order of the text.
    jobs: Vec<(Value, u64)>,
}

impl Sections {
    /// The document `text` holds, without lines: what
    /// [`Doc::parse_unlocated`] gives.
    ///
    /// Hand the document to [`Sections::give_back`] when done with it; a
    /// job not given back is read again when it recurs.
    pub(crate) fn parse(&mut self, text: &str) -> Result<Doc, Unreadable> {
        self.forget_lent();
        self.jobs.clear();
        self.lending = true;
        let assembled = self.assemble(text);
        self.lending = false;
        match assembled {
            Some(value) => {
                let read = Doc::unlocated_merging(value);
                // A merge key changed what was lent (or the text is in
                // error): the lent values are not the sections' own.
                if !matches!(read, Ok((_, false))) {
                    self.forget_lent();
                }
                read.map(|(doc, _)| doc)
            }
            None => {
                // The values lent to the part put together are dropped.
                self.forget_lent();
                self.jobs.clear();
                Doc::parse_unlocated(text)
            }
        }
    }

    /// Takes back the jobs lent to `doc`, the document [`Sections::parse`]
    /// gave last.
    pub(crate) fn give_back(&mut self, doc: Doc) {
        let lent = std::mem::take(&mut self.lent);
        let Value::Mapping(mut root) = doc.value else {
            return self.forget(lent);
        };
        let Some(Value::Mapping(jobs)) = root.remove("jobs") else {
            return self.forget(lent);
        };
        if jobs.len() != lent.len() {
            return self.forget(lent);
        }
        for ((key, value), (lent_key, at)) in jobs.into_iter().zip(lent) {
            let Some(slot) = self.slots.get_mut(at) else {
                continue;
            };
            match std::mem::replace(slot, Slot::Gone) {
                Slot::Lent(mut s) if key == lent_key => {
                    s.value = value;
                    *slot = Slot::Read(s);
                }
                _ => {}
            }
        }
    }

    /// Marks the jobs still lent as gone.
    fn forget_lent(&mut self) {
        let lent = std::mem::take(&mut self.lent);
        self.forget(lent);
    }

    fn forget(&mut self, lent: Vec<(Value, usize)>) {
        for (_, at) in lent {
            if let Some(slot) = self.slots.get_mut(at) {
                if matches!(slot, Slot::Lent(_)) {
                    *slot = Slot::Gone;
                }
            }
        }
    }

    /// The jobs of the last text [`Sections::parse`] read by sections: the
    /// key and section number of each entry of its `jobs:` mapping, in
    /// order. Empty when it was read whole or has no `jobs:` section.
    pub(crate) fn jobs(&self) -> &[(Value, u64)] {
        &self.jobs
    }

    /// The value of `text` put together from its sections, or `None` when
    /// it must be read whole.
    fn assemble(&mut self, text: &str) -> Option<Value> {
        if text.starts_with('\u{feff}') || text.contains('\r') || may_define_anchor(text) {
            return None;
        }
        let mut root = Mapping::new();
        let mut depth = 1;
        for section in split(text, 0)? {
            let first = section.split('\n').next().unwrap_or_default();
            if first.trim_end_matches(' ') == "jobs:" {
                let body = &section[first.len()..];
                let (jobs, d) = self.read_jobs(body)?;
                insert(&mut root, Value::String("jobs".to_string()), jobs)?;
                depth = depth.max(d);
            } else {
                let s = self.section(section, 0, Level::Top)?;
                insert(&mut root, s.0, s.1)?;
                depth = depth.max(s.2);
            }
        }
        (depth <= MAX_DEPTH).then_some(Value::Mapping(root))
    }

    /// The jobs mapping of a `jobs:` line's body, and its depth counted
    /// from the document's root.
    fn read_jobs(&mut self, body: &str) -> Option<(Value, usize)> {
        // The jobs' indentation: the first line that is neither blank nor a
        // comment (those before it are nothing to the reader).
        let indent = body
            .split('\n')
            .find(|l| !blank(l) && !comment(l))
            .map(leading_spaces)
            .filter(|&n| n > 0)?;
        let start = body
            .split_inclusive('\n')
            .take_while(|l| blank(l) || comment(l))
            .map(str::len)
            .sum::<usize>();
        let mut jobs = Mapping::new();
        let mut depth = 2;
        for job in split(&body[start..], indent)? {
            let (k, v, d, id) = self.section(job, indent, Level::Job)?;
            self.jobs.push((k.clone(), id));
            insert(&mut jobs, k, v)?;
            depth = depth.max(d + 1);
        }
        (!jobs.is_empty()).then_some((Value::Mapping(jobs), depth))
    }

    /// The one entry of a section at `indent` (an item of a sequence:
    /// `Null` and the item), from the cache or read with its indentation
    /// taken off; a job is put together from its entries, and an entry of
    /// a job holding a sequence (`steps:`) from its items, when they can be
    /// read apart, as the document is from its sections.
    fn section(
        &mut self,
        text: &str,
        indent: usize,
        level: Level,
    ) -> Option<(Value, Value, usize, u64)> {
        let lend = self.lending && matches!(level, Level::Job);
        let known = self.read.get(text).copied();
        if let Some((at, slot)) = known.and_then(|at| Some((at, self.slots.get_mut(at)?))) {
            match slot {
                Slot::Read(s) if lend => {
                    let value = std::mem::replace(&mut s.value, Value::Null);
                    let out = (s.key.clone(), value, s.depth, s.id);
                    if let Slot::Read(s) = std::mem::replace(slot, Slot::Gone) {
                        *slot = Slot::Lent(s);
                    }
                    self.lent.push((out.0.clone(), at));
                    return Some(out);
                }
                Slot::Read(s) => return Some((s.key.clone(), s.value.clone(), s.depth, s.id)),
                // Lent: the same text is already in this document, whose
                // keys then repeat (its error); read whole.
                Slot::Unreadable | Slot::Lent(_) => return None,
                Slot::Gone => {}
            }
        }
        let parts = match level {
            Level::Job => self.job(text, indent),
            Level::Entry => self.sequence(text, indent),
            Level::Top | Level::Item => None,
        };
        let read = parts.or_else(|| {
            let text = dedent(text, indent);
            match level {
                Level::Item => read_item(&text),
                _ => read_section(&text),
            }
        });
        self.count += 1;
        if self.bytes + text.len() > CACHE_BYTES {
            // Jobs lent before stay in the document, and are dropped with it.
            self.read.clear();
            self.slots.clear();
            self.lent.clear();
            self.bytes = 0;
        }
        self.bytes += text.len();
        let at = self.slots.len();
        let (slot, out) = match read {
            None => (Slot::Unreadable, None),
            Some((key, value, depth)) => {
                let kept = Section {
                    key: key.clone(),
                    value: Value::Null,
                    depth,
                    id: self.count,
                };
                if lend {
                    self.lent.push((key.clone(), at));
                    (Slot::Lent(kept), Some((key, value, depth, self.count)))
                } else {
                    let kept = Section {
                        value: value.clone(),
                        ..kept
                    };
                    (Slot::Read(kept), Some((key, value, depth, self.count)))
                }
            }
        };
        self.slots.push(slot);
        self.read.insert(text.to_string(), at);
        out
    }
}

/// What a section is, for [`Sections::section`]: the parts below a job
/// are read apart only where the job, or its entry, is the only one that
/// changed (a step of a large job).
#[derive(Clone, Copy)]
enum Level {
    /// A top-level section other than `jobs:`, or a key line alone.
    Top,
    /// A job: a `key:` line over a block mapping.
    Job,
    /// An entry of a job: perhaps a `key:` line over a block sequence.
    Entry,
    /// An item of a block sequence (`- ...`).
    Item,
}

impl Sections {
    /// A `key:` line over the lines below it: its key (the line read
    /// alone), those lines with the blank and comment lines before the
    /// first taken off, and the first one's indentation. `None` unless the
    /// key is plain letters, digits, `_`, `-` or `.`, with nothing after
    /// its colon: anything else (a tag, a flow value, a comment) is read
    /// with the section.
    fn key_line<'t>(&mut self, text: &'t str, indent: usize) -> Option<(Value, &'t str, usize)> {
        let first = text.split_inclusive('\n').next()?;
        if leading_spaces(first) != indent {
            return None;
        }
        let name = first
            .trim_end_matches('\n')
            .trim_end_matches(' ')
            .get(indent..)?
            .strip_suffix(':')?;
        let plain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.');
        if name.is_empty() || !name.bytes().all(plain) {
            return None;
        }
        let body = &text[first.len()..];
        let start = body
            .split_inclusive('\n')
            .take_while(|l| blank(l) || comment(l))
            .map(str::len)
            .sum::<usize>();
        let body = &body[start..];
        let inner = body
            .split('\n')
            .next()
            .map(leading_spaces)
            .filter(|&n| n > indent)?;
        let (key, value, _, _) = self.section(first, indent, Level::Top)?;
        value.is_null().then_some((key, body, inner))
    }

    /// A job put together from its entries, with its depth.
    fn job(&mut self, text: &str, indent: usize) -> Option<(Value, Value, usize)> {
        let (key, body, inner) = self.key_line(text, indent)?;
        let mut entries = Mapping::new();
        let mut depth = 1;
        for entry in split(body, inner)? {
            let (k, v, d, _) = self.section(entry, inner, Level::Entry)?;
            insert(&mut entries, k, v)?;
            depth = depth.max(d);
        }
        let depth = 1 + depth_of(&key).max(depth);
        Some((key, Value::Mapping(entries), depth))
    }

    /// An entry holding a block sequence put together from its items, with
    /// its depth.
    fn sequence(&mut self, text: &str, indent: usize) -> Option<(Value, Value, usize)> {
        let (key, body, inner) = self.key_line(text, indent)?;
        let mut items = Vec::new();
        let mut depth = 1;
        for item in split_items(body, inner)? {
            let (_, v, d, _) = self.section(item, inner, Level::Item)?;
            items.push(v);
            depth = depth.max(d);
        }
        let depth = 1 + depth_of(&key).max(depth);
        Some((key, Value::Sequence(items), depth))
    }
}

/// A section's text read alone: a mapping of exactly one entry, and how
/// deep it nests.
fn read_section(text: &str) -> Option<(Value, Value, usize)> {
    let Value::Mapping(m) = serde_yaml::from_str::<Value>(text).ok()? else {
        return None;
    };
    if m.len() != 1 {
        return None;
    }
    let (key, value) = m.into_iter().next()?;
    let depth = 1 + depth_of(&key).max(depth_of(&value));
    Some((key, value, depth))
}

/// An item's text read alone: a sequence of exactly one item (`Null` for
/// a key), and how deep the sequence nests.
fn read_item(text: &str) -> Option<(Value, Value, usize)> {
    let Value::Sequence(mut items) = serde_yaml::from_str::<Value>(text).ok()? else {
        return None;
    };
    if items.len() != 1 {
        return None;
    }
    let item = items.pop()?;
    let depth = 1 + depth_of(&item);
    Some((Value::Null, item, depth))
}

/// Adds an entry; `None` on a key already there (the whole text's error).
fn insert(map: &mut Mapping, key: Value, value: Value) -> Option<()> {
    if map.contains_key(&key) {
        return None;
    }
    map.insert(key, value);
    Some(())
}

/// The sections of `text` whose entries sit at `indent`: each from a line
/// starting an entry to the next. `None` when a line other than a comment
/// is shallower than `indent`, has a tab in its indentation, or an entry line starts with
/// something other than a letter, digit, `_` or quote (a sequence, a flow
/// collection, a directive or document marker, a complex key: read whole).
fn split(text: &str, indent: usize) -> Option<Vec<&str>> {
    split_at_indent(text, indent, |rest| {
        rest.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '"' | '\''))
    })
}

/// The items of a block sequence whose `-` sit at `indent`: each from a
/// line starting `- ` (or a lone `-`) at `indent` to the next. `None` when
/// a line other than a comment is shallower, has a tab in its indentation, or another line at
/// `indent` is not a comment, or there is content before the first item:
/// such a line ends whatever construct came before it, as for [`split`].
fn split_items(text: &str, indent: usize) -> Option<Vec<&str>> {
    split_at_indent(text, indent, |rest| rest == "-" || rest.starts_with("- "))
}

/// The pieces of `text` that start at a line at `indent` which `opens`
/// (given the line from its first non-space character, without its line
/// break); `None` where [`split`] and [`split_items`] say.
fn split_at_indent(text: &str, indent: usize, opens: fn(&str) -> bool) -> Option<Vec<&str>> {
    // Byte by byte, with the line breaks found by `memchr_iter` over the
    // whole text: every line of every version blame reads comes here, and
    // finding each line's end with `split_inclusive` cost a search per line.
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    let mut ends = memchr::memchr_iter(b'\n', bytes);
    while at < bytes.len() {
        // The line without its break (the last may have none).
        let end = ends.next().unwrap_or(bytes.len());
        let line = &bytes[at..end];
        let spaces = line.iter().take_while(|&&b| b == b' ').count();
        match line.get(spaces) {
            Some(b'\t') => return None,
            // Blank: nothing to the reader.
            None => {}
            // A comment is nothing to the reader at any indentation (one
            // shallower than a block scalar ends it, as it does in the
            // section read alone, where it sits at column 0).
            Some(b'#') => {}
            Some(_) => {
                if spaces < indent {
                    return None;
                }
                if spaces == indent {
                    if !opens(&text[at + spaces..end]) {
                        return None;
                    }
                    if let Some(s) = start {
                        pieces.push(&text[s..at]);
                    }
                    start = Some(at);
                } else if start.is_none() {
                    // Content before the first piece.
                    return None;
                }
            }
        }
        at = end + 1;
    }
    if let Some(s) = start {
        pieces.push(&text[s..]);
    }
    (!pieces.is_empty()).then_some(pieces)
}

/// What `text.split('\n')` gives, with the breaks found by `memchr_iter`
/// over the whole text rather than by a search per line.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .map(Some)
        .chain(std::iter::once(None))
        .map(move |end| {
            let end = end.unwrap_or(text.len());
            let line = &text[at..end];
            at = end + 1;
            line
        })
}

/// `text` with `indent` leading spaces taken off every line (a blank line
/// loses the spaces it has, up to that many).
fn dedent(text: &str, indent: usize) -> String {
    if indent == 0 {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        out.push_str(&line[leading_spaces(line).min(indent)..]);
    }
    out
}

/// Counted byte by byte: asked of every line of every version blame reads
/// (`trim_start_matches` decodes each space as a character).
fn leading_spaces(line: &str) -> usize {
    line.bytes().take_while(|&b| b == b' ').count()
}

fn blank(line: &str) -> bool {
    line.trim_end_matches('\n').bytes().all(|b| b == b' ')
}

fn comment(line: &str) -> bool {
    line.as_bytes().get(leading_spaces(line)) == Some(&b'#')
}

/// How many mappings, sequences and tags nest in `v`, `v` included.
fn depth_of(v: &Value) -> usize {
    match v {
        Value::Mapping(m) => {
            1 + m
                .iter()
                .map(|(k, v)| depth_of(k).max(depth_of(v)))
                .max()
                .unwrap_or(0)
        }
        Value::Sequence(items) => 1 + items.iter().map(depth_of).max().unwrap_or(0),
        Value::Tagged(t) => 1 + depth_of(&t.value),
        _ => 0,
    }
}

/// Whether `text` may define an anchor: an `&` where a node can start.
/// Lines inside a block scalar (`run: |`) are text, not nodes (PowerShell's
/// `& cmd` is common there); so is a plain scalar's rest (`make && test`,
/// `2>&1`, `${{ a && b }}`). Anything not clearly one of those is looked at
/// `&` by `&` ([`may_start_anchor`]): taking text for an anchor only means
/// reading whole.
fn may_define_anchor(text: &str) -> bool {
    if !text.contains('&') {
        return false;
    }
    // The block scalar being skipped: the column its key (or item) starts
    // at, and the indentation of its first line of content.
    let mut block: Option<(usize, Option<usize>)> = None;
    for line in lines(text) {
        let spaces = leading_spaces(line);
        if let Some((key, content)) = block {
            if blank(line) {
                continue;
            }
            if spaces > key {
                match content {
                    None => block = Some((key, Some(spaces))),
                    // A line between the key and the content's indentation:
                    // not the simple shape this reads.
                    Some(c) if spaces < c => return true,
                    Some(_) => {}
                }
                continue;
            }
            block = None;
        }
        // Only a line with `&` can define an anchor, and only one with `|`
        // or `>` can open a block scalar: most lines hold neither.
        if !line.bytes().any(|b| matches!(b, b'&' | b'|' | b'>')) {
            continue;
        }
        let (node, rest) = node_of(line);
        match line_anchor(rest) {
            Line::Anchor => return true,
            Line::Block => block = Some((node, None)),
            Line::None => {}
        }
    }
    false
}

/// What one line holds, for [`may_define_anchor`].
enum Line {
    Anchor,
    /// Its value is a block scalar: the lines below are its text.
    Block,
    None,
}

/// The column a line's node starts at, past its indentation and sequence
/// markers (`- - a: 1` starts at 4), and the text from there.
fn node_of(line: &str) -> (usize, &str) {
    let mut rest = line.trim_start_matches(' ');
    while let Some(after) = rest.strip_prefix("- ") {
        rest = after.trim_start_matches(' ');
    }
    (line.len() - rest.len(), rest)
}

fn line_anchor(rest: &str) -> Line {
    let plain_start = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '/' | '.' | '('))
    };
    if rest.starts_with('&') {
        return Line::Anchor;
    }
    if !plain_start(rest) {
        // A quoted key, a flow collection, a tag, a block header...
        return judge_value(rest);
    }
    // A plain scalar: a key up to `: `, or text to the end of the line.
    let comment = rest.find(" #").unwrap_or(rest.len());
    let colon = rest
        .find(": ")
        .or_else(|| rest.ends_with(':').then(|| rest.len() - 1));
    match colon {
        Some(c) if c < comment => judge_value(rest[c + 1..].trim_start_matches(' ')),
        _ => Line::None,
    }
}

/// A value's text after its key: a plain scalar holds no anchor, a block
/// header starts a block scalar, anything else is looked at `&` by `&`.
fn judge_value(value: &str) -> Line {
    match value.chars().next() {
        None | Some('#') => Line::None,
        Some('&' | '!') => Line::Anchor,
        Some('|' | '>') => Line::Block,
        Some(c) if c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '/' | '.' | '(') => {
            Line::None
        }
        Some(_) if may_start_anchor(value) => Line::Anchor,
        Some(_) => Line::None,
    }
}

/// Whether some `&` of `line` may start an anchor: one after the start,
/// after an indicator that opens a node (`:`, `-`, `?`, `[`, `{`, `,`) or
/// after a tag.
fn may_start_anchor(line: &str) -> bool {
    line.match_indices('&').any(|(i, _)| {
        let before = line[..i].trim_end_matches([' ', '\t']);
        match before.chars().last() {
            None => true,
            Some(':' | '-' | '?' | '[' | '{' | ',') => true,
            Some(_) => before
                .rsplit([' ', '\t'])
                .next()
                .is_some_and(|word| word.starts_with('!')),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKFLOW: &str = "name: ci\n# a comment\non:\n  push:\n    branches: [main]\npermissions: {}\n\njobs:\n  # the jobs\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          make && make test 2>&1\n\n          echo done\n      - uses: a/b@v1\n  'test':\n    needs: build\n    if: ${{ always() }}\n    steps: [{run: x}]\nenv:\n  A: \"1\"\n";

    /// Reads `text` with `sections` and whole, and says whether the
    /// sections were used.
    fn both(sections: &mut Sections, text: &str) -> bool {
        let whole = Doc::parse_unlocated(text).map(|d| d.value);
        let parts = sections.parse(text);
        assert_eq!(parts.as_ref().map(|d| &d.value), whole.as_ref(), "{text}");
        if let Ok(doc) = parts {
            sections.give_back(doc);
        }
        sections.assemble(text).is_some()
    }

    #[test]
    fn sections_give_the_whole_texts_value() {
        let mut sections = Sections::default();
        assert!(both(&mut sections, WORKFLOW));
        // A later version: one job changed, the rest read from the cache.
        let next = WORKFLOW.replace("needs: build", "needs: [build]");
        assert!(both(&mut sections, &next));
        assert!(both(&mut sections, WORKFLOW));
    }

    #[test]
    fn jobs_and_their_steps_read_apart_give_the_whole_texts_value() {
        let mut sections = Sections::default();
        let job = |steps: &str| {
            format!("on: push\njobs:\n  build:\n    runs-on: x # c\n    env: {{A: 1}}\n    steps:\n{steps}    if: true\n  test:\n    steps: [a]\n")
        };
        for steps in [
            "      - run: a\n      - uses: b@v1\n        with:\n          x: 1\n",
            // Block scalars (kept trailing lines), comments between items
            // and at the items' indentation, a lone `-`, nested sequences.
            "      - run: |+\n          echo\n\n      # between\n\n      - run: >-\n          a\n          b\n      -\n        name: later\n      - - 1\n        - 2\n      - plain\n        continued\n",
            // A tag, a quoted scalar across lines, a flow mapping, an
            // empty item, a merge key with no anchor.
            "      - !!map {run: a}\n      - 'a\n        b'\n      - {name: x,\n         run: y}\n      - \n      - <<: {a: 1}\n        b: 2\n",
            // Steps at the key's own indentation: read whole.
            "    - run: a\n    - run: b\n",
            // Not a sequence, or not one that can be cut: read whole.
            "        a: 1\n",
            "      - run: a\n      bad: 1\n",
            "      - [a,\n      - b]\n",
            "      - 'a\n      - b'\n",
            "      -\ta\n",
            "      --- \n",
        ] {
            let text = job(steps);
            both(&mut sections, &text);
            if steps.starts_with("      - run: a\n      - uses") {
                // Each step was read on its own.
                assert!(sections.read.contains_key("      - run: a\n"));
                assert!(sections.read.contains_key("    runs-on: x # c\n"));
            }
            // The same job again, with another step after it.
            both(&mut sections, &text.replace("    if: true", "      - run: z\n    if: true"));
        }
        // Comments shallower than the entries, at the end of a job, inside
        // a block scalar, a quoted scalar or a flow collection.
        for text in [
            "jobs:\n  a:\n    steps:\n      - run: |\n          x\n  # next\n# top\n      - run: y\n  # the b job\n  b:\n    runs-on: x\n",
            "jobs:\n  a:\n    steps:\n      - run: |\n          x\n  # c\n          y\n",
            "jobs:\n  a:\n    steps:\n      - run: \"x\n  # c\n          y\"\n      - run: 'x\n# c\n          y'\n",
            "jobs:\n  a:\n    with: [a,\n  # c\n      b]\n    steps:\n      - {a: 1,\n # c\n         b: 2}\n",
            "jobs:\n  a:\n    steps:\n      - run: >\n          x\n # c\n\n          y\n",
        ] {
            both(&mut sections, text);
        }
        assert!(sections
            .assemble("jobs:\n  a:\n    x: 1\n# c\n  b: 2\n")
            .is_some());
        // A key with a comment, a tag or a flow value after its colon, a
        // quoted key, a duplicate entry: read with the section.
        for text in [
            "jobs:\n  a: # c\n    steps:\n      - run: a\n",
            "jobs:\n  a:\n    steps: !!seq\n      - run: a\n",
            "jobs:\n  a:\n    'steps':\n      - run: a\n",
            "jobs:\n  a:\n    steps:\n      - run: a\n    steps:\n      - run: b\n",
            "jobs:\n  a:\n    true:\n      - run: a\n    null:\n      - 1\n",
        ] {
            both(&mut sections, text);
        }
    }

    #[test]
    fn texts_sections_cannot_read_exactly_are_read_whole() {
        let mut sections = Sections::default();
        for text in [
            // Anchors and aliases, a tag before an anchor.
            "x: &a {k: 1}\njobs:\n  one:\n    <<: *a\n",
            "jobs:\n  one: !t &a 1\n  two: *a\n",
            "jobs:\n  one:\n    - &a 1\n  two: *a\n",
            // Duplicate keys: the whole text's error.
            "a: 1\na: 2\n",
            "jobs:\n  a: 1\n  a: 2\n",
            // A flow collection or quoted scalar across a section start.
            "a: [1,\nb]\n",
            "a: \"x\nb: y\"\n",
            "jobs:\n  a: [1,\n  b]\n",
            // Document markers, directives, a top-level sequence.
            "---\na: 1\n",
            "a: 1\n---\nb: 2\n",
            "- a\n- b\n",
            "jobs:\n  - a\n",
            // Shallower lines inside the jobs, tabs, CRLF, an empty mapping.
            "jobs:\n    a: 1\n  b: 2\n",
            "jobs:\n  a:\n\t b: 1\n",
            "a: 1\r\nb: 2\r\n",
            "",
            "# only a comment\n",
            "jobs:\n",
        ] {
            assert!(sections.assemble(text).is_none(), "{text:?}");
            let whole = Doc::parse_unlocated(text).map(|d| d.value);
            assert_eq!(sections.parse(text).map(|d| d.value), whole, "{text:?}");
        }
    }

    #[test]
    fn only_an_ampersand_where_a_node_starts_may_be_an_anchor() {
        assert!(!may_define_anchor("run: make && make test 2>&1 &\n"));
        assert!(!may_define_anchor("url: https://x?a=1&b=2\n"));
        assert!(!may_define_anchor(
            "if: ${{ !a && b }}\n- x: ${{ !a && b }}\n"
        ));
        assert!(!may_define_anchor(
            "  - run: |\n      & ./uv.exe --version\n\n      & x\n    shell: pwsh\n"
        ));
        for text in [
            "a: &x 1",
            "&x a: 1",
            "- &x 1",
            "  - - &x 1",
            "a: [1, &x 2]",
            "a: {&x b: 1}",
            "a: !!str &x b",
            "? &x a\n: 1",
            "a:\n  &x b",
            "- run: |\n    & x\n  y: &a 1",
            "- run: |\n      a\n    &b c: 1",
            "\"k\": &x 1",
            "a: ! &x 1",
        ] {
            assert!(may_define_anchor(text), "{text}");
        }
    }

    #[test]
    fn deep_values_are_read_whole() {
        let deep = format!("jobs:\n  a: {}1{}\n", "[".repeat(60), "]".repeat(60));
        let deeper = format!(
            "jobs:\n  a:\n{}",
            (0..105)
                .map(|i| format!("{}- \n", " ".repeat(4 + 2 * i)))
                .collect::<String>()
        );
        let mut sections = Sections::default();
        assert!(sections.assemble(&deep).is_some());
        assert!(sections.assemble(&deeper).is_none());
        let whole = Doc::parse_unlocated(&deeper).map(|d| d.value);
        assert_eq!(sections.parse(&deeper).map(|d| d.value), whole);
    }

    /// The line-by-line splitter `split_at_indent` replaced, kept to check
    /// that the byte-by-byte one cuts every text the same way.
    fn split_by_lines(text: &str, indent: usize, opens: fn(&str) -> bool) -> Option<Vec<&str>> {
        let mut pieces = Vec::new();
        let mut start: Option<usize> = None;
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let spaces = leading_spaces(line);
            if line[spaces..].starts_with('\t') {
                return None;
            }
            if !blank(line) {
                if spaces < indent && !comment(line) {
                    return None;
                }
                let rest = line[spaces..].trim_end_matches('\n');
                if spaces == indent && !rest.starts_with('#') {
                    if !opens(rest) {
                        return None;
                    }
                    if let Some(s) = start {
                        pieces.push(&text[s..at]);
                    }
                    start = Some(at);
                } else if start.is_none() && !comment(line) {
                    return None;
                }
            }
            at += line.len();
        }
        if let Some(s) = start {
            pieces.push(&text[s..]);
        }
        (!pieces.is_empty()).then_some(pieces)
    }

    #[test]
    fn splitting_byte_by_byte_cuts_as_line_by_line() {
        let shapes = [
            "a:",
            "  b: 1",
            "  - x",
            "  -",
            "  -y",
            "    - z",
            "# c",
            "  # c",
            " # c",
            "",
            "  ",
            "\t",
            "  \tb: 1",
            "   ",
            "  'q': 1",
            "  \"q\": 1",
            "  [a]",
            "é: 1",
            "  é: 1",
            "  _: 1",
        ];
        let opens_entry: fn(&str) -> bool = |rest| {
            rest.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '"' | '\''))
        };
        let opens_item: fn(&str) -> bool = |rest| rest == "-" || rest.starts_with("- ");
        // Every text of up to three of these lines, with and without a
        // final line break, cut at indentations 0 to 4.
        let mut texts = vec![String::new()];
        for a in shapes {
            for b in shapes {
                for c in ["", shapes[1], shapes[6], shapes[9], shapes[2]] {
                    texts.push(format!("{a}\n{b}\n{c}"));
                    texts.push(format!("{a}\n{b}\n{c}\n"));
                }
            }
        }
        for text in &texts {
            for indent in 0..5 {
                for opens in [opens_entry, opens_item] {
                    assert_eq!(
                        split_at_indent(text, indent, opens),
                        split_by_lines(text, indent, opens),
                        "{text:?} at {indent}"
                    );
                }
            }
        }
        for text in &texts {
            assert!(lines(text).eq(text.split('\n')), "{text:?}");
        }
        let workflow = WORKFLOW;
        assert_eq!(split(workflow, 0), split_by_lines(workflow, 0, opens_entry));
    }

    /// Jobs lent to a document and given back (or not) read as before:
    /// versions of changing jobs, in changing orders, with a merge key, a
    /// duplicate job and documents never given back, each give the whole
    /// text's value; a job given back keeps its number and is not read
    /// again.
    #[test]
    fn lent_jobs_read_as_copied_ones() {
        let jobs = [
            "  a:\n    runs-on: x\n    steps:\n      - run: a\n      - uses: b@v1\n",
            "  b:\n    steps:\n      - <<: {run: m}\n        name: merged\n",
            "  c:\n    needs: [a]\n    steps: [x]\n",
            "  'd':\n    env: {A: 1}\n",
            "  e:\n    runs-on: x\n    steps:\n      - run: a\n",
        ];
        let mut sections = Sections::default();
        for round in 0..96usize {
            let mut text = String::from("on: push\njobs:\n");
            for i in 0..jobs.len() {
                let job = jobs[(i + round / 32) % jobs.len()];
                if (round >> (i % 5)) & 1 == 1 || i == 0 {
                    text.push_str(job);
                }
            }
            if round % 7 == 0 {
                // A job twice: the whole text's error.
                text.push_str(jobs[4]);
                text.push_str(jobs[4]);
            }
            let whole = Doc::parse_unlocated(&text).map(|d| d.value);
            let parts = sections.parse(&text);
            assert_eq!(parts.as_ref().map(|d| &d.value), whole.as_ref(), "{text}");
            if let (Ok(doc), true) = (parts, round % 3 != 0) {
                sections.give_back(doc);
            }
        }
        let text = format!("on: push\njobs:\n{}{}", jobs[0], jobs[3]);
        let doc = sections.parse(&text).expect("readable");
        let first = sections.jobs().to_vec();
        sections.give_back(doc);
        let count = sections.count;
        let doc = sections.parse(&text).expect("readable");
        assert_eq!(sections.jobs(), first);
        assert_eq!(sections.count, count, "nothing read again");
        assert_eq!(
            Some(doc.value),
            Doc::parse_unlocated(&text).ok().map(|d| d.value)
        );
        // Not given back: read again, under new numbers.
        let doc = sections.parse(&text).expect("readable");
        assert_ne!(sections.jobs(), first);
        assert_eq!(
            Some(doc.value),
            Doc::parse_unlocated(&text).ok().map(|d| d.value)
        );
    }

    #[test]
    fn the_cache_stays_bounded() {
        let mut sections = Sections::default();
        for i in 0..50 {
            let text = format!("a{i}: {}\n", "x".repeat(1 << 10));
            assert!(sections.assemble(&text).is_some());
        }
        assert!(sections.bytes <= CACHE_BYTES, "{}", sections.bytes);
    }
}
