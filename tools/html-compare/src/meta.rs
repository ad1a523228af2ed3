//! Our own metadata reader: JSON-LD (Article family, `@graph`, `@id`
//! references), OpenGraph / `article:*`, `<meta name=…>`, and a few in-page
//! byline conventions, over `scraper` (html5ever).

use std::collections::HashMap;

use scraper::{Html, Selector};
use serde_json::Value;

#[derive(Debug, Default, Clone)]
pub struct Meta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    /// which source each field came from, for the report
    pub sources: Vec<(&'static str, &'static str)>,
}

impl Meta {
    pub fn byline(&self) -> Option<String> {
        (!self.authors.is_empty()).then(|| self.authors.join(", "))
    }
}

const ARTICLE_TYPES: &[&str] = &[
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "satiricalarticle",
    "blogposting", "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle",
    "report", "posting", "discussionforumposting", "medicalwebpage",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

/// Minimal entity decoding for strings from JSON-LD (pages often put
/// `&amp;`, `&#8217;` into JSON strings).
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        // ';' is ASCII, so the byte index found is a char boundary
        let Some(j) = rest.as_bytes().iter().take(12).position(|&b| b == b';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..j];
        let ch = match ent {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "nbsp" => Some(' '),
            _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                u32::from_str_radix(&ent[2..], 16).ok().and_then(char::from_u32)
            }
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[j + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn clean(s: &str) -> Option<String> {
    let t = unescape(s).split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Parses a JSON-LD script body, tolerating HTML comments, CDATA markers
/// and trailing junk.
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
    serde_json::Deserializer::from_str(&t[start..]).into_iter::<Value>().next()?.ok()
}

fn collect<'a>(v: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(o);
            for key in ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"] {
                if let Some(x) = o.get(key)
                    && (x.is_array() || x.is_object())
                {
                    collect(x, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn types(o: &serde_json::Map<String, Value>) -> Vec<String> {
    let one = |v: &Value| v.as_str().map(|s| s.rsplit('/').next().unwrap_or(s).to_lowercase());
    match o.get("@type") {
        Some(Value::Array(a)) => a.iter().filter_map(one).collect(),
        Some(v) => one(v).into_iter().collect(),
        None => vec![],
    }
}

fn is_article(o: &serde_json::Map<String, Value>) -> bool {
    types(o).iter().any(|t| ARTICLE_TYPES.contains(&t.as_str()))
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => clean(s),
        Value::Array(a) => a.iter().find_map(|x| str_of(Some(x))),
        Value::Object(o) => str_of(o.get("@value")),
        _ => None,
    }
}

/// Names from an `author`/`creator` value: string, `{name}`, `{@id}`
/// resolved through the page's other JSON-LD objects, or arrays of these.
fn names(v: &Value, ids: &HashMap<&str, &serde_json::Map<String, Value>>, out: &mut Vec<String>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::String(s) => {
            if !s.starts_with("http") {
                if let Some(c) = clean(s) {
                    out.push(c)
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| names(x, ids, out, depth + 1)),
        Value::Object(o) => {
            if let Some(n) = o.get("name") {
                names(n, ids, out, depth + 1);
            } else if let Some(id) = o.get("@id").and_then(Value::as_str)
                && let Some(t) = ids.get(id)
                && let Some(n) = t.get("name")
            {
                names(n, ids, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn resolve_name(v: Option<&Value>, ids: &HashMap<&str, &serde_json::Map<String, Value>>) -> Option<String> {
    let mut n = Vec::new();
    names(v?, ids, &mut n, 0);
    n.into_iter().next()
}

pub fn read_meta(doc: &Html) -> Meta {
    let mut m = Meta::default();

    // ---- JSON-LD
    let scripts = sel("script");
    let values: Vec<Value> = doc
        .select(&scripts)
        .filter(|e| e.value().attr("type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json")))
        .filter_map(|e| parse_ld(&e.text().collect::<String>()))
        .collect();
    let mut objs = Vec::new();
    for v in &values {
        collect(v, &mut objs, 0);
    }
    let ids: HashMap<&str, &serde_json::Map<String, Value>> =
        objs.iter().filter_map(|o| Some((o.get("@id")?.as_str()?, *o))).collect();
    if let Some(a) = objs.iter().find(|o| is_article(o)) {
        if let Some(t) = str_of(a.get("headline")).or_else(|| str_of(a.get("name"))) {
            m.title = Some(t);
            m.sources.push(("title", "json-ld"));
        }
        let mut au = Vec::new();
        for key in ["author", "creator"] {
            if let Some(v) = a.get(key) {
                names(v, &ids, &mut au, 0);
            }
            if !au.is_empty() {
                break;
            }
        }
        if !au.is_empty() {
            au.dedup();
            m.authors = au;
            m.sources.push(("author", "json-ld"));
        }
        if let Some(d) = str_of(a.get("datePublished")).or_else(|| str_of(a.get("dateCreated"))) {
            m.published = Some(d);
            m.sources.push(("date", "json-ld"));
        }
        if let Some(p) = resolve_name(a.get("publisher"), &ids) {
            m.site_name = Some(p);
            m.sources.push(("site", "json-ld"));
        }
        if let Some(l) = str_of(a.get("inLanguage")) {
            m.lang = Some(l);
        }
    }
    if m.site_name.is_none()
        && let Some(w) = objs.iter().find(|o| types(o).iter().any(|t| t == "website"))
        && let Some(n) = str_of(w.get("name"))
    {
        m.site_name = Some(n);
        m.sources.push(("site", "json-ld website"));
    }

    // ---- <meta> tags: name/property/itemprop → content (first wins)
    let mut metas: HashMap<String, String> = HashMap::new();
    for e in doc.select(&sel("meta[content]")) {
        let v = e.value();
        let Some(content) = v.attr("content").and_then(clean) else { continue };
        for key in [v.attr("property"), v.attr("name"), v.attr("itemprop")].into_iter().flatten() {
            for k in key.split_whitespace() {
                metas.entry(k.to_ascii_lowercase()).or_insert_with(|| content.clone());
            }
        }
    }
    let first = |keys: &[&str]| keys.iter().find_map(|k| metas.get(*k).cloned());

    if m.title.is_none() {
        if let Some(t) = first(&["og:title", "twitter:title", "dc.title", "dcterms.title", "sailthru.title", "parsely-title"]) {
            m.title = Some(t);
            m.sources.push(("title", "meta"));
        } else if let Some(t) = doc.select(&sel("title")).next().and_then(|e| clean(&e.text().collect::<String>())) {
            m.title = Some(t);
            m.sources.push(("title", "<title>"));
        }
    }
    if m.authors.is_empty() {
        let a = first(&[
            "author", "article:author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
            "citation_author", "twitter:creator",
        ])
        .filter(|a| !a.starts_with("http") && !a.starts_with('@'));
        if let Some(a) = a {
            m.authors = vec![a];
            m.sources.push(("author", "meta"));
        }
    }
    if m.authors.is_empty() {
        // in-page conventions: rel=author, itemprop=author, a byline class
        let cands = sel("[rel=author], [itemprop=author], .byline, .author, [class*=byline]");
        if let Some(t) = doc
            .select(&cands)
            .filter_map(|e| clean(&e.text().collect::<String>()))
            .find(|t| t.len() >= 3 && t.len() <= 100)
        {
            m.authors = vec![t];
            m.sources.push(("author", "in-page"));
        }
    }
    if m.published.is_none() {
        if let Some(d) = first(&[
            "article:published_time", "datepublished", "og:published_time", "published_time", "publishdate",
            "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
            "dcterms.created", "dcterms.date", "date", "citation_publication_date",
        ]) {
            m.published = Some(d);
            m.sources.push(("date", "meta"));
        } else if let Some(d) = doc
            .select(&sel("time[datetime]"))
            .find_map(|e| e.value().attr("datetime").and_then(clean))
        {
            m.published = Some(d);
            m.sources.push(("date", "<time>"));
        }
    }
    if m.site_name.is_none()
        && let Some(s) = first(&["og:site_name", "application-name", "twitter:site"]).filter(|s| !s.starts_with('@'))
    {
        m.site_name = Some(s);
        m.sources.push(("site", "meta"));
    }
    if let Some(l) = doc.root_element().value().attr("lang").and_then(clean) {
        m.lang = Some(l);
    } else if m.lang.is_none() {
        m.lang = first(&["og:locale", "content-language", "language", "dc.language"]);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_and_id_refs() {
        let html = r##"<html lang="de"><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"#site","name":"Beispiel"},
          {"@type":"Person","@id":"#p1","name":"Erika Mustermann"},
          {"@type":["ReportageNewsArticle"],"headline":"Ein &amp; Titel","author":{"@id":"#p1"},
           "datePublished":"2024-05-01T08:00:00+02:00","publisher":{"@id":"#site"}}]}
        </script></head><body></body></html>"##;
        let m = read_meta(&Html::parse_document(html));
        assert_eq!(m.title.as_deref(), Some("Ein & Titel"));
        assert_eq!(m.authors, vec!["Erika Mustermann"]);
        assert_eq!(m.published.as_deref(), Some("2024-05-01T08:00:00+02:00"));
        assert_eq!(m.site_name.as_deref(), Some("Beispiel"));
        assert_eq!(m.lang.as_deref(), Some("de"));
    }

    #[test]
    fn unescape_near_multibyte() {
        assert_eq!(unescape("a &b，c"), "a &b，c");
        assert_eq!(unescape("x &#8217;y&amp;"), "x \u{2019}y&");
    }

    #[test]
    fn opengraph_fallbacks() {
        let html = r#"<html><head><title>T | S</title>
        <meta property="og:title" content="T"><meta property="og:site_name" content="S">
        <meta name="author" content="A. Writer"><meta property="article:published_time" content="2020-02-03">
        </head><body></body></html>"#;
        let m = read_meta(&Html::parse_document(html));
        assert_eq!(m.title.as_deref(), Some("T"));
        assert_eq!(m.byline().as_deref(), Some("A. Writer"));
        assert_eq!(m.published.as_deref(), Some("2020-02-03"));
        assert_eq!(m.site_name.as_deref(), Some("S"));
    }
}
