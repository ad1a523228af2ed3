//! Writes, for the page-headline model's training script, the candidate
//! lines of every page text in a folder and their features, one JSON
//! object per page: `cargo run --release -p clippings-extract --example
//! page_headline_features -- DIR > features.jsonl` (see
//! `tools/webpages/train_headline.py`).

use std::io::Write;

use clippings_extract::article::page_headline::{FEATURES, candidates_of_text};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: page_headline_features DIR");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("a folder")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(out, "{}", serde_json::json!({ "features": FEATURES })).unwrap();
    for path in paths {
        let bytes = std::fs::read(&path).expect("a readable file");
        let Ok(decoded) = clippings_extract::decode::decode(&bytes) else {
            continue;
        };
        let candidates: Vec<_> = candidates_of_text(&decoded.text)
            .into_iter()
            .map(|c| {
                let on: Vec<u8> = c.features.iter().map(|&f| u8::from(f)).collect();
                serde_json::json!({ "line": c.line, "text": c.text, "features": on })
            })
            .collect();
        let file = path.file_name().unwrap().to_string_lossy();
        writeln!(
            out,
            "{}",
            serde_json::json!({ "file": file, "candidates": candidates })
        )
        .unwrap();
    }
}
