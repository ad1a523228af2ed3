//! `clippings queries` — list the saved queries and their parameters.

use std::path::PathBuf;

use crate::output::Format;
use clippings_store::Rows;
use clippings_store::saved::{Param, ParamKind};
use rusqlite::types::Value;

pub const EXAMPLES: &str = "Examples:
  clippings queries
  clippings queries --format json
  clippings queries --queries my-queries/   # with your own .sql files

A file of the folder that is not a usable saved query is reported, and
the others are listed (exit status 1 until it is fixed). In JSON each
query's parameters are a list of objects: name, type, default (typed) and
help.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// A folder of extra .sql saved queries (they override built-ins of the same name).
    #[arg(long, env = "CLIPPINGS_QUERIES")]
    pub queries: Option<PathBuf>,
    /// Output format (default: table on a terminal, CSV otherwise).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
}

/// A parameter's default as its type reads it: a number for a number.
fn typed_default(p: &Param) -> serde_json::Value {
    let Some(d) = &p.default else {
        return serde_json::Value::Null;
    };
    match p.kind {
        ParamKind::Integer => d
            .trim()
            .parse::<i64>()
            .map_or_else(|_| d.as_str().into(), Into::into),
        ParamKind::Real => d
            .trim()
            .parse::<f64>()
            .map_or_else(|_| d.as_str().into(), Into::into),
        ParamKind::Text | ParamKind::Date => d.as_str().into(),
    }
}

pub fn run(args: Args) -> anyhow::Result<bool> {
    let library = super::library(args.queries.as_deref())?;
    super::warn_about(&library);
    let healthy = library.problems().next().is_none();
    let format = super::chosen(args.format);
    if matches!(format, Format::Json | Format::Ndjson) {
        let queries: Vec<serde_json::Value> = library
            .queries()
            .iter()
            .map(|q| {
                let params: Vec<serde_json::Value> = q
                    .params
                    .iter()
                    .map(|p| {
                        serde_json::json!({
                            "name": p.name,
                            "type": p.kind.as_str(),
                            "default": typed_default(p),
                            "required": p.default.is_none(),
                            "help": p.help,
                        })
                    })
                    .collect();
                serde_json::json!({
                    "name": q.name,
                    "title": q.title,
                    "description": q.description,
                    "parameters": params,
                    "source": q.origin,
                })
            })
            .collect();
        if format == Format::Json {
            super::say(serde_json::to_string_pretty(&queries)?)?;
        } else {
            for q in &queries {
                super::say(q)?;
            }
        }
        return Ok(healthy);
    }
    let mut rows = Rows {
        columns: vec![
            "name".into(),
            "title".into(),
            "parameters".into(),
            "description".into(),
        ],
        rows: Vec::new(),
    };
    for q in library.queries() {
        let params: Vec<String> = q
            .params
            .iter()
            .map(|p| match &p.default {
                Some(d) => format!("{}: {} = {}", p.name, p.kind.as_str(), d),
                None => format!("{}: {} (required)", p.name, p.kind.as_str()),
            })
            .collect();
        rows.rows.push(vec![
            Value::Text(q.name.clone()),
            Value::Text(q.title.clone()),
            Value::Text(params.join("; ")),
            Value::Text(q.description.clone()),
        ]);
    }
    super::print(&rows, Some(format))?;
    Ok(healthy)
}
