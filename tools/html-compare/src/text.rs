//! Shared helpers: bytes to text (charset), HTML to paragraphs, word bags.

use std::collections::HashMap;
use std::io::Read;

use encoding_rs::Encoding;
use scraper::{ElementRef, Html, node::Node};

/// Bytes of a saved page to a `String`: gunzip if gzip magic, then BOM,
/// then a `<meta charset>` / `http-equiv` declaration in the first 4 KiB,
/// then UTF-8 if it is valid, else windows-1252 (the WHATWG default).
/// Returns the text and the label of the encoding used.
pub fn decode_page(raw: &[u8]) -> (String, &'static str) {
    let unzipped;
    let bytes: &[u8] = if raw.starts_with(&[0x1f, 0x8b]) {
        let mut v = Vec::new();
        match flate2::read::MultiGzDecoder::new(raw).read_to_end(&mut v) {
            Ok(_) => {
                unzipped = v;
                &unzipped
            }
            Err(_) => raw,
        }
    } else {
        raw
    };
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (s, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (s.into_owned(), enc.name());
    }
    if let Some(enc) = sniff_meta_charset(&bytes[..bytes.len().min(4096)]) {
        // a page that says latin-1 but is valid UTF-8 is nearly always UTF-8
        let enc = if enc != encoding_rs::UTF_8 && std::str::from_utf8(bytes).is_ok() && !bytes.is_ascii() {
            encoding_rs::UTF_8
        } else {
            enc
        };
        let (s, _) = enc.decode_without_bom_handling(bytes);
        return (s.into_owned(), enc.name());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), "UTF-8"),
        Err(_) => {
            let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (s.into_owned(), "windows-1252 (fallback)")
        }
    }
}

/// Finds `charset=` inside a `<meta` tag of the prefix (a simplified form of
/// the HTML prescan). UTF-16 labels map to UTF-8 as the spec says.
fn sniff_meta_charset(prefix: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = prefix.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut i = 0;
    while let Some(p) = find(&lower[i..], b"<meta") {
        let start = i + p;
        let end = find(&lower[start..], b">").map(|e| start + e).unwrap_or(lower.len());
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let mut j = c + 7;
            while j < tag.len() && (tag[j] == b' ' || tag[j] == b'=') {
                j += 1;
            }
            while j < tag.len() && (tag[j] == b'"' || tag[j] == b'\'') {
                j += 1;
            }
            let k = tag[j..]
                .iter()
                .position(|&b| b == b'"' || b == b'\'' || b == b';' || b == b' ' || b == b'/' || b == b'>')
                .map(|k| j + k)
                .unwrap_or(tag.len());
            if let Some(enc) = Encoding::for_label(&tag[j..k]) {
                if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    return Some(encoding_rs::UTF_8);
                }
                return Some(enc);
            }
        }
        i = end.max(start + 5);
        if i >= lower.len() {
            break;
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

const BLOCK: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br",
];
const SKIP: &[&str] = &["script", "style", "noscript", "template", "svg", "math", "head", "title"];

/// Visible text of an HTML fragment or document, split at block boundaries,
/// whitespace collapsed (the same rules as tools/webpages/convert.py).
pub fn html_paragraphs(markup: &str) -> Vec<String> {
    let doc = Html::parse_document(markup);
    let mut out = Vec::new();
    let mut buf = String::new();
    walk(doc.root_element(), &mut buf, &mut out);
    flush(&mut buf, &mut out);
    out
}

fn flush(buf: &mut String, out: &mut Vec<String>) {
    let t = buf.split_whitespace().collect::<Vec<_>>().join(" ");
    if !t.is_empty() {
        out.push(t);
    }
    buf.clear();
}

fn walk(el: ElementRef, buf: &mut String, out: &mut Vec<String>) {
    let name = el.value().name();
    if SKIP.contains(&name) {
        return;
    }
    let block = BLOCK.contains(&name);
    if block {
        flush(buf, out);
    }
    for child in el.children() {
        match child.value() {
            Node::Text(t) => buf.push_str(t),
            Node::Element(_) => {
                if let Some(c) = ElementRef::wrap(child) {
                    walk(c, buf, out);
                }
            }
            _ => {}
        }
    }
    if block {
        flush(buf, out);
    }
}

/// Lower-cased words (runs of alphanumerics) of a text.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// Multiset overlap of two word lists.
pub fn overlap(extracted: &[String], gold: &[String]) -> usize {
    let mut bag: HashMap<&str, usize> = HashMap::new();
    for w in gold {
        *bag.entry(w.as_str()).or_default() += 1;
    }
    let mut n = 0;
    for w in extracted {
        if let Some(c) = bag.get_mut(w.as_str())
            && *c > 0
        {
            *c -= 1;
            n += 1;
        }
    }
    n
}

/// Whitespace-normalised, as trafilatura's eval does before substring tests.
pub fn norm_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// For title/site comparisons: lower case, typographic dashes and quotes
/// unified, whitespace collapsed, HTML entities left as the crate gave them.
pub fn norm_title(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect();
    norm_ws(&s).to_lowercase()
}

/// A byline/author comparison: normalised equality, or one contains the
/// other once a leading "by" is dropped (bylines come as "By X", "X, Y" …).
pub fn byline_match(got: &str, gold: &str) -> bool {
    let strip = |s: &str| {
        let t = norm_title(s);
        let t = t.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        for p in ["by ", "von ", "par ", "por "] {
            if let Some(r) = t.strip_prefix(p) {
                return r.trim().to_string();
            }
        }
        t
    };
    let (a, b) = (strip(got), strip(gold));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a == b || a.contains(&b) || (b.contains(&a) && a.len() >= 4)
}

/// The first YYYY-MM-DD found in a date string (ISO 8601 or RFC 3339 forms).
pub fn ymd(s: &str) -> Option<String> {
    let b = s.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        let w = &b[i..i + 10];
        if w[..4].iter().all(u8::is_ascii_digit)
            && w[4] == b'-'
            && w[5..7].iter().all(u8::is_ascii_digit)
            && w[7] == b'-'
            && w[8..10].iter().all(u8::is_ascii_digit)
        {
            return Some(String::from_utf8_lossy(w).into_owned());
        }
    }
    None
}

/// Primary language subtag, lower case.
pub fn lang_primary(s: &str) -> String {
    s.trim().split(['-', '_']).next().unwrap_or("").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blocks() {
        let p = html_paragraphs("<div><p>One <b>two</b></p>three<br>four<ul><li>five</li></ul><script>x</script></div>");
        assert_eq!(p, vec!["One two", "three", "four", "five"]);
    }

    #[test]
    fn overlap_is_multiset() {
        let a = words("the cat the dog");
        let b = words("The the the cat");
        assert_eq!(overlap(&a, &b), 3);
    }

    #[test]
    fn charset_sniff() {
        let raw = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>";
        let (s, enc) = decode_page(raw);
        assert!(s.contains("café"), "{s}");
        assert_eq!(enc, "windows-1252");
    }

    #[test]
    fn dates_and_bylines() {
        assert_eq!(ymd("2017-01-13T10:00:00Z").as_deref(), Some("2017-01-13"));
        assert!(byline_match("By Jeffrey Gettleman", "Jeffrey Gettleman"));
        assert!(!byline_match("", "Jeffrey Gettleman"));
    }
}
