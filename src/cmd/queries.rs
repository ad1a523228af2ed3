//! `clippings queries` — list the saved queries and their parameters.

use std::path::PathBuf;

use crate::output::Format;
use clippings_store::Rows;
use rusqlite::types::Value;

pub const EXAMPLES: &str = "Examples:
  clippings queries
  clippings queries --format json
  clippings queries --queries my-queries/   # with your own .sql files";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// A folder of extra .sql saved queries (they override built-ins of the same name).
    #[arg(long, env = "CLIPPINGS_QUERIES")]
    pub queries: Option<PathBuf>,
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
}

pub fn run(args: Args) -> anyhow::Result<bool> {
    let library = super::library(args.queries.as_deref())?;
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
                Some(d) => format!("{}: {} = {:?}", p.name, p.kind.as_str(), d),
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
    super::print(&rows, args.format)?;
    Ok(true)
}
