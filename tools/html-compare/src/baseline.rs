//! The baseline: visible text of `<p>` elements inside the page's `<article>`
//! (the one with the most paragraph text) or `<main>`, else the whole body.

use scraper::{ElementRef, Html, Selector};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

const SKIP_ANCESTORS: &[&str] = &["figure", "figcaption", "aside", "nav", "footer", "form", "noscript"];

fn paragraphs_in(container: ElementRef, p: &Selector) -> Vec<String> {
    container
        .select(p)
        .filter(|e| {
            !e.ancestors()
                .take_while(|a| a.id() != container.id())
                .filter_map(ElementRef::wrap)
                .any(|a| SKIP_ANCESTORS.contains(&a.value().name()))
        })
        .map(|e| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect()
}

pub fn extract(doc: &Html) -> Vec<String> {
    let p = sel("p");
    let len = |v: &Vec<String>| v.iter().map(String::len).sum::<usize>();
    let pick = |css: &str| {
        doc.select(&sel(css)).map(|c| paragraphs_in(c, &p)).max_by_key(len).filter(|v| len(v) >= 200)
    };
    let best = pick("article").or_else(|| pick("main, [role=main]"));
    best.unwrap_or_else(|| match doc.select(&sel("body")).next() {
        Some(body) => paragraphs_in(body, &p),
        None => Vec::new(),
    })
}
