//! Saved web pages (`.html`, `.htm`, and WARC responses): the page's
//! metadata from its markup ([`super::webmeta`]), its main text found by
//! dom_smoothie (Readability's algorithm) and split at block elements into
//! the article's blocks — paragraphs, subheadings, captions (`figure`,
//! `figcaption`), pull quotes (`aside`, a `pullquote` class); embedded
//! posts (a tweet's `blockquote`) and asides set apart as furniture.
//!
//! What is stored as the article's raw text is that main text, one block a
//! line with a blank line between, not the page: a page's HTML is 10–50
//! times its text, and the hash of the page's bytes says which page it was.

use clippings_extract::{BlockRole, Known, Origin};
use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};
use encoding_rs::Encoding;

use super::webmeta::{self, PageMeta};
use super::{Article, Format, blocks_text, fields};

/// A page read: its main text (one block a line), each line's role (`None`:
/// no main text was found, and `text` is the page's visible text, for the
/// layout stage to read as a page), and what its markup says.
#[derive(Debug, Clone)]
pub struct Page {
    pub text: String,
    pub roles: Option<Vec<BlockRole>>,
    pub known: Known,
    pub encoding: String,
}

/// An HTML file as an article.
pub fn read_file(bytes: &[u8], sha256: String) -> Result<Article, String> {
    if bytes.trim_ascii().is_empty() {
        return Err("the file is empty".into());
    }
    let page = read_page(bytes, None, None);
    Ok(Article {
        format: Format::Html,
        key: None,
        position: None,
        byte_offset: None,
        sha256,
        encoding: page.encoding,
        text: page.text,
        roles: page.roles,
        known: page.known,
        carried: None,
    })
}

/// Reads a page's bytes. `charset`: what the HTTP response said; `url`:
/// where the page was fetched from, when known (a WARC record's).
pub fn read_page(bytes: &[u8], charset: Option<&str>, url: Option<&str>) -> Page {
    let (html, encoding) = decode(bytes, charset);
    // Scripts, styles and inline SVG are 40% of a saved page's bytes and
    // none of its text: the parser need not read them (JSON-LD is kept).
    let html = without_scripts(&html);
    let doc = Document::from(html.as_ref());
    let meta = webmeta::read(&doc);
    let base = url
        .or(meta.canonical.as_deref())
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let config = Config {
        // Class names tell pull quotes and embedded posts apart.
        keep_classes: true,
        // A guard against pathological pages; real articles have far fewer.
        max_elements_to_parse: 300_000,
        ..Config::default()
    };
    let mut readability = match Readability::with_document(doc, base, Some(config.clone())) {
        Ok(r) => r,
        // A URL it will not take only resolves links, which we do not keep.
        Err(_) => Readability::with_document(Document::from(html.as_ref()), None, Some(config))
            .expect("no URL, no error"),
    };
    let parsed = readability.parse().ok();
    let mut blocks = Vec::new();
    if parsed.is_some() {
        if let Some(root) = readability
            .doc
            .select("#readability-page-1")
            .nodes()
            .first()
        {
            Walker::new(&mut blocks).walk(root);
        }
    }
    let main_text_found = blocks
        .iter()
        .any(|(t, r): &(String, BlockRole)| *r == BlockRole::Body && !t.is_empty());
    let headline = meta
        .headline
        .clone()
        .or_else(|| parsed.as_ref().map(|a| a.title.clone()))
        .and_then(|h| webmeta::clean(&h));
    let known = known(&meta, parsed.as_ref(), headline, url, &blocks);
    if !main_text_found {
        // The page's own visible text, for the layout stage to read.
        let mut visible = Vec::new();
        if let Some(body) = readability.doc.select("body").nodes().first() {
            Walker::new(&mut visible).walk(body);
        }
        let text = visible
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>()
            .join("\n\n");
        return Page {
            text,
            roles: None,
            known,
            encoding,
        };
    }
    let (text, roles) = blocks_text(&blocks);
    Page {
        text,
        roles: Some(roles),
        known,
        encoding,
    }
}

/// What the page's markup says, each field from its surest source.
fn known(
    meta: &PageMeta,
    parsed: Option<&dom_smoothie::Article>,
    headline: Option<String>,
    url: Option<&str>,
    blocks: &[(String, BlockRole)],
) -> Known {
    let outlet = meta
        .publisher
        .clone()
        .or_else(|| parsed.and_then(|a| a.site_name.clone()))
        .and_then(|o| webmeta::clean(&o))
        .filter(|o| !o.starts_with('@'))
        .map(|o| fields::outlet_name(&o));
    let headline = headline.map(|h| without_site_name(&h, outlet.as_deref(), &meta.h1s));
    // The markup's authors (names already), else the byline Readability
    // found on the page, else the page's author links and byline elements;
    // never the outlet itself.
    let found_byline = parsed
        .and_then(|a| a.byline.clone())
        .into_iter()
        .collect::<Vec<_>>();
    let not_the_outlet = |names: Vec<String>| -> Vec<String> {
        names
            .into_iter()
            .filter(|a| !outlet.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(a)))
            .collect()
    };
    let mut authors = not_the_outlet(meta.authors.clone());
    if authors.is_empty() {
        authors = not_the_outlet(webmeta::names_of(&found_byline));
    }
    if authors.is_empty() {
        authors = not_the_outlet(meta.byline_elements.clone());
    }
    let page_url = url
        .map(String::from)
        .or_else(|| meta.canonical.clone())
        .or_else(|| parsed.and_then(|a| a.url.clone()))
        .filter(|u| u.starts_with("http"));
    let published = meta
        .published
        .clone()
        .or_else(|| parsed.and_then(|a| a.published_time.clone()))
        .or_else(|| meta.time_element.clone())
        .or_else(|| page_url.as_deref().and_then(date_in_url))
        .or_else(|| meta.visible_date.clone());
    let first_body = blocks
        .iter()
        .find(|(_, r)| *r == BlockRole::Body)
        .map(|(t, _)| t.as_str());
    let standfirst = meta.description.clone().filter(|d| {
        d.split_whitespace().count() >= 5
            && !first_body.is_some_and(|b| b.starts_with(d.trim_end_matches(['.', '\u{2026}'])))
    });
    Known {
        headline,
        standfirst,
        authors: (!authors.is_empty()).then_some(authors),
        published,
        modified: meta
            .modified
            .clone()
            .or_else(|| parsed.and_then(|a| a.modified_time.clone())),
        outlet,
        url: page_url,
        section: meta.section.clone(),
        language: meta
            .language
            .clone()
            .or_else(|| parsed.and_then(|a| a.lang.clone())),
        origin: Some(Origin::Page),
        ..Known::default()
    }
}

/// What separates a headline from the site's name in a page's title
/// ("Mayor quits | The Courier").
const SITE_NAME_SEPARATORS: &[&str] =
    &[" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{b7} "];

/// Further separators a title uses, before a site's name or after a
/// kicker, that the page's `<h1>` tells apart ("… › evang.at",
/// "Chronik: Lotte Tobisch ist tot").
const OTHER_TITLE_SEPARATORS: &[&str] = &[" \u{203a} ", " \u{bb} ", " : ", ": "];

/// The headline without the site's name or a kicker the title adds: the
/// side of a separator that the page's own `<h1>` repeats, else the part
/// before a site name that is the outlet's.
fn without_site_name(headline: &str, outlet: Option<&str>, h1s: &[String]) -> String {
    let folded = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let h1s: Vec<String> = h1s.iter().map(|h| folded(h)).collect();
    if h1s.contains(&folded(headline)) {
        return headline.to_string();
    }
    for sep in SITE_NAME_SEPARATORS.iter().chain(OTHER_TITLE_SEPARATORS) {
        for (at, _) in headline.match_indices(sep) {
            let (head, tail) = (headline[..at].trim(), headline[at + sep.len()..].trim());
            // A page whose <h1> is its logo repeats the site's name: the
            // part after a separator is the headline only when it is the
            // longer part ("Chronik: Lotte Tobisch ist tot"), never when
            // it is a name after a title ("… using Emscripten · V8").
            let words = |s: &str| s.split_whitespace().count();
            let tail_is_headline = words(tail) > words(head);
            for (side, may_be) in [(head, true), (tail, tail_is_headline)] {
                if may_be && !side.is_empty() && h1s.contains(&folded(side)) {
                    return side.to_string();
                }
            }
        }
    }
    let Some(outlet) = outlet else {
        return headline.to_string();
    };
    let bare = |s: &str| {
        s.trim()
            .trim_start_matches("The ")
            .trim_start_matches("the ")
            .to_lowercase()
    };
    for sep in SITE_NAME_SEPARATORS {
        if let Some((head, tail)) = headline.rsplit_once(sep) {
            if bare(tail) == bare(outlet) && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    headline.to_string()
}

/// A date in a URL's path: /2024/05/01/, /2024-05-01/, /20240501/.
fn date_in_url(url: &str) -> Option<String> {
    let path = url.split("://").nth(1)?.split_once('/')?.1;
    let parts: Vec<&str> = path.split(['/', '?', '#']).collect();
    for w in parts.windows(3) {
        let (y, m, d) = (w[0], w[1], w[2]);
        let d = d.get(..2).filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
        if y.len() == 4 && m.len() <= 2 && y.bytes().all(|b| b.is_ascii_digit()) {
            if let (Ok(y), Ok(m), Some(Ok(d))) = (
                y.parse::<i32>(),
                m.parse::<u32>(),
                d.map(|d| d.parse::<u32>()),
            ) {
                if chrono::NaiveDate::from_ymd_opt(y, m, d).is_some() && (1990..2100).contains(&y) {
                    return Some(format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
    }
    for part in parts {
        let digits: &str = part.get(..10).unwrap_or("");
        if digits.len() == 10
            && digits.as_bytes()[4] == b'-'
            && digits.as_bytes()[7] == b'-'
            && chrono::NaiveDate::parse_from_str(digits, "%Y-%m-%d").is_ok()
        {
            return Some(digits.to_string());
        }
    }
    None
}

const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "title", "button", "select",
    "textarea", "iframe", "object", "canvas",
];

/// Walks a content tree, splitting its text at block elements.
struct Walker<'a> {
    blocks: &'a mut Vec<(String, BlockRole)>,
    buf: String,
    role: BlockRole,
}

impl<'a> Walker<'a> {
    fn new(blocks: &'a mut Vec<(String, BlockRole)>) -> Self {
        Walker {
            blocks,
            buf: String::new(),
            role: BlockRole::Body,
        }
    }

    fn walk(mut self, root: &NodeRef<'_>) {
        self.children(root, 0);
        self.flush();
    }

    fn children(&mut self, node: &NodeRef<'_>, depth: usize) {
        if depth > 200 {
            return;
        }
        for child in node.children_it(false) {
            if child.is_text() {
                self.buf.push_str(&child.text());
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child
                .node_name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            if SKIP.contains(&name.as_str()) || child.has_attr("hidden") {
                continue;
            }
            if name == "br" {
                self.flush();
                continue;
            }
            let block = BLOCK.contains(&name.as_str());
            let role = role_of(&child, &name, self.role);
            if block || role != self.role {
                self.flush();
            }
            let outer = std::mem::replace(&mut self.role, role);
            self.children(&child, depth + 1);
            if block || role != outer {
                self.flush();
            }
            self.role = outer;
        }
    }

    fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        let text = self.buf.split_whitespace().collect::<Vec<_>>().join(" ");
        self.buf.clear();
        if !text.is_empty() {
            self.blocks.push((text, self.role));
        }
    }
}

/// The role of an element's text, given the role around it.
fn role_of(node: &NodeRef<'_>, name: &str, outer: BlockRole) -> BlockRole {
    if outer != BlockRole::Body {
        return outer;
    }
    let class = node
        .attr("class")
        .map(|c| c.to_ascii_lowercase())
        .unwrap_or_default();
    let has = |needles: &[&str]| needles.iter().any(|n| class.contains(n));
    if has(&["pullquote", "pull-quote", "pull_quote", "blockquote--pull"]) {
        return BlockRole::PullQuote;
    }
    match name {
        "figure" | "figcaption" => BlockRole::Caption,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockRole::Subheading,
        "aside" => BlockRole::Boilerplate,
        "blockquote"
            if has(&[
                "twitter",
                "tweet",
                "instagram",
                "tiktok",
                "facebook",
                "embed",
                "social",
            ]) =>
        {
            BlockRole::Boilerplate
        }
        _ if has(&["caption", "credit"]) && !has(&["captioned"]) => BlockRole::Caption,
        _ => BlockRole::Body,
    }
}

/// The page without the bodies of its scripts (other than JSON-LD),
/// styles and inline SVG drawings: their tags stay, empty. A script ends
/// at the first `</script`, as an HTML parser ends it.
pub fn without_scripts(html: &str) -> std::borrow::Cow<'_, str> {
    let bytes = html.as_bytes();
    let starts_ci = |at: usize, word: &[u8]| {
        bytes
            .get(at..at + word.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(word))
    };
    let mut out = String::new();
    let mut kept = 0;
    let mut i = 0;
    while let Some(p) = bytes[i..].iter().position(|&b| b == b'<').map(|p| p + i) {
        i = p + 1;
        let Some(name) = [&b"script"[..], b"style", b"svg"]
            .into_iter()
            .find(|w| starts_ci(p + 1, w))
        else {
            continue;
        };
        let after = p + 1 + name.len();
        if !bytes
            .get(after)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
        {
            continue;
        }
        let Some(open_end) = bytes[after..]
            .iter()
            .position(|&b| b == b'>')
            .map(|q| q + after)
        else {
            break;
        };
        let tag = &bytes[p..open_end];
        if bytes[open_end - 1] == b'/'
            || (name == b"script" && tag.windows(7).any(|w| w.eq_ignore_ascii_case(b"ld+json")))
        {
            i = open_end + 1;
            continue;
        }
        // The closing tag.
        let mut j = open_end + 1;
        let close = loop {
            match bytes[j..].iter().position(|&b| b == b'<') {
                Some(q) => {
                    let at = j + q;
                    if bytes.get(at + 1) == Some(&b'/') && starts_ci(at + 2, name) {
                        break Some(at);
                    }
                    j = at + 1;
                }
                None => break None,
            }
        };
        let Some(close) = close else {
            break;
        };
        if close > open_end + 1 {
            out.push_str(&html[kept..=open_end]);
            kept = close;
        }
        i = close + 1;
    }
    if kept == 0 {
        return std::borrow::Cow::Borrowed(html);
    }
    out.push_str(&html[kept..]);
    std::borrow::Cow::Owned(out)
}

/// A page's bytes as text: the byte-order mark, else the charset the HTTP
/// response gave, else a `<meta charset>` near the top, else UTF-8 when the
/// bytes are valid UTF-8, else windows-1252 (the web's default).
pub fn decode(bytes: &[u8], charset: Option<&str>) -> (String, String) {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (s, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (s.into_owned(), enc.name().to_lowercase());
    }
    let declared = charset
        .and_then(|c| Encoding::for_label(c.trim().as_bytes()))
        .or_else(|| sniff_meta_charset(&bytes[..bytes.len().min(8192)]))
        .map(|e| {
            if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
                encoding_rs::UTF_8
            } else {
                e
            }
        });
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    let encoding = match declared {
        // A page that says latin-1 but is valid UTF-8 is nearly always UTF-8.
        Some(e) if e != encoding_rs::UTF_8 && valid_utf8 && !bytes.is_ascii() => encoding_rs::UTF_8,
        Some(e) => e,
        None if valid_utf8 => encoding_rs::UTF_8,
        None => encoding_rs::WINDOWS_1252,
    };
    let (s, _) = encoding.decode_without_bom_handling(bytes);
    (s.into_owned(), encoding.name().to_lowercase())
}

/// `charset=` inside a `<meta` tag of the page's first bytes.
fn sniff_meta_charset(prefix: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = prefix.iter().map(u8::to_ascii_lowercase).collect();
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let mut i = 0;
    while let Some(p) = find(&lower[i..], b"<meta") {
        let start = i + p;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let mut j = c + 7;
            while j < tag.len() && matches!(tag[j], b' ' | b'=' | b'"' | b'\'') {
                j += 1;
            }
            let k = tag[j..]
                .iter()
                .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                .map_or(tag.len(), |k| j + k);
            if let Some(enc) = Encoding::for_label(&tag[j..k]) {
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

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="en-GB"><head>
<meta charset="utf-8"><title>Harbour plan approved | The Leeds Courier</title>
<meta property="og:site_name" content="The Leeds Courier">
<meta property="og:title" content="Harbour plan approved | The Leeds Courier">
<meta name="author" content="Jane Holloway and Sam Lee">
<meta property="article:published_time" content="2024-01-07T01:20:00.000Z">
<meta property="article:section" content="Politics">
<link rel="canonical" href="https://courier.example/2024/01/07/harbour">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour plan approved</h1>
<p>The council approved the harbour plan on Monday after a long debate, with thirty votes for and twelve against, in a meeting that ran late into the night.</p>
<figure><img src="a.jpg"><figcaption>The harbour at dawn. Photo: Ana Ruiz</figcaption></figure>
<h2>What happens next</h2>
<p>&#8220;We will start work in May,&#8221; said Mayor Ana Ruiz, who has backed the plan since her election two years ago and says it will bring jobs.</p>
<blockquote class="pull-quote"><p>We will start work in May</p></blockquote>
<blockquote class="twitter-tweet"><p>Big news for the harbour today</p></blockquote>
<p>Opponents said the cost, now put at forty million pounds, was too high for a city of its size, and that the money should go to schools.</p>
</article>
<footer>Copyright 2024 The Leeds Courier. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn metadata_and_blocks_with_their_roles() {
        let page = read_page(PAGE.as_bytes(), None, None);
        let k = &page.known;
        assert_eq!(k.headline.as_deref(), Some("Harbour plan approved"));
        assert_eq!(k.outlet.as_deref(), Some("The Leeds Courier"));
        assert_eq!(
            k.authors,
            Some(vec!["Jane Holloway".to_string(), "Sam Lee".to_string()])
        );
        assert_eq!(k.published.as_deref(), Some("2024-01-07T01:20:00.000Z"));
        assert_eq!(k.section.as_deref(), Some("Politics"));
        assert_eq!(k.language.as_deref(), Some("en-GB"));
        assert_eq!(
            k.url.as_deref(),
            Some("https://courier.example/2024/01/07/harbour")
        );
        assert_eq!(k.origin, Some(Origin::Page));
        let roles = page.roles.expect("main text found");
        let lines: Vec<(&str, BlockRole)> = page
            .text
            .split('\n')
            .zip(roles)
            .filter(|(l, _)| !l.is_empty())
            .collect();
        let with = |role: BlockRole| -> Vec<&str> {
            lines
                .iter()
                .filter(|(_, r)| *r == role)
                .map(|(l, _)| *l)
                .collect()
        };
        assert_eq!(with(BlockRole::Body).len(), 3, "{lines:?}");
        assert!(with(BlockRole::Body)[0].starts_with("The council approved"));
        assert_eq!(
            with(BlockRole::Caption),
            ["The harbour at dawn. Photo: Ana Ruiz"]
        );
        assert!(with(BlockRole::Subheading).contains(&"What happens next"));
        assert_eq!(with(BlockRole::PullQuote), ["We will start work in May"]);
        assert!(!page.text.contains("Home News Sport"));
    }

    #[test]
    fn scripts_styles_and_drawings_are_emptied_before_parsing() {
        let html = "<head><SCRIPT src=a.js></SCRIPT><script>if (a < b) { x = '</p>'; }</script>\
            <script type=\"application/ld+json\">{\"a\": 1}</script><style>p{}</style></head>\
            <body><p>One</p><svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg><scripted>kept</scripted><script>open";
        assert_eq!(
            without_scripts(html),
            "<head><SCRIPT src=a.js></SCRIPT><script></script>\
            <script type=\"application/ld+json\">{\"a\": 1}</script><style></style></head>\
            <body><p>One</p><svg viewBox=\"0 0 1 1\"></svg><scripted>kept</scripted><script>open"
        );
        assert_eq!(without_scripts("<p>plain</p>"), "<p>plain</p>");
    }

    #[test]
    fn charsets_and_bylines_and_url_dates() {
        let (text, enc) = decode(
            b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>",
            None,
        );
        assert!(text.contains("caf\u{e9}"));
        assert_eq!(enc, "windows-1252");
        let (text, _) = decode(b"<p>caf\xc3\xa9</p>", Some("iso-8859-1"));
        assert!(text.contains("caf\u{e9}"));
        assert_eq!(
            date_in_url("https://x.example/news/2023/11/05/story.html").as_deref(),
            Some("2023-11-05")
        );
        assert_eq!(date_in_url("https://x.example/a/b/c"), None);
        assert_eq!(
            without_site_name("Mayor quits - Courier", Some("The Courier"), &[]),
            "Mayor quits"
        );
        let h1 = ["Lotte Tobisch ist tot".to_string()];
        assert_eq!(
            without_site_name("Chronik: Lotte Tobisch ist tot", None, &h1),
            "Lotte Tobisch ist tot"
        );
        let h1 = ["CDPATH  replacements".to_string()];
        assert_eq!(
            without_site_name("CDPATH replacements - anarcat", None, &h1),
            "CDPATH replacements"
        );
        // A logo's <h1> after the title is no headline.
        let h1 = ["V8".to_string()];
        assert_eq!(
            without_site_name("Standalone binaries using Emscripten · V8", None, &h1),
            "Standalone binaries using Emscripten · V8"
        );
        // A headline the <h1> does not repeat stays whole.
        let h1 = ["The royal split: 11 things we learned".to_string()];
        assert_eq!(
            without_site_name("What we learned - from the interview", None, &h1),
            "What we learned - from the interview"
        );
    }
}
