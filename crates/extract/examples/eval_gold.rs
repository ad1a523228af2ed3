//! Scores the extractor alone (no database, no corpus-wide resolution)
//! against a gold file, for quick turns while developing rules:
//! `cargo run --release -p clippings-extract --example eval_gold -- ARTICLES_DIR GOLD.json [--json] [--found FILE]`
//! (`--found` writes what was found, one JSON object per article).
//! The files the gold names are read from ARTICLES_DIR; the report is
//! `clippings eval`'s.

use std::path::Path;

use clippings_extract::eval::{self, FoundArticle, Gold};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(gold)) = (args.first(), args.get(1)) else {
        eprintln!("usage: eval_gold ARTICLES_DIR GOLD.json [--json]");
        std::process::exit(2);
    };
    let gold: Gold = serde_json::from_str(&std::fs::read_to_string(gold).unwrap()).unwrap();
    let found: Vec<FoundArticle> = gold
        .articles
        .iter()
        .filter_map(|g| {
            let bytes = std::fs::read(Path::new(dir).join(&g.file)).ok()?;
            let text = clippings_extract::decode::decode(&bytes).ok()?.text;
            Some(FoundArticle::from_extraction(
                &g.file,
                &clippings_extract::extract(&text),
            ))
        })
        .collect();
    let report = eval::evaluate(&gold, &found);
    if let Some(i) = args.iter().position(|a| a == "--found") {
        // What was found, for analysis: one JSON object per article.
        let lines: Vec<String> = found
            .iter()
            .map(|a| {
                serde_json::json!({
                    "file": a.file,
                    "quotes": a.quotes.iter().map(|q| serde_json::json!({
                        "text": q.text, "kind": q.kind, "speaker": q.speaker,
                        "speaker_type": q.speaker_type, "rule": q.rule, "cue": q.cue,
                        "speaker_text": q.speaker_text,
                    })).collect::<Vec<_>>(),
                })
                .to_string()
            })
            .collect();
        std::fs::write(&args[i + 1], lines.join("\n")).unwrap();
    }
    let text = if args.iter().any(|a| a == "--json") {
        serde_json::to_string_pretty(&report).unwrap()
    } else {
        report.to_string()
    };
    // A closed pipe (`| head`) ends the output quietly.
    use std::io::Write;
    let _ = writeln!(std::io::stdout(), "{text}");
}
