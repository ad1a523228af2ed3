//! `clippings search WORDS` — full-text search over quotations or articles.

use std::path::Path;

use clippings_store::saved::QueryError;

use crate::output::Format;

pub const EXAMPLES: &str = "Examples:
  clippings search sanctions                 # quotations mentioning sanctions
  clippings search \"Blair's\" e-mail U.S.     # words as written, punctuation and all
  clippings search '\"interest rates\"'       # a phrase
  clippings search --articles sanction*      # articles, by prefix
  clippings search --raw 'strike NOT pay' --limit 5

Every word must match (in any order); a word ending in * matches as a
prefix, and words in \"double quotes\" as a phrase. Anything else is
searched as written, as Datasette and `sqlite-utils search --quote` do.
With --raw the words are SQLite FTS5 query syntax (AND, OR, NOT,
NEAR(…), column:word). Matching words are marked [like this].";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Words to search for (see below; FTS5 syntax with --raw).
    #[arg(required = true)]
    pub words: Vec<String>,
    /// Search article text instead of quotations.
    #[arg(long)]
    pub articles: bool,
    /// Take the words as SQLite FTS5 query syntax, operators and all.
    #[arg(long, visible_alias = "fts")]
    pub raw: bool,
    /// Most results to show, best first.
    #[arg(long, default_value_t = 20)]
    pub limit: i64,
    /// Output format (default: table on a terminal, CSV otherwise).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<bool> {
    let library = super::library(None)?;
    let query = library.get(if args.articles {
        "search-articles"
    } else {
        "search-quotes"
    })?;
    let words = args.words.join(" ");
    let term = if args.raw { words } else { quoted(&words) };
    let params = vec![
        ("term".to_string(), term),
        ("limit".to_string(), args.limit.to_string()),
    ];
    let mut store = super::open(db, clippings_store::Access::Read)?;
    let rows = match query.run(&mut store, &params, false) {
        Err(QueryError::SearchSyntax { message, .. }) => {
            eprintln!(
                "error: the search words are not valid FTS5 syntax ({message}); \
                 without --raw they are searched for as written"
            );
            std::process::exit(2)
        }
        other => super::usage(other)?,
    };
    super::print(&rows, args.format)?;
    Ok(true)
}

/// Search words as an FTS5 query that finds them as written: each word
/// quoted (so that `Blair's`, `e-mail`, `U.S.` and `*` are words, not
/// syntax), phrases in double quotes kept, a trailing `*` kept as a prefix
/// search; an unbalanced quote is closed. As Datasette's `escape_fts`.
pub fn quoted(words: &str) -> String {
    let mut text = words.to_string();
    if text.matches('"').count() % 2 == 1 {
        text.push('"');
    }
    let mut out: Vec<String> = Vec::new();
    let mut rest = text.as_str();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let (token, after) = if let Some(inner) = rest.strip_prefix('"') {
            let end = inner.find('"').unwrap_or(inner.len());
            let phrase = &inner[..end];
            let after = inner.get(end + 1..).unwrap_or("");
            let (star, after) = match after.strip_prefix('*') {
                Some(a) => ("*", a),
                None => ("", after),
            };
            let token = (!phrase.trim().is_empty()).then(|| format!("\"{phrase}\"{star}"));
            (token, after)
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
            let word = &rest[..end];
            let token = match word.strip_suffix('*') {
                Some(stem) if !stem.is_empty() && !stem.ends_with('*') => format!("\"{stem}\"*"),
                _ => format!("\"{word}\""),
            };
            (Some(token), &rest[end..])
        };
        out.extend(token);
        rest = after;
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn words_are_quoted_phrases_kept_and_prefixes_marked() {
        for (words, fts) in [
            ("Blair's", "\"Blair's\""),
            ("e-mail U.S.", "\"e-mail\" \"U.S.\""),
            ("*", "\"*\""),
            ("sanction*", "\"sanction\"*"),
            ("\"interest rates\" rise", "\"interest rates\" \"rise\""),
            ("\"unclosed phrase", "\"unclosed phrase\""),
            ("strike NOT pay", "\"strike\" \"NOT\" \"pay\""),
            ("a\"b", "\"a\" \"b\""),
            ("\"\" x", "\"x\""),
        ] {
            assert_eq!(quoted(words), fts, "{words}");
        }
    }
}
