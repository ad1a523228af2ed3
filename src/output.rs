//! Writing query results as a table, CSV, JSON or newline-delimited JSON.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};
use rusqlite::types::Value;
use serde_json::{Map, Value as Json};

use clippings_store::Rows;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns, for reading on a terminal.
    Table,
    Csv,
    /// One JSON array of objects.
    Json,
    /// One JSON object per line.
    Ndjson,
}

impl Format {
    /// A table on a terminal, CSV into a pipe or a file.
    pub fn default_for(stdout_is_terminal: bool) -> Format {
        if stdout_is_terminal {
            Format::Table
        } else {
            Format::Csv
        }
    }
}

/// Text made safe for a terminal: control characters (escape sequences
/// that recolour, retitle or clear it, bells, carriage returns), and the
/// bidirectional controls that reorder what is shown, are written as
/// visible escapes (`\e`, `\x07`, `\u{202e}`); line breaks too, unless
/// `keep_lines`.
pub fn neutralise_with(text: &str, keep_lines: bool) -> Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && !(keep_lines && c == '\n'))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
    };
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !unsafe_char(c) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{1b}' => out.push_str("\\e"),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(out)
}

/// [`neutralise_with`] on one line: line breaks escaped too.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    neutralise_with(text, false)
}

fn to_json(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Integer(n) => Json::from(*n),
        Value::Real(f) => Json::from(*f),
        Value::Text(t) => Json::from(t.as_str()),
        Value::Blob(b) => Json::from(b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
    }
}

fn to_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Integer(n) => n.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(t) => t.clone(),
        Value::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}

fn object(columns: &[String], row: &[Value]) -> Json {
    let mut map = Map::new();
    for (c, v) in columns.iter().zip(row) {
        map.insert(c.clone(), to_json(v));
    }
    Json::Object(map)
}

/// Writes rows in a format.
pub fn write(out: &mut dyn Write, rows: &Rows, format: Format) -> io::Result<()> {
    match format {
        Format::Table => {
            let mut table = Table::new();
            table
                .load_style(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic);
            table.set_header(&rows.columns);
            for row in &rows.rows {
                table.add_row(row.iter().map(to_text));
            }
            writeln!(out, "{table}")?;
            writeln!(
                out,
                "{} row{}",
                rows.rows.len(),
                if rows.rows.len() == 1 { "" } else { "s" }
            )
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(&rows.columns)?;
            for row in &rows.rows {
                w.write_record(row.iter().map(to_text))?;
            }
            w.flush()
        }
        Format::Json => {
            let all: Vec<Json> = rows.rows.iter().map(|r| object(&rows.columns, r)).collect();
            serde_json::to_writer_pretty(&mut *out, &all)?;
            writeln!(out)
        }
        Format::Ndjson => {
            for r in &rows.rows {
                serde_json::to_writer(&mut *out, &object(&rows.columns, r))?;
                writeln!(out)?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Rows {
        Rows {
            columns: vec!["name".into(), "n".into()],
            rows: vec![
                vec![Value::Text("a, \"b\"".into()), Value::Integer(2)],
                vec![Value::Null, Value::Real(1.5)],
            ],
        }
    }

    fn render(format: Format) -> String {
        let mut buf = Vec::new();
        write(&mut buf, &sample(), format).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn csv_quotes_and_leaves_null_empty() {
        assert_eq!(render(Format::Csv), "name,n\n\"a, \"\"b\"\"\",2\n,1.5\n");
    }

    #[test]
    fn json_and_ndjson_keep_types() {
        assert_eq!(
            render(Format::Ndjson),
            "{\"name\":\"a, \\\"b\\\"\",\"n\":2}\n{\"name\":null,\"n\":1.5}\n"
        );
        let parsed: Json = serde_json::from_str(&render(Format::Json)).unwrap();
        assert_eq!(parsed[1]["n"], Json::from(1.5));
    }

    #[test]
    fn table_counts_rows() {
        let t = render(Format::Table);
        assert!(t.contains("name") && t.ends_with("2 rows\n"), "{t}");
    }
}
