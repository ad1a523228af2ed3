//! CSV exports (`.csv`; `.tsv` with tabs): a header row naming the
//! columns, then one article a row (see [`super::fields`] for the names
//! recognised). Rows are read one at a time; a row that cannot be read is
//! reported by the line it starts on, and the rest go on.

use std::io::BufRead;

use super::fields;
use super::{Context, Format, Item, record_item};

pub fn read(
    reader: Box<dyn BufRead + Send>,
    tabs: bool,
    container: &str,
    cx: &Context<'_>,
    emit: &mut dyn FnMut(Item) -> bool,
) -> Result<(), String> {
    let mut csv = ::csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(if tabs { b'\t' } else { b',' })
        .from_reader(reader);
    let headers: Vec<String> = csv
        .headers()
        .map_err(|e| format!("cannot read its header row: {e}"))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_lowercase())
        .collect();
    let mut record = ::csv::StringRecord::new();
    loop {
        let line = csv.position().line();
        match csv.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(line, |p| p.line()).max(line);
                if !emit(Item::Bad {
                    at: format!("line {at}"),
                    reason: format!("cannot read the row: {e}"),
                }) {
                    return Ok(());
                }
                if matches!(e.kind(), ::csv::ErrorKind::Io(_)) {
                    return Err(format!("cannot read it: {e}"));
                }
                continue;
            }
        }
        let line = record.position().map_or(line, |p| p.line());
        let get = |name: &str| {
            let name = name.to_lowercase();
            let column = headers.iter().position(|h| *h == name)?;
            let value = record.get(column).unwrap_or("").trim();
            Some(if value.is_empty() {
                fields::Value::Null
            } else {
                fields::Value::Text(value.to_string())
            })
        };
        let at = format!("line {line}");
        let item = match fields::article(cx.fields, &get) {
            Err(reason) => Item::Bad { at, reason },
            Ok(found) => {
                let hashed = record.iter().collect::<Vec<_>>().join("\u{1f}");
                record_item(
                    found,
                    Format::Csv,
                    line,
                    hashed.as_bytes(),
                    &at,
                    container,
                    cx,
                )
            }
        };
        if !emit(item) {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::FieldMap;

    fn items(data: &[u8], fields: &FieldMap) -> Vec<Item> {
        let cx = Context {
            fields,
            unchanged: &|_, _, _| false,
        };
        let mut out = Vec::new();
        read(
            Box::new(std::io::Cursor::new(data.to_vec())),
            false,
            "/c/x.csv",
            &cx,
            &mut |item| {
                out.push(item);
                true
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn cc_news_rows_with_a_bad_one() {
        let data = "title,text,date,domain,url\n\
            Port strike ends,\"Dockers returned.\nPay rises 4%.\",2024-01-07,www.example.com,https://example.com/a\n\
            No text here,,2024-01-08,example.com,https://example.com/b\n\
            \"Quoted, title\",Body.,2024-01-09T10:00:00Z,example.com,https://example.com/c\n";
        let got = items(data.as_bytes(), &FieldMap::default());
        assert_eq!(got.len(), 3);
        let Item::Article(a) = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(a.position, Some(2));
        assert_eq!(a.key.as_deref(), Some("https://example.com/a"));
        assert_eq!(a.text, "Dockers returned.\nPay rises 4%.");
        assert_eq!(a.known.outlet.as_deref(), Some("example.com"));
        let Item::Bad { at, reason } = &got[1] else {
            panic!("{got:?}")
        };
        assert_eq!(at, "line 4");
        assert!(reason.contains("no article text"), "{reason}");
        let Item::Article(c) = &got[2] else {
            panic!("{got:?}")
        };
        assert_eq!(c.position, Some(5));
        assert_eq!(c.known.headline.as_deref(), Some("Quoted, title"));
    }

    #[test]
    fn a_field_named_on_the_command_line() {
        let data = "Headline,Story,Link\nMayor quits,She left.,https://e.org/m\n";
        let fields = FieldMap::parse(&["headline=Headline".into(), "text=story".into()]).unwrap();
        let got = items(data.as_bytes(), &fields);
        let Item::Article(a) = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(a.known.headline.as_deref(), Some("Mayor quits"));
        assert_eq!(a.known.url.as_deref(), Some("https://e.org/m"));
        assert_eq!(a.text, "She left.");
    }
}
