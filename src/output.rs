//! Writing query results as a table, CSV, JSON, newline-delimited JSON or
//! one field a line (vertical).
//!
//! Table and vertical output are for reading on a terminal: text in them
//! cannot drive the terminal (escapes are shown, not sent), NULL is shown
//! as what it means where that is known ("(unknown outlet)"), and a table
//! fits the terminal's width by cutting long cells short. CSV and JSON are
//! data: values as they are, NULL as an empty field or null.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};
use rusqlite::types::Value;
use serde_json::{Map, Value as Json};

use clippings_store::Rows;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns fitted to the terminal, long cells cut short.
    Table,
    /// Comma-separated values with a header line; NULL is an empty field.
    Csv,
    /// One JSON array of objects; NULL is null.
    Json,
    /// One JSON object per line.
    Ndjson,
    /// Each row as one "column | value" line per field, nothing cut: for
    /// wide rows and long texts.
    Vertical,
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

/// What NULL means in a column, for people reading a table.
fn null_label(column: &str) -> &'static str {
    match column {
        "outlet" | "first_reported_by" => "(unknown outlet)",
        "speaker" => "(unknown speaker)",
        _ => "",
    }
}

/// A value as table and vertical output show it.
fn shown(column: &str, value: &Value, keep_lines: bool) -> String {
    match value {
        Value::Null => null_label(column).to_string(),
        other => neutralise_with(&to_text(other), keep_lines).into_owned(),
    }
}

/// Column names as JSON keys: a name that comes again gets `_2`, `_3`…,
/// so that `SELECT 1 AS a, 2 AS a` keeps both values.
fn keys(columns: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(columns.len());
    for c in columns {
        let mut key = c.clone();
        let mut n = 1;
        while out.contains(&key) || (n > 1 && columns.contains(&key)) {
            n += 1;
            key = format!("{c}_{n}");
        }
        out.push(key);
    }
    out
}

fn object(keys: &[String], row: &[Value]) -> Json {
    let mut map = Map::new();
    for (c, v) in keys.iter().zip(row) {
        map.insert(c.clone(), to_json(v));
    }
    Json::Object(map)
}

/// Rows as JSON objects.
pub fn objects(rows: &Rows) -> Vec<Json> {
    let keys = keys(&rows.columns);
    rows.rows.iter().map(|r| object(&keys, r)).collect()
}

fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` cut to `width` columns, ending in "…" when cut.
fn cut(text: &str, width: usize) -> Cow<'_, str> {
    if display_width(text) <= width {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out.push('…');
    Cow::Owned(out)
}

/// The widest a column may be for a table of `widths` to fit in `total`
/// columns of terminal: the narrow columns keep their width, the wide ones
/// share what is left equally. None when everything fits.
fn column_cap(widths: &[usize], total: usize) -> Option<usize> {
    // "│ a ┆ b │": three columns of border and padding per column, and one.
    let room = total.saturating_sub(3 * widths.len() + 1);
    if widths.iter().sum::<usize>() <= room {
        return None;
    }
    let mut sorted = widths.to_vec();
    sorted.sort_unstable();
    let mut left = room;
    for (i, w) in sorted.iter().enumerate() {
        let others = sorted.len() - i;
        if w * others > left {
            return Some((left / others).max(4));
        }
        left -= w;
    }
    None
}

/// Writes rows in a format; a table is fitted to `width` terminal columns
/// when one is given.
pub fn write(
    out: &mut dyn Write,
    rows: &Rows,
    format: Format,
    width: Option<usize>,
) -> io::Result<()> {
    let count = |out: &mut dyn Write| {
        writeln!(
            out,
            "{} row{}",
            rows.rows.len(),
            if rows.rows.len() == 1 { "" } else { "s" }
        )
    };
    match format {
        Format::Table => {
            let cells: Vec<Vec<String>> = rows
                .rows
                .iter()
                .map(|row| {
                    row.iter()
                        .zip(&rows.columns)
                        .map(|(v, c)| shown(c, v, false))
                        .collect()
                })
                .collect();
            let header: Vec<String> = rows
                .columns
                .iter()
                .map(|c| neutralise(c).into_owned())
                .collect();
            let widths: Vec<usize> = (0..header.len())
                .map(|i| {
                    cells
                        .iter()
                        .map(|r| display_width(&r[i]))
                        .chain([display_width(&header[i])])
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            let cap = width.and_then(|w| column_cap(&widths, w));
            let was_cut = cap.is_some_and(|cap| widths.iter().any(|&w| w > cap));
            let cap = cap.unwrap_or(usize::MAX);
            let mut table = Table::new();
            table
                .load_style(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Disabled);
            table.set_header(header.iter().map(|h| cut(h, cap).into_owned()));
            for row in &cells {
                table.add_row(row.iter().map(|c| cut(c, cap).into_owned()));
            }
            writeln!(out, "{table}")?;
            if was_cut {
                writeln!(
                    out,
                    "{} row{} (cells cut to fit the terminal; --format vertical shows them whole)",
                    rows.rows.len(),
                    if rows.rows.len() == 1 { "" } else { "s" }
                )
            } else {
                count(out)
            }
        }
        Format::Vertical => {
            let names: Vec<String> = rows
                .columns
                .iter()
                .map(|c| neutralise(c).into_owned())
                .collect();
            let pad = names.iter().map(|n| display_width(n)).max().unwrap_or(0);
            for (i, row) in rows.rows.iter().enumerate() {
                writeln!(out, "-[ RECORD {} ]{}", i + 1, "-".repeat(pad.max(8)))?;
                for ((name, column), value) in names.iter().zip(&rows.columns).zip(row) {
                    let text = shown(column, value, true);
                    let mut lines = text.split('\n');
                    let first = lines.next().unwrap_or("");
                    let gap = pad - display_width(name);
                    writeln!(out, "{name}{} | {first}", " ".repeat(gap))?;
                    for line in lines {
                        writeln!(out, "{} | {line}", " ".repeat(pad))?;
                    }
                }
            }
            count(out)
        }
        Format::Csv => {
            let io = |e: csv::Error| match e.into_kind() {
                csv::ErrorKind::Io(e) => e,
                other => io::Error::other(format!("{other:?}")),
            };
            let mut w = csv::Writer::from_writer(out);
            w.write_record(&rows.columns).map_err(io)?;
            for row in &rows.rows {
                w.write_record(row.iter().map(to_text)).map_err(io)?;
            }
            w.flush()
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &objects(rows))?;
            writeln!(out)
        }
        Format::Ndjson => {
            let keys = keys(&rows.columns);
            for r in &rows.rows {
                serde_json::to_writer(&mut *out, &object(&keys, r))?;
                writeln!(out)?;
            }
            Ok(())
        }
    }
}

/// The terminal's width, for fitting a table: `COLUMNS` if set, else the
/// width of the terminal stdout is, if it is one.
pub fn terminal_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
    {
        return (n > 0).then_some(n);
    }
    // SAFETY: TIOCGWINSZ fills a winsize; fd 1 may be anything.
    unsafe {
        let mut size: libc::winsize = std::mem::zeroed();
        (libc::ioctl(1, libc::TIOCGWINSZ, &mut size) == 0 && size.ws_col > 0)
            .then_some(size.ws_col as usize)
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
        render_rows(&sample(), format, None)
    }

    fn render_rows(rows: &Rows, format: Format, width: Option<usize>) -> String {
        let mut buf = Vec::new();
        write(&mut buf, rows, format, width).unwrap();
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
    fn terminal_escapes_are_shown_not_sent_in_table_and_vertical_output() {
        let rows = Rows {
            columns: vec!["headline".into()],
            rows: vec![vec![Value::Text(
                "\u{1b}[31mRed\u{1b}]0;pwned\u{7}\u{1b}[2J \u{202e}txt.exe\r\nnext".into(),
            )]],
        };
        for format in [Format::Table, Format::Vertical] {
            let out = render_rows(&rows, format, None);
            assert!(
                !out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{202e}'),
                "{out}"
            );
            assert!(
                out.contains("\\e[31mRed\\e]0;pwned\\x07\\e[2J \\u{202e}txt.exe\\r"),
                "{out}"
            );
        }
        // Data formats keep the value (JSON escapes it its own way).
        assert!(render_rows(&rows, Format::Csv, None).contains('\u{1b}'));
        assert!(render_rows(&rows, Format::Json, None).contains("\\u001b[31m"));
    }

    #[test]
    fn a_wide_table_fits_the_terminal_one_line_a_row() {
        let long = "word ".repeat(400);
        let rows = Rows {
            columns: vec!["id".into(), "body".into(), "outlet".into()],
            rows: vec![
                vec![Value::Integer(1), Value::Text(long.clone()), Value::Null],
                vec![
                    Value::Integer(2),
                    Value::Text("short\n\nparagraphs".into()),
                    Value::Text("The Ledger".into()),
                ],
            ],
        };
        let out = render_rows(&rows, Format::Table, Some(80));
        assert_eq!(out.lines().count(), 7, "{out}");
        assert!(
            out.ends_with(
                "2 rows (cells cut to fit the terminal; --format vertical shows them whole)\n"
            ),
            "{out}"
        );
        assert!(out.lines().all(|l| display_width(l) <= 80), "{out}");
        assert!(out.contains("word word") && out.contains('…'), "{out}");
        assert!(
            out.contains("(unknown outlet)") && out.contains("short\\n\\nparagraphs"),
            "{out}"
        );
        // Vertical output cuts nothing.
        let out = render_rows(&rows, Format::Vertical, Some(80));
        assert!(
            out.contains(long.trim_end()) && out.starts_with("-[ RECORD 1 ]"),
            "{out}"
        );
        assert!(out.contains("outlet | (unknown outlet)"), "{out}");
    }

    #[test]
    fn repeated_column_names_keep_every_value_in_json() {
        let rows = Rows {
            columns: vec!["a".into(), "a".into(), "a_2".into()],
            rows: vec![vec![
                Value::Integer(1),
                Value::Integer(2),
                Value::Integer(3),
            ]],
        };
        assert_eq!(
            render_rows(&rows, Format::Ndjson, None),
            "{\"a\":1,\"a_3\":2,\"a_2\":3}\n"
        );
    }

    #[test]
    fn table_counts_rows() {
        let t = render(Format::Table);
        assert!(t.contains("name") && t.ends_with("2 rows\n"), "{t}");
    }
}
