#!/usr/bin/env python3
"""Obfuscation benchmark: how many attacks the detector still catches once
their payload wears a disguise.

Takes every attack with a marker of a set (the dev set, attacks.jsonl, by
default; i18n_attacks.jsonl for the seven other languages) that the binary
catches as written, re-disguises its payload inside the same carrier
with each transform below, and reports, per transform, how many are still
caught. A transform that loses attacks names a gap in the normaliser: it
costs every attack that wears it, not one wording.

The transforms are generic encodings written for remit (no attack suite's
text): invisible characters, look-alike letters, leetspeak, spacing,
markdown and HTML wrapping, entity and percent encoding, base64, hex,
ROT13, reversed text, Unicode tag characters, styled letters, stacked
combining marks, Morse, Braille, NATO words, quoted-printable, Ascii85;
and a second batch: base32, URL-safe and wrapped base64, base85, uuencode,
MIME encoded-words, binary and decimal codes, escape sequences, Caesar
shifts and Atbash, small capitals, upside-down and regional-indicator
letters, bytes smuggled in variation selectors or invisible operators, and
two disguises stacked; and a third: gzip or zlib inside base64, letters as
their places in the alphabet, a Vigenère cipher with its key named.

Usage: benches/injection/obfuscation.py [--bin PATH] [--set FILE] [--only T1,T2] [--show N]
  --show N   print up to N missed payloads per transform (as disguised)
"""
import argparse, base64, binascii, codecs, gzip, json, string, sys, textwrap, zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import injection  # noqa: E402  (record(), setup_repo())

CYR = str.maketrans("aceopxyiAEOPCXBHKMT", "асеорхуіАЕОРСХВНКМТ")
LEET = str.maketrans("aeiost", "431057")
GREEK = str.maketrans("AEIKMNOPTXYZaiopvy", "ΑΕΙΚΜΝΟΡΤΧΥΖαιορνγ")
MORSE = dict(zip("abcdefghijklmnopqrstuvwxyz0123456789", (
    ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. "
    "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----.").split()))
BRAILLE = dict(zip("abcdefghijklmnopqrstuvwxyz ", [chr(0x2800 + d) for d in (
    0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A, 0x05, 0x07, 0x0D, 0x1D, 0x15, 0x0F,
    0x1F, 0x17, 0x0E, 0x1E, 0x25, 0x27, 0x3A, 0x2D, 0x3D, 0x35, 0x00)]))
NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", (
    "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar "
    "Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu").split()))


ATBASH = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                       string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1])
SMALL_CAPS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ")
UPSIDE_DOWN = str.maketrans("abcdefghijklmnopqrstuvwxyz.,!?'", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz˙'¡¿,")


def chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)] or [""]


def q_encoded(s):
    """RFC 2047's Q encoding (no line breaks inside an encoded-word)."""
    return "".join(chr(b) if chr(b).isalnum() and b < 128 else "_" if b == 32 else f"={b:02X}"
                   for b in s.encode())


def shift(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def words(f):
    return lambda s: " ".join(f(w) for w in s.split(" "))


def vigenere(s, key="lemon"):
    out, i = [], 0
    for c in s:
        if c.isascii() and c.isalpha():
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base + ord(key[i % len(key)]) - 97) % 26 + base))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def letter_numbers(s):
    """Each word's letters as their places in the alphabet (a=1), joined by
    dashes; words apart by slashes."""
    spelt = ("-".join(str(ord(c) - 96) for c in w.lower() if "a" <= c <= "z") for w in s.split())
    return " / ".join(w for w in spelt if w)


def styled(base_upper, base_lower):
    def f(s):
        out = []
        for c in s:
            if "A" <= c <= "Z":
                out.append(chr(base_upper + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(base_lower + ord(c) - 97))
            else:
                out.append(c)
        return "".join(out)
    return f


TRANSFORMS = {
    "zero-width inside words": words(lambda w: "\u200b".join(w)),
    "soft hyphens inside words": words(lambda w: "\u00ad".join(w)),
    "word joiners between words": lambda s: s.replace(" ", " \u2060"),
    "cyrillic look-alikes": lambda s: s.translate(CYR),
    "leetspeak": lambda s: s.translate(LEET),
    "UPPER CASE": str.upper,
    "spaced letters": lambda s: "   ".join(" ".join(w) for w in s.split(" ")),
    "dotted letters": words(lambda w: ".".join(w) if w.isalpha() else w),
    "hyphenated letters": words(lambda w: "-".join(w) if w.isalpha() else w),
    "fullwidth": lambda s: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s),
    "math bold letters": styled(0x1D400, 0x1D41A),
    "math sans-serif letters": styled(0x1D5A0, 0x1D5BA),
    "circled letters": styled(0x24B6, 0x24D0),
    "combining accents": lambda s: "".join(c + "\u0301" if c in "aeiou" else c for c in s),
    "bold markdown per word": words(lambda w: f"**{w}**" if w else w),
    "markdown split words": words(lambda w: w[:2] + "**" + w[2:] + "**" if len(w) > 3 else w),
    "html tags around words": words(lambda w: f"<span>{w}</span>" if w else w),
    "html entities": lambda s: "".join(f"&#{ord(c)};" if c.isalpha() else c for c in s),
    "percent-encoded": lambda s: "".join(f"%{b:02X}" for b in s.encode()),
    "base64": lambda s: base64.b64encode(s.encode()).decode(),
    "hex": lambda s: s.encode().hex(),
    "rot13": lambda s: codecs.encode(s, "rot13"),
    "reversed": lambda s: s[::-1],
    "each word reversed": words(lambda w: w[::-1]),
    "unicode tag characters": lambda s: "".join(chr(0xE0000 + ord(c)) if " " <= c <= "~" else c for c in s),
    "one word per line": lambda s: s.replace(" ", "\n"),
    "typos: two letters swapped": words(lambda w: w[:2] + w[3] + w[2] + w[4:] if len(w) >= 6 and w.isalpha() else w),
    "typos: a letter dropped": words(lambda w: w[:3] + w[4:] if len(w) >= 6 and w.isalpha() else w),
    "typos: a letter doubled": words(lambda w: w[:3] + w[3] + w[3:] if len(w) >= 6 and w.isalpha() else w),
    "typos: inner letters scrambled": words(lambda w: w[0] + w[1:-1][::-1] + w[-1] if len(w) >= 5 and w.isalpha() else w),
    "greek look-alikes": lambda s: s.translate(GREEK),
    "emoji between letters": words(lambda w: "\u2728".join(w) if w.isalpha() else w),
    "zalgo marks": lambda s: "".join(c + "\u0336\u0489\u20d2" if c.isalpha() else c for c in s),
    "morse": lambda s: " / ".join(" ".join(MORSE[c] for c in w.lower() if c in MORSE) for w in s.split(" ")),
    "braille": lambda s: "".join(BRAILLE.get(c.lower(), c) for c in s),
    "nato words": lambda s: " / ".join(" ".join(NATO[c] for c in w.lower() if c in NATO) for w in s.split(" ")),
    "quoted-printable": lambda s: "".join(f"={b:02X}" for b in s.encode()),
    "ascii85": lambda s: "<~" + base64.a85encode(s.encode()).decode() + "~>",
    # Second batch: more encodings of the same generic classes.
    "base32": lambda s: base64.b32encode(s.encode()).decode(),
    "base64 URL-safe unpadded": lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("="),
    "base64 in 76-column lines": lambda s: "\n".join(textwrap.wrap(base64.b64encode(s.encode()).decode(), 76)),
    "base64 twice": lambda s: base64.b64encode(base64.b64encode(s.encode())).decode(),
    "base85": lambda s: base64.b85encode(s.encode()).decode(),
    "ascii85 undelimited": lambda s: base64.a85encode(s.encode()).decode(),
    "uuencode": lambda s: "begin 644 note.txt\n" + "".join(
        binascii.b2a_uu(s.encode()[i:i + 45]).decode() for i in range(0, len(s.encode()), 45)) + "`\nend",
    "MIME encoded-word (B)": lambda s: " ".join(
        "=?UTF-8?B?" + base64.b64encode(c.encode()).decode() + "?=" for c in chunks(s, 30)),
    "MIME encoded-word (Q)": lambda s: " ".join(
        "=?UTF-8?Q?" + q_encoded(c) + "?="
        for c in chunks(s, 30)),
    "binary octets": lambda s: " ".join(f"{b:08b}" for b in s.encode()),
    "decimal codes": lambda s: " ".join(str(b) for b in s.encode()),
    "\\x escapes": lambda s: "".join(f"\\x{b:02x}" for b in s.encode()),
    "\\u escapes": lambda s: "".join(f"\\u{ord(c):04x}" for c in s),
    "octal escapes": lambda s: "".join(f"\\{b:03o}" for b in s.encode()),
    "caesar shift 3": lambda s: shift(s, 3),
    "caesar shift 7": lambda s: shift(s, 7),
    "atbash": lambda s: s.translate(ATBASH),
    "small capitals": lambda s: s.lower().translate(SMALL_CAPS),
    "upside down": lambda s: s.lower().translate(UPSIDE_DOWN)[::-1],
    "regional indicator letters": lambda s: "\u200b".join(
        chr(0x1F1E6 + ord(c) - 97) if "a" <= c <= "z" else c for c in s.lower()),
    "variation-selector smuggling": lambda s: "\U0001F642" + "".join(
        chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in s.encode()),
    "invisible binary (U+2062/U+2064)": lambda s: "".join(
        "".join("\u2064" if bit == "1" else "\u2062" for bit in f"{b:08b}") for b in s.encode()),
    "rot13 then base64": lambda s: base64.b64encode(codecs.encode(s, "rot13").encode()).decode(),
    "base64 then fullwidth": lambda s: "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in base64.b64encode(s.encode()).decode()),
    "leetspeak in base64": lambda s: base64.b64encode(s.translate(LEET).encode()).decode(),
    "underscores for spaces": lambda s: s.replace(" ", "_"),
    "plus signs for spaces (a query)": lambda s: "https://search.example.com/?q=" + s.replace(" ", "+"),
    "CamelCase": lambda s: "".join(w[:1].upper() + w[1:] for w in s.split(" ")),
    # Third batch.
    "gzip then base64": lambda s: base64.b64encode(gzip.compress(s.encode(), mtime=0)).decode(),
    "zlib then base64": lambda s: base64.b64encode(zlib.compress(s.encode())).decode(),
    "letters as numbers (a=1)": letter_numbers,
    "vigenere with its key named": lambda s: "Vigen\u00e8re, key LEMON: " + vigenere(s),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(HERE.parent.parent / "target" / "release" / "remit"))
    ap.add_argument("--set", default="attacks.jsonl", help="attack set under benches/injection/")
    ap.add_argument("--only")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(l) for l in open(HERE / args.set)]
    rows = [r for r in rows if r.get("marker", True) and r["payload"] in r["text"]]
    repo = injection.setup_repo()
    n = 0

    def caught(text):
        nonlocal n
        n += 1
        return bool(injection.record(args.bin, repo, f"o{n}", text)[0])

    plain = [r for r in rows if caught(r["text"])]
    print(f"plain: {len(plain)}/{len(rows)} caught as written; the transforms start from those")
    print("| transform | still caught |\n|---|---|")
    keep = set(args.only.split(",")) if args.only else None
    for name, f in TRANSFORMS.items():
        if keep and name not in keep:
            continue
        missed = [r for r in plain if not caught(r["text"].replace(r["payload"], f(r["payload"])))]
        got = len(plain) - len(missed)
        print(f"| {name} | {got}/{len(plain)} ({100 * got / max(1, len(plain)):.0f}%) |")
        for r in missed[: args.show]:
            print(f"    MISS {r['id']} {f(r['payload'])[:160]!r}")


if __name__ == "__main__":
    main()
