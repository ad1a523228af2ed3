//! What a web page says of itself in its markup: JSON-LD (`NewsArticle`
//! and kin, `@graph`, `@id` references, `mainEntity`), OpenGraph and
//! `article:*` properties, `<meta name=…>` (author, dc.*, parsely-*,
//! sailthru.*), the canonical link, `<html lang>` and `<time datetime>`.
//! Read from the same parsed document the main-text extractor then takes
//! (a second parse would halve the import's speed: RESULTS.md of
//! tools/html-compare). Adapted from that tool's own reader.

use std::collections::HashMap;

use clippings_extract::{byline, dates};
use dom_query::Document;
use serde_json::{Map, Value};

/// The page's metadata, each field from its surest source.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageMeta {
    pub headline: Option<String>,
    pub description: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub publisher: Option<String>,
    pub canonical: Option<String>,
    pub section: Option<String>,
    pub language: Option<String>,
    /// The first date of a `<time>` or `itemprop=datePublished` element: a
    /// last resort for the date when the markup's fields give none.
    pub time_element: Option<String>,
    /// The first date in an element whose class says it holds one: the
    /// last resort after the URL's date.
    pub visible_date: Option<String>,
    /// The names in the page's first author link or byline element and in
    /// its co-authors' beside it: a last resort for the authors.
    pub byline_elements: Vec<String>,
    /// The texts of the page's first `<h1>` elements: what a title's
    /// headline is, without the site's name.
    pub h1s: Vec<String>,
}

/// How many `<h1>` a page's headline is looked for among (pages with a
/// logo in an `<h1>` put the headline second).
const MAX_H1S: usize = 4;

/// Where pages put an author's name, surest first: microdata and
/// `rel=author`, links to an author's page, then byline classes.
const BYLINE_SELECTORS: &[&str] = &[
    "[itemprop~=author]",
    "a[rel~=author]",
    "a[href*='/author/'], a[href*='/autor/'], a[href*='/autoren/'], a[href*='/authors/'], a[href*='/auteur/']",
    "byline, [class*=byline], [class*=Byline], [class*=author-name], [class*=autor]",
    "[data-testid*=byline], [data-testid*=Byline], [data-component*=byline]",
];

/// How many date elements are read, and the longest text read as one
/// (a date line, not a paragraph that mentions a date).
const MAX_DATE_ELEMENTS: usize = 50;
const MAX_DATE_TEXT: usize = 120;

/// Most co-authors read beside the first.
const MAX_BYLINE_ELEMENTS: usize = 6;

/// The names in author fields or byline texts, in order, each once.
pub fn names_of(written: &[String]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in written.iter().flat_map(|w| byline::names(w)) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The names in the first byline element a selector finds and in the
/// elements it finds under that one's parent (co-authors).
fn byline_elements(doc: &Document) -> Vec<String> {
    for selector in BYLINE_SELECTORS {
        let found = doc.select(selector);
        let nodes = found.nodes();
        let Some(first) = nodes.iter().find(|n| clean(&n.text()).is_some()) else {
            continue;
        };
        let parent = first.parent().map(|p| p.id);
        let texts = nodes
            .iter()
            .filter(|n| n.id == first.id || n.parent().map(|p| p.id) == parent)
            .filter_map(|n| clean(&n.text()))
            .filter(|t| t.len() <= 200)
            .take(MAX_BYLINE_ELEMENTS)
            .collect::<Vec<_>>();
        return names_of(&texts);
    }
    Vec::new()
}

const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
    "satiricalarticle",
    "blogposting",
    "socialmediaposting",
    "liveblogposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "posting",
    "discussionforumposting",
];

/// Decodes the HTML entities pages put into JSON-LD strings and meta
/// values, named ("&oacute;") and numbered ("&#8217;").
pub fn unescape(s: &str) -> String {
    html_escape::decode_html_entities(s).into_owned()
}

pub fn clean(s: &str) -> Option<String> {
    let t = unescape(s).split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// A JSON-LD script's value, HTML comments, CDATA markers and trailing
/// junk tolerated.
fn parse_ld(body: &str) -> Option<Value> {
    let t = body
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim()
        .trim_start_matches("//<![CDATA[")
        .trim_start_matches("<![CDATA[")
        .trim_end_matches("//]]>")
        .trim_end_matches("]]>")
        .trim();
    if let Ok(v) = serde_json::from_str(t) {
        return Some(v);
    }
    let start = t.find(['{', '['])?;
    serde_json::Deserializer::from_str(&t[start..])
        .into_iter::<Value>()
        .next()?
        .ok()
}

fn collect<'a>(v: &'a Value, out: &mut Vec<&'a Map<String, Value>>, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(o);
            for key in [
                "@graph",
                "mainEntity",
                "mainEntityOfPage",
                "itemListElement",
            ] {
                if let Some(x) = o.get(key).filter(|x| x.is_array() || x.is_object()) {
                    collect(x, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn types(o: &Map<String, Value>) -> Vec<String> {
    let one = |v: &Value| {
        v.as_str()
            .map(|s| s.rsplit('/').next().unwrap_or(s).to_lowercase())
    };
    match o.get("@type") {
        Some(Value::Array(a)) => a.iter().filter_map(one).collect(),
        Some(v) => one(v).into_iter().collect(),
        None => vec![],
    }
}

fn is_article(o: &Map<String, Value>) -> bool {
    types(o).iter().any(|t| ARTICLE_TYPES.contains(&t.as_str()))
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => clean(s),
        Value::Array(a) => a.iter().find_map(|x| str_of(Some(x))),
        Value::Object(o) => str_of(o.get("@value")).or_else(|| str_of(o.get("name"))),
        _ => None,
    }
}

type Ids<'a> = HashMap<&'a str, &'a Map<String, Value>>;

/// People's names from an `author` value: a string, `{name}`, `{@id}`
/// found among the page's other objects, or a list of these. Authors
/// typed as organisations are left out.
fn names(v: &Value, ids: &Ids<'_>, out: &mut Vec<String>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::String(s) if !s.starts_with("http") => out.extend(clean(s)),
        Value::String(_) => {}
        Value::Array(a) => a.iter().for_each(|x| names(x, ids, out, depth + 1)),
        Value::Object(o) => {
            let target = referenced(o, ids);
            let types = types(target);
            let organisation = types
                .iter()
                .any(|t| t == "organization" || t == "newsmediaorganization");
            // A blogger's site types its owner as both.
            if organisation && !types.iter().any(|t| t == "person") {
                return;
            }
            if let Some(n) = target.get("name") {
                names(n, ids, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn name_of(v: Option<&Value>, ids: &Ids<'_>) -> Option<String> {
    match v? {
        Value::Object(o) => str_of(referenced(o, ids).get("name")),
        Value::Array(a) => a.iter().find_map(|x| name_of(Some(x), ids)),
        Value::String(s) => clean(s),
        _ => None,
    }
}

/// Whether `v` is (or refers by `@id` to) an object typed as a person: a
/// blogger's site names its owner as its publisher, and the owner is the
/// author, not the outlet.
fn is_person(v: Option<&Value>, ids: &Ids<'_>) -> bool {
    let Some(Value::Object(o)) = v else {
        return false;
    };
    types(referenced(o, ids)).iter().any(|t| t == "person")
}

/// The object `o` points to by its `@id` when it gives no name of its
/// own (`{"@id": "#author"}`), else `o` itself.
fn referenced<'a>(o: &'a Map<String, Value>, ids: &Ids<'a>) -> &'a Map<String, Value> {
    match o
        .get("@id")
        .and_then(Value::as_str)
        .and_then(|id| ids.get(id))
    {
        Some(t) if o.get("name").is_none() => t,
        _ => o,
    }
}

/// The value of a Twitter card's labelled field ("twitter:label1" =
/// "Written by", "twitter:data1" = the name) whose label is one of
/// `labels` (lower case).
fn twitter_data(metas: &HashMap<String, String>, labels: &[&str]) -> Option<String> {
    (1..=4).find_map(|i| {
        let label = metas.get(&format!("twitter:label{i}"))?.to_lowercase();
        labels
            .contains(&label.trim())
            .then(|| metas.get(&format!("twitter:data{i}")).cloned())
            .flatten()
    })
}

/// Reads the page's metadata.
pub fn read(doc: &Document) -> PageMeta {
    let mut m = PageMeta::default();

    // JSON-LD.
    let mut values = Vec::new();
    for script in doc.select("script").nodes() {
        let is_ld = script
            .attr("type")
            .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
        if is_ld {
            values.extend(parse_ld(&script.text()));
        }
    }
    let mut objects = Vec::new();
    for v in &values {
        collect(v, &mut objects, 0);
    }
    let ids: Ids<'_> = objects
        .iter()
        .filter_map(|o| Some((o.get("@id")?.as_str()?, *o)))
        .collect();
    if let Some(a) = objects.iter().find(|o| is_article(o)) {
        m.headline = str_of(a.get("headline")).or_else(|| str_of(a.get("name")));
        m.description = str_of(a.get("description"));
        for key in ["author", "creator"] {
            if let Some(v) = a.get(key) {
                names(v, &ids, &mut m.authors, 0);
            }
            if !m.authors.is_empty() {
                break;
            }
        }
        m.published = [a.get("datePublished"), a.get("dateCreated")]
            .into_iter()
            .find_map(|v| str_of(v).filter(|d| is_date(d)));
        m.modified = str_of(a.get("dateModified"));
        m.publisher =
            name_of(a.get("publisher"), &ids).filter(|_| !is_person(a.get("publisher"), &ids));
        m.section = str_of(a.get("articleSection"));
        m.language = str_of(a.get("inLanguage"));
        m.canonical = str_of(a.get("url")).filter(|u| u.starts_with("http"));
    }
    if m.authors.is_empty() {
        // WordPress's SEO plugin names a post's author on its WebPage.
        for page in objects
            .iter()
            .filter(|o| types(o).iter().any(|t| t == "webpage"))
        {
            if let Some(v) = page.get("author") {
                names(v, &ids, &mut m.authors, 0);
            }
        }
    }
    if m.publisher.is_none() {
        m.publisher = objects
            .iter()
            .find(|o| {
                types(o)
                    .iter()
                    .any(|t| t == "website" || t == "newsmediaorganization")
            })
            .and_then(|site| str_of(site.get("name")));
    }

    // <meta> tags: property, name or itemprop → content; the first wins.
    let mut metas: HashMap<String, String> = HashMap::new();
    for e in doc.select("meta[content]").nodes() {
        let Some(content) = e.attr("content").and_then(|c| clean(&c)) else {
            continue;
        };
        for attr in ["property", "name", "itemprop"] {
            if let Some(key) = e.attr(attr) {
                for k in key.split_whitespace() {
                    metas
                        .entry(k.to_ascii_lowercase())
                        .or_insert_with(|| content.clone());
                }
            }
        }
    }
    let first = |keys: &[&str]| keys.iter().find_map(|k| metas.get(*k).cloned());
    if m.headline.is_none() {
        m.headline = first(&[
            "og:title",
            "twitter:title",
            "dc.title",
            "dcterms.title",
            "sailthru.title",
            "parsely-title",
        ]);
    }
    if m.description.is_none() {
        m.description = first(&["og:description", "description", "twitter:description"]);
    }
    if m.authors.is_empty() {
        if let Some(a) = first(&[
            "author",
            "article:author",
            "byl",
            "dc.creator",
            "dcterms.creator",
            "parsely-author",
            "sailthru.author",
            "citation_author",
        ])
        .filter(|a| !a.starts_with("http") && !a.starts_with('@'))
        .or_else(|| twitter_data(&metas, &["written by", "verfasst von", "autor", "author"]))
        {
            m.authors = vec![a];
        }
    }
    // A date field holds a date only if it reads as one: a scholarly
    // page's first `datePublished` is a reference's bare year.
    let first_date = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| metas.get(*k).filter(|d| is_date(d)).cloned())
    };
    if m.published.is_none() {
        m.published = first_date(&[
            "article:published_time",
            "datepublished",
            "og:published_time",
            "published_time",
            "article.published",
            "publishdate",
            "publish-date",
            "pubdate",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "dcterms.date",
            "date",
            "citation_publication_date",
        ]);
    }
    if m.modified.is_none() {
        m.modified = first_date(&[
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "dcterms.modified",
            "last-modified",
        ]);
    }
    if m.publisher.is_none() {
        m.publisher = first(&["og:site_name", "application-name", "publisher"]);
    }
    if m.section.is_none() {
        m.section = first(&["article:section", "parsely-section", "section"]);
    }
    if m.canonical.is_none() {
        m.canonical = doc
            .select("link[rel=canonical]")
            .attr("href")
            .and_then(|h| clean(&h))
            .or_else(|| first(&["og:url"]))
            .filter(|u| u.starts_with("http"));
    }
    if m.language.is_none() {
        m.language = doc
            .select("html")
            .attr("lang")
            .and_then(|l| clean(&l))
            .or_else(|| first(&["og:locale", "content-language", "language", "dc.language"]));
    }
    // The names the markup's author fields give, read once here; four
    // more walks of the tree only for pages whose markup names no one (or
    // only "admin", a comment form's label).
    m.authors = names_of(&m.authors);
    if m.authors.is_empty() {
        m.byline_elements = byline_elements(doc);
    }
    m.h1s = doc
        .select("h1")
        .nodes()
        .iter()
        .take(MAX_H1S)
        .filter_map(|h| clean(&h.text()))
        .collect();
    if m.published.is_none() {
        m.time_element = time_element(doc);
        m.visible_date = visible_date(doc);
    }
    m
}

fn is_date(text: &str) -> bool {
    dates::find_date(text).is_some()
}

/// The first date in a `<time>` element or an element marked
/// `itemprop=datePublished` (its `datetime`, `content` or `title`, else
/// its text).
fn time_element(doc: &Document) -> Option<String> {
    let found = doc.select("[itemprop~=datePublished], time");
    let nodes = found.nodes();
    nodes.iter().take(MAX_DATE_ELEMENTS).find_map(|n| {
        ["datetime", "content", "title"]
            .iter()
            .filter_map(|a| n.attr(a))
            .map(|v| v.to_string())
            .chain(std::iter::once(n.text().to_string()))
            .filter_map(|v| clean(&v))
            .find(|v| v.len() <= MAX_DATE_TEXT && is_date(v))
    })
}

/// The first date written in an element whose class says it holds one
/// ("date", "time", "publish", "meta"): what a reader sees under the
/// headline when the markup gives no date.
fn visible_date(doc: &Document) -> Option<String> {
    let found = doc.select("[class*=date], [class*=time], [class*=publish], [class*=meta]");
    let nodes = found.nodes();
    nodes
        .iter()
        .take(MAX_DATE_ELEMENTS)
        .find_map(|n| clean(&n.text()).filter(|t| t.len() <= MAX_DATE_TEXT && is_date(t)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_ids_and_organisation_authors() {
        let html = r##"<html lang="de"><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"#site","name":"Beispiel"},
          {"@type":"Person","@id":"#p1","name":"Erika Mustermann"},
          {"@type":"Organization","@id":"#o","name":"Beispiel Redaktion"},
          {"@type":["ReportageNewsArticle"],"headline":"Ein &amp; Titel",
           "author":[{"@id":"#p1"},{"@id":"#o"}],
           "datePublished":"2024-05-01T08:00:00+02:00","publisher":{"@id":"#site"},
           "articleSection":["Politik"]}]}
        </script></head><body></body></html>"##;
        let m = read(&Document::from(html));
        assert_eq!(m.headline.as_deref(), Some("Ein & Titel"));
        assert_eq!(m.authors, ["Erika Mustermann"]);
        assert_eq!(m.published.as_deref(), Some("2024-05-01T08:00:00+02:00"));
        assert_eq!(m.publisher.as_deref(), Some("Beispiel"));
        assert_eq!(m.section.as_deref(), Some("Politik"));
        assert_eq!(m.language.as_deref(), Some("de"));
    }

    #[test]
    fn opengraph_and_meta_fallbacks() {
        let html = r#"<html><head><title>T | S</title>
        <link rel="canonical" href="https://s.example/t">
        <meta property="og:title" content="T"><meta property="og:site_name" content="S">
        <meta name="author" content="A. Writer">
        <meta property="article:published_time" content="2020-02-03T10:00:00Z">
        </head><body><time datetime="2020-02-04">x</time></body></html>"#;
        let m = read(&Document::from(html));
        assert_eq!(m.headline.as_deref(), Some("T"));
        assert_eq!(m.authors, ["A. Writer"]);
        assert_eq!(m.published.as_deref(), Some("2020-02-03T10:00:00Z"));
        assert_eq!(m.publisher.as_deref(), Some("S"));
        assert_eq!(m.canonical.as_deref(), Some("https://s.example/t"));
        // Elements are read for a date only when the markup gives none.
        assert_eq!(m.time_element, None);
    }

    #[test]
    fn authors_on_a_webpage_a_blogger_typed_twice_and_twitter_labels() {
        let html = r##"<html><head><script type="application/ld+json">
        {"@graph":[
          {"@type":["Person","Organization"],"@id":"#me","name":"Helga Example"},
          {"@type":"WebPage","author":{"@id":"#me"}}]}
        </script></head><body></body></html>"##;
        assert_eq!(read(&Document::from(html)).authors, ["Helga Example"]);

        // A blogger's site names her as its publisher too: she is the
        // author, and the outlet is the site.
        let html = r##"<html><head><script type="application/ld+json">
        {"@graph":[
          {"@type":"WebSite","@id":"#site","name":"Helga's Notes"},
          {"@type":["Person","Organization"],"@id":"#me","name":"Helga Example"},
          {"@type":"Article","headline":"On rivers","author":{"@id":"#me"},
           "publisher":{"@id":"#me"}}]}
        </script></head><body></body></html>"##;
        let m = read(&Document::from(html));
        assert_eq!(m.authors, ["Helga Example"]);
        assert_eq!(m.publisher.as_deref(), Some("Helga's Notes"));

        let html = r##"<html><head>
        <meta name="twitter:label1" content="Written by">
        <meta name="twitter:data1" content="R.C. Baker">
        </head><body></body></html>"##;
        assert_eq!(read(&Document::from(html)).authors, ["R.C. Baker"]);
    }

    #[test]
    fn byline_elements_are_the_first_found_and_its_co_authors() {
        let html = r##"<html><body>
        <nav><a href="/topics/">Topics</a></nav>
        <p class="meta">von <a href="/autor/jan-koch">Jan Koch</a> und
           <a href="/autor/eva-lind">Eva Lind</a></p>
        <aside><a href="/autor/someone-else">Someone Else</a></aside>
        </body></html>"##;
        assert_eq!(
            read(&Document::from(html)).byline_elements,
            ["Jan Koch", "Eva Lind"]
        );
        // A byline component named by its test id, and the news
        // industry's <byline> element.
        for html in [
            r#"<div data-testid="prism-byline"><span>By</span> <a href="/team/jr">J.R. Stone</a></div>"#,
            "<article><byline>Von J.R. Stone, dpa</byline><p>Text.</p></article>",
        ] {
            assert_eq!(
                read(&Document::from(html)).byline_elements,
                ["J.R. Stone"],
                "{html}"
            );
        }
    }

    #[test]
    fn a_date_field_must_read_as_a_date_and_the_page_shows_the_rest() {
        let html = r##"<html><head>
        <meta itemprop="datePublished" content="1988">
        <meta name="dc.date" content="2017-01-30">
        </head><body></body></html>"##;
        assert_eq!(
            read(&Document::from(html)).published.as_deref(),
            Some("2017-01-30")
        );

        let html = r##"<html><body>
        <abbr class="published" itemprop="datePublished" title="2017-09-09T10:52:00+02:00">Sat</abbr>
        </body></html>"##;
        let m = read(&Document::from(html));
        assert_eq!(m.time_element.as_deref(), Some("2017-09-09T10:52:00+02:00"));

        let html = r##"<html><body><h1>Title</h1>
        <div class="post-meta">Teilen</div>
        <span class="date">27.01.2022</span></body></html>"##;
        let m = read(&Document::from(html));
        assert_eq!(m.time_element, None);
        assert_eq!(m.visible_date.as_deref(), Some("27.01.2022"));
    }

    #[test]
    fn unescape_near_multibyte() {
        assert_eq!(unescape("a &b\u{ff0c}c"), "a &b\u{ff0c}c");
        assert_eq!(unescape("x &#8217;y&amp;"), "x \u{2019}y&");
        assert_eq!(unescape("Redacci&oacute;n"), "Redacción");
    }
}
