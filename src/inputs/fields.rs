//! The fields of a JSON or CSV record: which names mean the headline, the
//! text, the date…, as the common tools write them, and `--field` to name
//! others.
//!
//! | field | names recognised (first found wins) |
//! |---|---|
//! | headline | `title`, `headline` |
//! | text | `maintext` (news-please), `text` (CC-News, trafilatura, Media Cloud), `raw_text`, `body`, `content`, `article_text`, `full_text` |
//! | standfirst | `description`, `standfirst`, `summary`, `excerpt`, `lead` |
//! | authors | `authors` (news-please, a list), `author` (trafilatura, `; `-joined), `byline`, `creator`, `creators` |
//! | published | `date_publish` (news-please), `published`, `publish_date` (Media Cloud), `date_published`, `datepublished`, `published_at`, `pubdate`, `publication_date`, `date` (CC-News, trafilatura), `datetime` |
//! | modified | `date_modify` (news-please), `modified`, `date_modified`, `datemodified`, `updated_at`, `last_modified` |
//! | outlet | `outlet`, `publisher`, `sitename`, `site_name`, `media_name` (Media Cloud), `source_name`, `source_domain` (news-please), `domain` (CC-News), `hostname` (trafilatura), `media_url`, `source` (when not a URL) |
//! | url | `url`, `link`, `canonical_url`, `article_url`, `source` (trafilatura, when a URL) |
//! | id | `id`, `stories_id` (Media Cloud), `story_id`, `article_id`, `guid`, `uuid` |
//! | section | `section`, `category`, `categories` |
//! | language | `language`, `lang` |
//! | path | `path` |
//!
//! Names are compared ignoring case. A domain as the outlet
//! (`www.nytimes.com`) becomes the outlet's usual name when clippings
//! knows it, else the domain without `www.`.
//!
//! A record with a `path` carries the text of the file at that path (as
//! `contrib/spark/texts_to_jsonl.py` writes a folder of text files): it is
//! read as that file is, a page of plain text stored under its path, with
//! its `title` put above the text unless the text starts with it, and its
//! outlet, url, published and authors as the file's manifest row (stored
//! as given, a date checked as a manifest's is; a record with any of the
//! four, even as null, is stored with them as its row). See
//! [`super::Carried`].

use clippings_extract::{Known, Origin, outlets};

use super::Carried;
use crate::manifest;

/// A field of an article that a record may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Headline,
    Text,
    Standfirst,
    Authors,
    Published,
    Modified,
    Outlet,
    Url,
    Id,
    Section,
    Language,
    Path,
}

impl Field {
    pub const ALL: [Field; 12] = [
        Field::Headline,
        Field::Text,
        Field::Standfirst,
        Field::Authors,
        Field::Published,
        Field::Modified,
        Field::Outlet,
        Field::Url,
        Field::Id,
        Field::Section,
        Field::Language,
        Field::Path,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Headline => "headline",
            Field::Text => "text",
            Field::Standfirst => "standfirst",
            Field::Authors => "authors",
            Field::Published => "published",
            Field::Modified => "modified",
            Field::Outlet => "outlet",
            Field::Url => "url",
            Field::Id => "id",
            Field::Section => "section",
            Field::Language => "language",
            Field::Path => "path",
        }
    }

    /// The names the common tools give the field, in order of preference.
    pub fn defaults(self) -> &'static [&'static str] {
        match self {
            Field::Headline => &["title", "headline"],
            Field::Text => &[
                "maintext",
                "text",
                "raw_text",
                "body",
                "content",
                "article_text",
                "full_text",
            ],
            Field::Standfirst => &["description", "standfirst", "summary", "excerpt", "lead"],
            Field::Authors => &["authors", "author", "byline", "creator", "creators"],
            Field::Published => &[
                "date_publish",
                "published",
                "publish_date",
                "date_published",
                "datepublished",
                "published_at",
                "pubdate",
                "publication_date",
                "date",
                "datetime",
            ],
            Field::Modified => &[
                "date_modify",
                "modified",
                "date_modified",
                "datemodified",
                "updated_at",
                "last_modified",
            ],
            Field::Outlet => &[
                "outlet",
                "publisher",
                "sitename",
                "site_name",
                "media_name",
                "source_name",
                "source_domain",
                "domain",
                "hostname",
                "media_url",
                "source",
            ],
            Field::Url => &["url", "link", "canonical_url", "article_url", "source"],
            Field::Id => &["id", "stories_id", "story_id", "article_id", "guid", "uuid"],
            Field::Section => &["section", "category", "categories"],
            Field::Language => &["language", "lang"],
            Field::Path => &["path"],
        }
    }
}

/// `--field` overrides: a field read from a named column or key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldMap {
    overrides: Vec<(Field, String)>,
}

impl FieldMap {
    /// Reads `FIELD=NAME` specs ("headline=story_title").
    pub fn parse(specs: &[String]) -> Result<FieldMap, String> {
        let mut map = FieldMap::default();
        for spec in specs {
            let (field, name) = spec
                .split_once('=')
                .map(|(f, n)| (f.trim(), n.trim()))
                .filter(|(f, n)| !f.is_empty() && !n.is_empty())
                .ok_or_else(|| {
                    format!("--field {spec}: write it as FIELD=NAME, e.g. headline=story_title")
                })?;
            let field = Field::ALL
                .into_iter()
                .find(|f| f.name().eq_ignore_ascii_case(field))
                .ok_or_else(|| {
                    format!(
                        "--field {spec}: '{field}' is not a field; the fields are {}",
                        Field::ALL.map(Field::name).join(", ")
                    )
                })?;
            map.overrides.retain(|(f, _)| *f != field);
            map.overrides.push((field, name.to_string()));
        }
        Ok(map)
    }

    /// The overriding name of a field, if `--field` gave one.
    pub fn name_of(&self, field: Field) -> Option<&str> {
        self.overrides
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, n)| n.as_str())
    }
}

/// A field's value as a record holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    List(Vec<String>),
    /// A field the record has, with nothing in it (JSON's null, an empty
    /// CSV cell).
    Null,
}

impl Value {
    fn text(&self) -> Option<String> {
        let t = match self {
            Value::Text(t) => t.trim().to_string(),
            Value::List(items) => items.first()?.trim().to_string(),
            Value::Null => return None,
        };
        (!t.is_empty()).then_some(t)
    }
}

/// How the error for a record without article text starts.
pub const NO_TEXT: &str = "no article text";

/// What a record gives for an article.
#[derive(Debug, Clone)]
pub struct RecordArticle {
    pub text: String,
    pub known: Known,
    /// Its URL, else `id:` and its id.
    pub key: Option<String>,
    /// The file whose text the record carries, when it names one.
    pub carried: Option<Carried>,
}

/// Reads an article out of a record, `get` giving a field's value by name
/// (ignoring case). An error says what is missing.
pub fn article(
    map: &FieldMap,
    get: &dyn Fn(&str) -> Option<Value>,
) -> Result<RecordArticle, String> {
    let find = |field: Field| -> Option<Value> {
        // A name given with --field first; where a record has nothing
        // under it (another export's columns), the usual names.
        if let Some(value) = map
            .name_of(field)
            .and_then(get)
            .filter(|v| v.text().is_some())
        {
            return Some(value);
        }
        field.defaults().iter().find_map(|name| {
            let value = get(name).filter(|v| v.text().is_some())?;
            // trafilatura's `source` is the page's URL; elsewhere an outlet.
            let is_url = value.text().is_some_and(|t| looks_like_url(&t));
            match (field, *name) {
                (Field::Url, "source") if !is_url => None,
                (Field::Outlet, "source") if is_url => None,
                _ => Some(value),
            }
        })
    };
    let text_of = |field: Field| find(field).and_then(|v| v.text());
    let Some(text) = find(Field::Text).map(|v| match v {
        Value::Text(t) => t,
        Value::List(items) => items.join("\n"),
        Value::Null => String::new(),
    }) else {
        return Err(match map.name_of(Field::Text) {
            Some(name) => format!(
                "{NO_TEXT} (looked for {name}, {})",
                Field::Text.defaults().join(", ")
            ),
            None => format!(
                "{NO_TEXT} (looked for {}; name it with --field text=NAME)",
                Field::Text.defaults().join(", ")
            ),
        });
    };
    if let Some(path) = text_of(Field::Path) {
        return Ok(RecordArticle {
            text,
            known: Known {
                headline: text_of(Field::Headline),
                ..Known::default()
            },
            key: None,
            carried: Some(Carried {
                path,
                row: carried_row(map, get)?,
            }),
        });
    }
    let url = text_of(Field::Url);
    let id = text_of(Field::Id);
    let key = url.clone().or_else(|| id.map(|id| format!("id:{id}")));
    let known = Known {
        headline: text_of(Field::Headline),
        standfirst: text_of(Field::Standfirst),
        authors: find(Field::Authors).map(authors).filter(|a| !a.is_empty()),
        published: text_of(Field::Published),
        modified: text_of(Field::Modified),
        outlet: text_of(Field::Outlet).map(|o| outlet_name(&o)),
        url,
        section: text_of(Field::Section),
        language: text_of(Field::Language),
        origin: Some(Origin::Record),
        ..Known::default()
    };
    Ok(RecordArticle {
        text,
        known,
        key,
        carried: None,
    })
}

/// The manifest row a record that carries a file gives: its outlet, url,
/// published and authors as a manifest.csv row would (the outlet as
/// given, the date checked in full); `None` if it has none of them, not
/// even as null.
fn carried_row(
    map: &FieldMap,
    get: &dyn Fn(&str) -> Option<Value>,
) -> Result<Option<manifest::Entry>, String> {
    const ROW: [Field; 4] = [Field::Outlet, Field::Url, Field::Published, Field::Authors];
    // The field's own name (or --field's): a row's columns are named.
    let value = |field: Field| get(map.name_of(field).unwrap_or(field.name()));
    if ROW.iter().all(|f| value(*f).is_none()) {
        return Ok(None);
    }
    let text = |field: Field| value(field).and_then(|v| v.text());
    let published = match text(Field::Published) {
        None => None,
        Some(raw) => Some(manifest::manifest_date(&raw).ok_or_else(|| {
            format!(
                "'{raw}' in \"published\" is not a date; write it as 2017-06-15 or 2017-06-15T13:34:00+01:00"
            )
        })?),
    };
    Ok(Some(manifest::Entry {
        outlet: text(Field::Outlet),
        url: text(Field::Url),
        published,
        authors: value(Field::Authors)
            .filter(|v| *v != Value::Null)
            .map(authors),
        row: 0,
    }))
}

fn looks_like_url(text: &str) -> bool {
    text.starts_with("http://") || text.starts_with("https://")
}

/// An outlet's name from a record: a domain becomes the known outlet's
/// name, or the bare domain.
pub fn outlet_name(value: &str) -> String {
    let value = value.trim();
    let is_domain = !value.contains(' ') && value.contains('.') && !value.ends_with('.');
    if !is_domain && !looks_like_url(value) {
        return value.to_string();
    }
    outlets::outlet_of_url(value).unwrap_or_else(|| value.to_string())
}

/// Authors as the record gives them: a list as it is; a string that is a
/// list written out (`['A', 'B']`, as pandas writes one into a CSV), or
/// names joined by `;` or `|`, split.
pub fn authors(value: Value) -> Vec<String> {
    let list = match value {
        Value::Null => Vec::new(),
        Value::List(items) => items,
        Value::Text(text) => {
            let t = text.trim();
            if t.starts_with('[') && t.ends_with(']') {
                serde_json::from_str::<Vec<String>>(t)
                    .or_else(|_| serde_json::from_str::<Vec<String>>(&t.replace('\'', "\"")))
                    .unwrap_or_else(|_| vec![t.to_string()])
            } else if t.contains(';') {
                t.split(';').map(String::from).collect()
            } else if t.contains('|') {
                t.split('|').map(String::from).collect()
            } else {
                vec![t.to_string()]
            }
        }
    };
    list.into_iter()
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn record(pairs: &[(&str, Value)]) -> HashMap<String, Value> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_lowercase(), v.clone()))
            .collect()
    }

    fn read(map: &FieldMap, fields: &HashMap<String, Value>) -> Result<RecordArticle, String> {
        article(map, &|name| fields.get(&name.to_lowercase()).cloned())
    }

    fn text(t: &str) -> Value {
        Value::Text(t.into())
    }

    #[test]
    fn news_please_fields() {
        let r = record(&[
            ("title", text("Port strike ends")),
            ("maintext", text("Dockers returned.\nPay rises.")),
            (
                "authors",
                Value::List(vec!["Jane Holloway".into(), "Sam Lee".into()]),
            ),
            ("date_publish", text("2024-01-07 01:20:00")),
            ("source_domain", text("www.theguardian.com")),
            ("url", text("https://example.org/a")),
            ("language", text("en")),
        ]);
        let a = read(&FieldMap::default(), &r).unwrap();
        assert_eq!(a.text, "Dockers returned.\nPay rises.");
        assert_eq!(a.key.as_deref(), Some("https://example.org/a"));
        let k = a.known;
        assert_eq!(k.headline.as_deref(), Some("Port strike ends"));
        assert_eq!(
            k.authors,
            Some(vec!["Jane Holloway".into(), "Sam Lee".into()])
        );
        assert_eq!(k.published.as_deref(), Some("2024-01-07 01:20:00"));
        assert_eq!(k.outlet.as_deref(), Some("The Guardian"));
        assert_eq!(k.language.as_deref(), Some("en"));
        assert_eq!(k.origin, Some(Origin::Record));
    }

    #[test]
    fn trafilatura_source_is_a_url_and_authors_split() {
        let r = record(&[
            ("title", text("T")),
            ("text", text("Body.")),
            ("author", text("Jane Holloway; Sam Lee")),
            ("source", text("https://news.example.net/x")),
            ("hostname", text("news.example.net")),
            ("id", text("42")),
        ]);
        let a = read(&FieldMap::default(), &r).unwrap();
        assert_eq!(a.key.as_deref(), Some("https://news.example.net/x"));
        assert_eq!(a.known.outlet.as_deref(), Some("news.example.net"));
        assert_eq!(
            a.known.authors,
            Some(vec!["Jane Holloway".into(), "Sam Lee".into()])
        );
    }

    #[test]
    fn overrides_and_missing_text() {
        let r = record(&[
            ("story_title", text("Mine")),
            ("title", text("Not mine")),
            ("copy", text("Body.")),
            ("stories_id", text("77")),
            ("authors", text("['Ana Ruiz', 'Li Wei']")),
        ]);
        let err = read(&FieldMap::default(), &r).unwrap_err();
        assert!(err.contains("--field text=NAME"), "{err}");
        let map = FieldMap::parse(&["headline=story_title".into(), "TEXT=copy".into()]).unwrap();
        let a = read(&map, &r).unwrap();
        assert_eq!(a.known.headline.as_deref(), Some("Mine"));
        assert_eq!(a.key.as_deref(), Some("id:77"));
        assert_eq!(
            a.known.authors,
            Some(vec!["Ana Ruiz".into(), "Li Wei".into()])
        );
        assert!(FieldMap::parse(&["title=x".into()]).is_err());
        assert!(FieldMap::parse(&["headline".into()]).is_err());
    }
}
