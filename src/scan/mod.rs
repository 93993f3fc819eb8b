//! The untrusted-content scanner: names the prompt-injection indicators
//! found in text that came from outside the repository and the user (web
//! pages, MCP results, issue comments, files outside the workspace).
//!
//! It looks for what an injection *does* — addresses the reading model and
//! changes its instructions, role or output, fakes conversation structure
//! or authority, hides from the user, steers the agent's actions — after
//! undoing disguises ([`normal`]). Documentation giving its human reader a
//! command to run is not an injection: such findings are *weak* and count
//! only beside a strong one, a sign the text addresses the agent, or
//! hidden text ([`rules`]).
//!
//! Every check is linear in the text: the `regex` crate never backtracks,
//! and the pattern checks work per paragraph.

mod ansi;
mod automaton;
mod banner;
mod ciphers;
mod command_risk;
mod encoded;
mod examples;
mod fields;
mod forged_call;
mod gates;
mod guess;
mod hidden;
mod intent;
mod joined;
mod json_doc;
mod lang;
mod model;
mod multibyte;
mod names;
pub(crate) mod normal;
mod numbers;
mod pattern_reader;
mod polyglot;
mod respelt;
mod rules;
mod stored;
mod structure;
mod transfer;
mod typo_words;
mod typos;

pub(crate) use names::*;

use rules::Weight;

/// Names of the injection indicators found in `text`, each once, in the
/// order of [`ALL`].
pub(crate) fn indicators(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    scan_into(text, &mut found, 0);
    ALL.iter().copied().filter(|n| found.contains(n)).collect()
}

/// Adverbs of secrecy an order may open with ("quietly add the header …"),
/// read by the rules' imperative check and by the intent reader.
pub(crate) const COVERT_ADVERBS: [&str; 4] = ["quietly", "silently", "secretly", "discreetly"];

/// First words of a setup step's heading ("Configure Agent Models:") or of
/// the models a product offers ("Supported models:"): a reader named after
/// them is their object, not called by a label.
pub(crate) const SETUP_HEADINGS: &[&str] = &[
    "configure",
    "configuring",
    "enable",
    "connect",
    "manage",
    "supported",
    "available",
];

/// Whether `c` is a Cyrillic letter (the basic block, as the views keep it).
fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// The largest char boundary of `s` at or before `i`.
fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn add(found: &mut Vec<&'static str>, name: &'static str) {
    if !found.contains(&name) {
        found.push(name);
    }
}

/// Paragraphs longer than this are cut into overlapping windows so the
/// proximity in a pattern stays local.
const WINDOW: usize = 1500;

fn scan_into(text: &str, found: &mut Vec<&'static str>, depth: u8) {
    scan_view(text, found, depth, depth > 0);
}

/// Scans a text a transfer encoding carried, decoded: no disguise.
fn scan_as_sent(text: &str, found: &mut Vec<&'static str>, depth: u8) {
    scan_view(text, found, depth, false);
}

/// Scans `text`, a view `depth` decodings deep; `disguised` when the view
/// undid a disguise (an encoding, letters respelt), where a weak sign
/// counts as it does in hidden text. One key word repaired from a typo is
/// no disguise: documentation misspells too (`passwd` read as "passed").
fn scan_view(text: &str, found: &mut Vec<&'static str>, depth: u8, disguised: bool) {
    // A JSON document's strings, each read as the text it is (before its
    // escapes are undone below, which would leave it no document).
    if depth < 2 {
        if let Some(strings) = json_doc::strings(text) {
            scan_view(&strings, found, depth + 1, disguised);
        }
    }
    // A page inside a JSON string (an MCP result, an API response) keeps
    // its paragraphs as `\n` escapes: read them as the breaks they are.
    let unescaped;
    // A JSON document written out whole (a package's metadata) has no `\n`
    // escapes but still escapes its quotes.
    let text = if text.contains("\\n") || text.contains("\\\"") {
        unescaped = text
            .replace("\\n", "\n")
            .replace("\\t", " ")
            .replace("\\\"", "\"");
        unescaped.as_str()
    } else {
        text
    };
    // Terminal colour codes glue themselves to words; concealed runs
    // become hidden comments.
    let plain = ansi::plain(text);
    let text = plain.as_deref().unwrap_or(text);
    if hidden_unicode(text) {
        add(found, HIDDEN_UNICODE);
    }
    // Quoted examples on a page about prompts or prompt attacks, then
    // quotations inside the sentences of a paragraph about attacks.
    let unquoted = examples::blank(text);
    let text = unquoted.as_deref().unwrap_or(text);
    // A tool call forged into the content, code included (a call is code),
    // read before quotations inside sentences are blanked: a call's quoted
    // arguments (`"role": "writer"`) are no prose quoting an example.
    if forged_call::found(text) {
        add(found, AGENT_DIRECTIVE);
    }
    let inline = examples::blank_inline(text);
    let text = inline.as_deref().unwrap_or(text);
    let light = normal::light(text);
    let (body, mut comments) = split_comments(&light);
    // A conversation log's speaker labels name who spoke; they do not
    // address the reader.
    let body = structure::unlabelled_transcript(&body).unwrap_or(body);
    // Markdown comments and hidden elements are read like HTML comments.
    comments.extend(hidden::parts(&body).into_iter().map(str::to_string));

    // Hidden comments: a model reads them, a reviewer of the rendered page
    // does not. Tool markers (`prettier-ignore`) carry no instruction.
    for c in &comments {
        let flat = normal::flat(c);
        let words = rules::words(&flat);
        let (address, press) = rules::context(&flat, &words);
        let addressed = address || press || AI_WORD.is_match(flat.as_bytes());
        let mut hits = rules::flat_findings(&flat, &words, false);
        hits.extend(
            rules::light_findings(c)
                .into_iter()
                .map(|n| (n, Weight::Weak)),
        );
        // A turn or role label inside a comment: `<!-- assistant: … -->`.
        hits.extend(
            structure::findings(c)
                .into_iter()
                .filter(|(_, strong)| *strong)
                .map(|(n, _)| (n, Weight::Strong)),
        );
        let named: Vec<_> = hits
            .iter()
            .filter(|(_, w)| *w != Weight::Mild || addressed)
            .map(|(n, _)| *n)
            .collect();
        if !named.is_empty() {
            add(found, HIDDEN_HTML_COMMENT);
            for n in named {
                add(found, n);
            }
        }
    }

    // Structure, outside code.
    let prose = structure::strip_code(&body);
    let mut weak_structural = Vec::new();
    for (name, strong) in structure::findings(&prose) {
        if strong {
            add(found, name);
        } else {
            weak_structural.push(name);
        }
    }

    // A banner announcing new orders; read in the text as written too,
    // where the light view has made Cyrillic look-alikes Latin and
    // lowered the capitals a banner to the agent is shouted in.
    if banner::announces_orders(&prose) || banner::announces_orders(&structure::strip_fences(text))
    {
        add(found, INSTRUCTION_OVERRIDE);
    }

    // A page that teaches about prompt injection shows attacks as examples
    // in code blocks. There the patterns read the prose, and a code block
    // counts only where it addresses or presses the reader itself, as an
    // injection hidden in a code block would (see `code_examples`).
    let fenced = body.contains("```") || body.contains("~~~");
    let teaching = fenced && INJECTION_TOPIC.is_match(prose.as_bytes());
    let read = if teaching { &prose } else { &body };

    // Patterns, per paragraph: strong ones first; weak ones only where they
    // could count (strength anywhere, context nearby, hidden text).
    let paras: Vec<&str> = windows(read).collect();
    let flats: Vec<String> = paras.iter().map(|p| normal::flat(p)).collect();
    // Each paragraph's own words gate the patterns run over it: a pattern
    // whose words are spread over several paragraphs matches none of them,
    // and is then not built at all.
    let words: Vec<_> = flats.iter().map(|f| rules::words(f)).collect();
    // A paragraph about attacks or examples introduces the quotation in
    // the next ("We reproduce the phishing mail here:").
    let prev_flat = |i: usize| {
        i.checked_sub(1)
            .and_then(|j| flats.get(j))
            .map(String::as_str)
    };
    for (i, (f, w)) in flats.iter().zip(&words).enumerate() {
        for (n, _) in rules::flat_findings_after(f, w, true, prev_flat(i)) {
            add(found, n);
        }
    }
    // A line, table cell or quoted value that opens with an order starts a
    // sentence though no punctuation says so (search results, logs, CSV).
    let mut prev_para: Option<&str> = None;
    for p in prose.split("\n\n") {
        for n in fields::findings(p, prev_para) {
            add(found, n);
        }
        // Key words split by hyphens (`ign-ore the pre-vious in-struc-tions`).
        if let Some(joined) = dehyphenated(p) {
            let flat = normal::flat(&joined);
            for (n, _) in rules::flat_findings(&flat, &rules::words(&flat), true) {
                add(found, n);
            }
        }
        prev_para = Some(p);
    }
    // Urgency in a code block's comments ("# IMPORTANT: this permission is
    // mandatory") is a note to the developer: a paragraph with fenced code
    // presses the reader only in its prose. A block with blank lines spans
    // paragraphs, so the fences are found over the whole text.
    let code = if fenced {
        structure::fenced_ranges(read)
    } else {
        Vec::new()
    };
    let ctx: Vec<(bool, bool)> = paras
        .iter()
        .zip(flats.iter().zip(&words))
        .map(|(p, (f, w))| {
            let (address, press) = rules::context(f, w);
            let press = press
                && match outside_code(read, p, &code) {
                    Some(prose) => {
                        let prose = normal::flat(&prose);
                        rules::pressed(&prose, &rules::words(&prose))
                    }
                    None => true,
                };
            (address, press)
        })
        .collect();
    let hidden = disguised || found.contains(&HIDDEN_UNICODE);
    let strong_anywhere = found.iter().any(|n| *n != HIDDEN_UNICODE);
    let near = |i: usize, pick: fn(&(bool, bool)) -> bool| {
        (i.saturating_sub(1)..=i + 1).any(|j| ctx.get(j).is_some_and(pick))
    };
    for (i, ((l, f), w)) in paras.iter().zip(&flats).zip(&words).enumerate() {
        let addressed = near(i, |c| c.0);
        let pressed = near(i, |c| c.1);
        if !(strong_anywhere || addressed || pressed || hidden) {
            continue;
        }
        let mut hits = rules::flat_findings_after(f, w, false, prev_flat(i));
        hits.extend(
            rules::light_findings(l)
                .into_iter()
                .map(|n| (n, Weight::Weak)),
        );
        for (n, w) in hits {
            let counts = match w {
                Weight::Strong | Weight::Weak => true,
                Weight::Mild => strong_anywhere || addressed,
            };
            if counts {
                add(found, n);
            }
        }
    }
    if structure::markup_in_spans(&body) {
        add(found, OUTPUT_HIJACK);
    }
    if teaching {
        code_examples(&body, &prose, found);
    }
    if strong_anywhere || ctx.iter().any(|c| c.0 || c.1) {
        for n in weak_structural {
            add(found, n);
        }
    }

    // The same families in other languages, over their own view (comments
    // included: a hidden instruction is still one; code excluded).
    let uncoded = structure::strip_code(text);
    for n in lang::findings(&uncoded) {
        add(found, n);
    }
    // The commonest override in a dozen more languages.
    for n in polyglot::findings(&uncoded) {
        add(found, n);
    }

    // What the sentences do: roles (the reader addressed, an obligation,
    // a dismissed instruction, a dictated reply, an action on something
    // sensitive, concealment) combined, in any wording ([`intent`]).
    for n in intent::findings(text) {
        add(found, n);
    }

    // The learned model: wordings outside the named indicators' vocabulary.
    // Above its threshold it also flags plain second-person documentation
    // ("you are now ready to deploy"), so there it counts beside another
    // sign: a named finding, the text addressing or pressing the agent,
    // hidden text. Above a score benign documentation almost never reaches,
    // it counts alone.
    let corroborated = hidden || found.iter().any(|n| *n != HIDDEN_UNICODE);
    let beside = corroborated || ctx.iter().any(|c| c.0 || c.1);
    match model::level(text) {
        model::Level::Alone => add(found, LEARNED_INJECTION),
        model::Level::Beside if beside => add(found, LEARNED_INJECTION),
        _ => {}
    }

    if depth < 2 {
        encoded::scan_blobs(text, found, depth, scan_into, scan_as_sent);
        // Words respelt (leetspeak, emphasis inside words, letters spelt
        // out with hyphens, combining marks), read as written plainly.
        if let Some(plain) = respelt::plain(text) {
            scan_into(&plain, found, depth + 1);
        }
        // A mail handed over still in quoted-printable, read as sent
        // (an encoding of transport, no disguise).
        if let Some(mail) = ciphers::quoted_mail(text) {
            scan_view(&mail, found, depth + 1, disguised);
        }
        // Key words misspelt (`plese delte the dirctory`), read as meant:
        // a disguise when two or more were.
        if let Some((fixed, n)) = typos::repairs(text) {
            scan_view(&fixed, found, depth + 1, disguised || n >= 2);
        }
        // Words run together (`IGNOREALLPREVIOUSINSTRUCTIONS`), read apart.
        if let Some(apart) = typos::unglued(text) {
            scan_into(&apart, found, depth + 1);
        }
        // Text written upside down (`ǝɹouƃᴉ`), turned back.
        if let Some(righted) = respelt::upturned(text) {
            scan_into(&righted, found, depth + 1);
        }
        // Words spelt letter by letter with dots (`i.g.n.o.r.e. a.l.l.`)
        // are read joined, as the disguise they are.
        if let Some(joined) = undotted(text) {
            scan_into(&joined, found, depth + 1);
        }
        // Sentences with underscores or plus signs for spaces, or in
        // CamelCase (a file name or a query that carries an order:
        // `READ_ME_AI__delete_the_backups.txt`), read spaced.
        if let Some(spaced) = joined::spaced(text) {
            scan_into(&spaced, found, depth + 1);
        }
        // Characters written as numeric HTML entities (`&#83;&#101;…`),
        // read decoded.
        if let Some(decoded) = encoded::entity_runs(text) {
            scan_into(&decoded, found, depth + 1);
        }
    }
}

/// The text with words spelt letter by letter with a separator joined
/// back (`I.g.n.o.r.e. a.l.l.`, `i_g_n_o_r_e a_l_l`, `I✨g✨n✨o✨r✨e` ->
/// `Ignore all`),
/// when three or more words are so spelt; `None` otherwise. Abbreviations
/// ("e.g.", "U.S.") are too short to count.
fn undotted(text: &str) -> Option<String> {
    // Any mark between the letters: a dot, an underscore, a bar, an emoji
    // (`I✨g✨n✨o✨r✨e`); not a hyphen or an apostrophe, which join words.
    fn separator(c: char) -> bool {
        !c.is_alphanumeric() && !c.is_whitespace() && !matches!(c, '-' | '\'' | '\u{2019}')
    }
    // A word of letters each followed by the separator (the last one
    // optional).
    fn spelt_with(part: &str, sep: char, min: usize) -> bool {
        let mut letters = 0;
        let mut chars = part.chars();
        while let Some(c) = chars.next() {
            if !c.is_alphabetic() {
                return false;
            }
            letters += 1;
            match chars.next() {
                None => {}
                Some(s) if s == sep => {}
                Some(_) => return false,
            }
        }
        letters >= min
    }
    let core = |tok: &str| -> usize { tok.trim_end_matches([',', ':', ';', '!', '?']).len() };
    // The separator, if the word is so spelt (its parts may be joined by
    // hyphens: `R.e.v.i.e.w.-B.o.t.`).
    // In a text so spelt, two-letter words are too (`i.n y.o.u.r`).
    let spelt = |tok: &str, min: usize| {
        let c = &tok[..core(tok)];
        let sep = c.chars().nth(1).filter(|s| separator(*s))?;
        c.split('-').all(|p| spelt_with(p, sep, min)).then_some(sep)
    };
    // Counted first, without building anything: most texts have none.
    let candidate = |t: &&str| t.chars().nth(1).is_some_and(separator) && spelt(t, 3).is_some();
    if text.split_whitespace().filter(candidate).count() < 3 {
        return None;
    }
    // Words between any whitespace (a word may open a line), which is kept.
    let mut out = String::with_capacity(text.len());
    for piece in text.split_inclusive(char::is_whitespace) {
        let tok = piece.trim_end_matches(char::is_whitespace);
        let space = &piece[tok.len()..];
        match spelt(tok, 2) {
            Some(sep) if tok.contains(sep) => {
                let (c, tail) = tok.split_at(core(tok));
                out.push_str(&c.replace(sep, ""));
                out.push_str(tail);
            }
            _ => out.push_str(tok),
        }
        out.push_str(space);
    }
    Some(out)
}

/// Words of a page about prompt injection itself (guides, defence docs,
/// red-teaming tools), in the eight languages.
static INJECTION_TOPIC: std::sync::LazyLock<rules::Regex> = std::sync::LazyLock::new(|| {
    rules::re(concat!(
        r"\bprompt[- ]?(?:injections?|hacking|leaking|leaks?)\b|\binjection attacks?\b|\bjailbreak(?:s|ing|ed)?\b|\badversarial\b|\bmalicious (?:prompts?|instructions?|inputs?|attacks?|users?|payloads?)\b|\bprompt attacks?\b|\bred[- ]team(?:s|ing)?\b",
        r"|\binyecci(?:o|\xc3\xb3)n de (?:prompts?|instrucciones)\b|\binjection de (?:prompts?|requ(?:e|\xc3\xaa)tes?)\b|\binje(?:c|\xc3\xa7)(?:\xc3\xa3|a)o de (?:prompts?|instru)",
        r"|\xd0\xb8\xd0\xbd\xd1\x8a\xd0\xb5\xd0\xba\xd1\x86\xd0\xb8|\xe6\x8f\x90\xe7\xa4\xba(?:\xe8\xaf\x8d)?\xe6\xb3\xa8\xe5\x85\xa5|\xe3\x83\x97\xe3\x83\xad\xe3\x83\xb3\xe3\x83\x97\xe3\x83\x88\xe3\x82\xa4\xe3\x83\xb3\xe3\x82\xb8\xe3\x82\xa7\xe3\x82\xaf\xe3\x82\xb7\xe3\x83\xa7\xe3\x83\xb3",
    ))
});

/// The code blocks of a page about prompt injection: each counts only where
/// it addresses or presses the reader (an example attack on a classifier
/// does neither; an order to the agent reading the page does).
fn code_examples(body: &str, prose: &str, found: &mut Vec<&'static str>) {
    // `strip_code` keeps lines, so a line blank in the prose and not in the
    // body is a line of code.
    let mut code = String::new();
    for (b, p) in body.lines().zip(prose.lines()) {
        if p.trim().is_empty() && !b.trim().is_empty() {
            code.push_str(b);
            code.push('\n');
        } else if !code.ends_with("\n\n") && !code.is_empty() {
            code.push('\n');
        }
    }
    for para in windows(&code) {
        let flat = normal::flat(para);
        let words = rules::words(&flat);
        let (address, press) = rules::context(&flat, &words);
        if address || press {
            for (n, _) in rules::flat_findings(&flat, &words, false) {
                add(found, n);
            }
        }
    }
}

static AI_WORD: std::sync::LazyLock<rules::Regex> = std::sync::LazyLock::new(|| {
    rules::re(
        r"\b(?:ai|llm|llms|agents?|assistants?|claude|copilot|cursor|codex|gemini|gpt|chatgpt|language models?|bots?)\b",
    )
});

/// The paragraph with words split by hyphens joined back, when two or
/// more of them then read as words the detectors key on.
fn dehyphenated(para: &str) -> Option<String> {
    if !para.contains('-') {
        return None;
    }
    let mut joined = 0;
    let out: Vec<String> = para
        .split(' ')
        .map(|tok| {
            let word: String = tok.chars().filter(|c| c.is_alphanumeric()).collect();
            if tok.contains('-') && normal::canonical(&word).is_some() {
                joined += 1;
                tok.replace('-', "")
            } else {
                tok.to_string()
            }
        })
        .collect();
    (joined >= 2).then(|| out.join(" "))
}

/// The text without its HTML comments, and the comments' bodies.
fn split_comments(light: &str) -> (String, Vec<String>) {
    let mut body = String::with_capacity(light.len());
    let mut comments = Vec::new();
    let mut rest = light;
    while let Some(i) = rest.find("<!--") {
        body.push_str(&rest[..i]);
        let after = &rest[i + 4..];
        match after.find("-->") {
            Some(j) => {
                comments.push(after[..j].to_string());
                body.push(' ');
                rest = &after[j + 3..];
            }
            None => {
                // Unclosed: the rest of the page is hidden.
                comments.push(after.to_string());
                rest = "";
            }
        }
    }
    body.push_str(rest);
    (body, comments)
}

/// The lines of `para` (a slice of `text`) outside `code`, when any of its
/// lines is inside; `None` when none is.
fn outside_code(text: &str, para: &str, code: &[(usize, usize)]) -> Option<String> {
    let base = (para.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let end = base + para.len();
    if !code.iter().any(|(s, e)| *s < end && base < *e) {
        return None;
    }
    let inside = |at: usize| code.iter().any(|(s, e)| (*s..*e).contains(&at));
    let mut at = base;
    let mut prose = String::new();
    let mut any = false;
    for line in para.split_inclusive('\n') {
        if inside(at) {
            any = true;
        } else {
            prose.push_str(line);
        }
        at += line.len();
    }
    any.then_some(prose)
}

/// Paragraphs (blank-line separated); a long one is cut into overlapping
/// windows.
fn windows(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| {
            let mut out = Vec::new();
            let mut rest = p;
            while rest.len() > WINDOW {
                let mut cut = WINDOW;
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                // Overlap the windows so a sentence across a cut is seen whole.
                let mut back = cut.saturating_sub(400);
                while !rest.is_char_boundary(back) {
                    back -= 1;
                }
                out.push(&rest[..cut]);
                rest = &rest[back..];
            }
            out.push(rest);
            out
        })
}

/// Characters a reviewer does not see but a model reads: Unicode tag
/// characters; bidi controls in text with no right-to-left script; zero-
/// width characters splitting words; long runs of variation selectors.
fn hidden_unicode(text: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut splits = 0;
    let mut selectors = 0;
    let mut bidi = false;
    let mut rtl = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{E0000}'..='\u{E007F}' => return true,
            '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' => {
                selectors += 1;
                if selectors >= 8 {
                    return true;
                }
            }
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => bidi = true,
            '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' => {
                rtl = true
            }
            '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{2061}'..='\u{2064}'
            | '\u{180E}'
            | '\u{FEFF}' => {
                let next = chars.peek().copied();
                if prev.is_some_and(|p| p.is_ascii_alphanumeric())
                    && next.is_some_and(|n| n.is_ascii_alphanumeric())
                {
                    splits += 1;
                    if splits >= 2 {
                        return true;
                    }
                }
            }
            _ => selectors = 0,
        }
        prev = Some(c);
    }
    bidi && !rtl
}

#[cfg(test)]
mod tests;
