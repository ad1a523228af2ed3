//! One wrapper per candidate crate. Each takes decoded HTML and the page URL
//! and returns what the crate gives, untouched: its content as HTML and/or
//! text, and whatever metadata it offers. Text normalisation happens outside
//! the timed call (see `Raw::text`).

use crate::text::html_paragraphs;

#[derive(Debug, Default, Clone)]
pub struct Raw {
    /// content as HTML, when the crate gives it (turned into paragraphs by
    /// the same converter as the gold text)
    pub html: Option<String>,
    /// content as plain text, used when the crate's own text is its
    /// primary output (the trafilatura ports) or when it gives no HTML
    pub text: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    pub lang: Option<String>,
    pub site: Option<String>,
}

impl Raw {
    /// The text we score: the crate's own text where that is its primary
    /// output, else our paragraph split of its HTML.
    pub fn paragraphs(&self, prefer_text: bool) -> Vec<String> {
        match (&self.text, &self.html) {
            (Some(t), _) if prefer_text || self.html.is_none() => {
                t.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect()
            }
            (_, Some(h)) => html_paragraphs(h),
            _ => Vec::new(),
        }
    }
}

pub struct Candidate {
    pub name: &'static str,
    pub krate: &'static str,
    /// score the crate's own text rather than our split of its HTML
    pub prefer_text: bool,
    pub run: fn(&str, &str) -> Result<Raw, String>,
}

fn nonempty(s: impl Into<String>) -> Option<String> {
    let s = s.into();
    (!s.trim().is_empty()).then_some(s)
}

fn dom_smoothie(html: &str, url: &str) -> Result<Raw, String> {
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let mut r = dom_smoothie::Readability::new(html, Some(url), Some(cfg)).map_err(|e| e.to_string())?;
    let a = r.parse().map_err(|e| e.to_string())?;
    Ok(Raw {
        html: Some(a.content.to_string()),
        text: Some(a.text_content.to_string()),
        title: nonempty(a.title),
        byline: a.byline,
        date: a.published_time,
        lang: a.lang,
        site: a.site_name,
    })
}

fn rs_trafilatura(html: &str, url: &str) -> Result<Raw, String> {
    let opts = rs_trafilatura::Options { url: Some(url.to_string()), ..Default::default() };
    let r = rs_trafilatura::extract_with_options(html, &opts).map_err(|e| e.to_string())?;
    Ok(Raw {
        html: r.content_html,
        text: Some(r.content_text),
        title: r.metadata.title,
        byline: r.metadata.author,
        date: r.metadata.date.map(|d| d.to_rfc3339()),
        lang: r.metadata.language,
        site: r.metadata.sitename,
    })
}

fn trafilatura_rs(html: &str, url: &str) -> Result<Raw, String> {
    let mut o = trafilatura::Options::default();
    // as trafilatura's own eval: no comments, tables kept, with fallback
    o.enable_fallback = true;
    o.exclude_comments = true;
    o.original_url = url::Url::parse(url).ok();
    let r = trafilatura::extract(html, &o).map_err(|e| e.to_string())?;
    Ok(Raw {
        html: nonempty(r.content_html),
        text: Some(r.content_text),
        title: nonempty(r.metadata.title),
        byline: nonempty(r.metadata.author),
        date: r.metadata.date.map(|d| d.to_string()),
        lang: nonempty(r.metadata.language),
        site: nonempty(r.metadata.sitename),
    })
}

fn kumabook(html: &str, url: &str) -> Result<Raw, String> {
    let u = url::Url::parse(url).map_err(|e| e.to_string())?;
    let p = readability::extractor::extract(&mut html.as_bytes(), &u).map_err(|e| e.to_string())?;
    Ok(Raw { html: Some(p.content), text: Some(p.text), title: nonempty(p.title), ..Default::default() })
}

fn llm_readability(html: &str, url: &str) -> Result<Raw, String> {
    let u = url::Url::parse(url).map_err(|e| e.to_string())?;
    let p = llm_readability::extractor::extract(&mut html.as_bytes(), &u).map_err(|e| e.to_string())?;
    Ok(Raw { html: Some(p.content), text: Some(p.text), ..Default::default() })
}

fn readability_rust(html: &str, url: &str) -> Result<Raw, String> {
    let mut r = readability_rust::Readability::new_with_base_uri(html, url, None).map_err(|e| e.to_string())?;
    let a = r.parse().ok_or("no article")?;
    Ok(Raw {
        html: a.content,
        text: a.text_content,
        title: a.title,
        byline: a.byline,
        date: a.published_time,
        lang: a.lang,
        site: a.site_name,
    })
}

fn legible(html: &str, url: &str) -> Result<Raw, String> {
    let a = legible::parse(html, Some(url), None).map_err(|e| e.to_string())?;
    Ok(Raw {
        html: Some(a.content),
        text: Some(a.text_content),
        title: nonempty(a.title),
        byline: a.byline,
        date: a.published_time,
        lang: a.lang,
        site: a.site_name,
    })
}

fn readabilityrs(html: &str, url: &str) -> Result<Raw, String> {
    let r = readabilityrs::Readability::new(html, Some(url), None).map_err(|e| e.to_string())?;
    let a = r.parse().ok_or("no article")?;
    Ok(Raw {
        html: a.content,
        text: a.text_content,
        title: a.title,
        byline: a.byline,
        date: a.published_time,
        lang: a.lang,
        site: a.site_name,
    })
}

fn libreadability(html: &str, url: &str) -> Result<Raw, String> {
    let a = libreadability::extract(html, Some(url)).map_err(|e| e.to_string())?;
    Ok(Raw {
        html: nonempty(a.content),
        text: Some(a.text_content),
        title: nonempty(a.title),
        byline: nonempty(a.byline),
        date: nonempty(a.published_time),
        lang: nonempty(a.language),
        site: nonempty(a.site_name),
    })
}

fn lectito(html: &str, url: &str) -> Result<Raw, String> {
    let a = lectito::extract(html, Some(url), &lectito::ReadabilityOptions::default())
        .map_err(|e| e.to_string())?
        .ok_or("no article")?;
    Ok(Raw {
        html: nonempty(a.content),
        text: Some(a.text_content),
        title: a.title,
        byline: a.byline,
        date: a.published_time,
        lang: a.lang,
        site: a.site_name,
    })
}

fn baseline_p(html: &str, _url: &str) -> Result<Raw, String> {
    let doc = scraper::Html::parse_document(html);
    let paras = crate::baseline::extract(&doc);
    let m = crate::meta::read_meta(&doc);
    Ok(Raw {
        html: None,
        text: Some(paras.join("\n")),
        title: m.title.clone(),
        byline: m.byline(),
        date: m.published.clone(),
        lang: m.lang.clone(),
        site: m.site_name.clone(),
    })
}

fn own_meta(html: &str, _url: &str) -> Result<Raw, String> {
    let doc = scraper::Html::parse_document(html);
    let m = crate::meta::read_meta(&doc);
    Ok(Raw {
        title: m.title.clone(),
        byline: m.byline(),
        date: m.published.clone(),
        lang: m.lang.clone(),
        site: m.site_name.clone(),
        ..Default::default()
    })
}

/// Text from dom_smoothie, metadata from our own reader (what the importer
/// would do if dom_smoothie's metadata turned out weaker).
fn dom_smoothie_own_meta(html: &str, url: &str) -> Result<Raw, String> {
    let mut r = dom_smoothie(html, url)?;
    let m = own_meta(html, url)?;
    r.title = m.title;
    r.byline = m.byline;
    r.date = m.date;
    r.lang = m.lang;
    r.site = m.site;
    Ok(r)
}

#[cfg(feature = "article-scraper")]
fn article_scraper(html: &str, url: &str) -> Result<Raw, String> {
    use std::sync::OnceLock;
    static PARSER: OnceLock<article_scraper::FullTextParser> = OnceLock::new();
    let p = PARSER.get_or_init(|| futures::executor::block_on(article_scraper::FullTextParser::new(None)));
    let u = url::Url::parse(url).ok();
    let a = p.parse_offline(vec![html.to_string()], None, u).map_err(|e| e.to_string())?;
    Ok(Raw {
        html: a.html,
        title: a.title,
        byline: a.author,
        date: a.date.map(|d| d.to_rfc3339()),
        ..Default::default()
    })
}

pub fn all() -> Vec<Candidate> {
    let mut v = vec![
        Candidate { name: "dom_smoothie", krate: "dom_smoothie 0.19.0", prefer_text: false, run: dom_smoothie },
        Candidate { name: "rs-trafilatura", krate: "rs-trafilatura 0.2.2", prefer_text: true, run: rs_trafilatura },
        Candidate { name: "trafilatura", krate: "trafilatura 0.6.0", prefer_text: true, run: trafilatura_rs },
        Candidate { name: "readability", krate: "readability 0.3.0 (kumabook)", prefer_text: false, run: kumabook },
        Candidate { name: "llm_readability", krate: "llm_readability 0.0.17", prefer_text: false, run: llm_readability },
        Candidate { name: "readability-rust", krate: "readability-rust 0.1.0", prefer_text: false, run: readability_rust },
        Candidate { name: "legible", krate: "legible 0.5.1", prefer_text: false, run: legible },
        Candidate { name: "readabilityrs", krate: "readabilityrs 0.1.4", prefer_text: false, run: readabilityrs },
        Candidate { name: "libreadability", krate: "libreadability 0.3.0", prefer_text: false, run: libreadability },
        Candidate { name: "lectito", krate: "lectito 0.3.1", prefer_text: false, run: lectito },
        Candidate { name: "baseline-p", krate: "own: <p> in <article>/<main> + own meta (scraper 0.27)", prefer_text: true, run: baseline_p },
        Candidate { name: "own-meta", krate: "own: metadata reader only (scraper 0.27)", prefer_text: true, run: own_meta },
        Candidate { name: "dom_smoothie+own-meta", krate: "dom_smoothie text, own metadata", prefer_text: false, run: dom_smoothie_own_meta },
    ];
    #[cfg(feature = "article-scraper")]
    v.push(Candidate { name: "article_scraper", krate: "article_scraper 3.0.2 (GPL-3.0)", prefer_text: false, run: article_scraper });
    v.retain(|_| true);
    v
}
