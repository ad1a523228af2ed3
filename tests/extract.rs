//! `clippings extract`: the extractor as a filter, JSON lines out.

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use serde_json::Value;

fn extract(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_clippings"))
        .current_dir(common::root())
        .arg("extract")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn extract_writes_a_header_then_one_record_per_article() {
    let (ok, stdout, stderr) = extract(&["seeds"]);
    assert!(ok, "{stderr}");
    let mut lines = stdout.lines();
    let header: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(header["format"], "clippings-extract");
    assert_eq!(header["version"], 1);
    let records: BTreeMap<String, Value> = lines
        .map(|l| {
            let r: Value = serde_json::from_str(l).unwrap();
            (r["source"]["file"].as_str().unwrap().to_string(), r)
        })
        .collect();
    assert_eq!(records.len(), 4);
    // Each extraction is the one the golden file pins for the same article.
    let golden =
        std::fs::read_to_string(common::root().join("tests/golden/extractions/seeds.jsonl"))
            .unwrap();
    for line in golden.lines() {
        let want: Value = serde_json::from_str(line).unwrap();
        let file = want["file"].as_str().unwrap();
        let got = &records[file];
        assert_eq!(got["extraction"], want["extraction"], "{file}");
        assert_eq!(got["source"]["encoding"], "utf-8");
        assert_eq!(got["source"]["sha256"].as_str().unwrap().len(), 64);
    }
    let putin = &records["000_57c7674c7c3619af.txt"]["extraction"];
    let quote = &putin["quotes"][1];
    let body: Vec<char> = putin["body"].as_str().unwrap().chars().collect();
    let (start, end) = (
        quote["start"].as_u64().unwrap() as usize,
        quote["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        body[start..end].iter().collect::<String>(),
        quote["text"].as_str().unwrap()
    );
}

#[test]
fn extract_reports_a_bad_file_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("good.txt"),
        "Headline Here\n\n\"We will,\" said Ana Ruiz.",
    )
    .unwrap();
    std::fs::write(dir.path().join("bad.txt"), [0xffu8, 0xfe, 0, 0, 0x41, 0]).unwrap();
    let (ok, stdout, stderr) = extract(&[dir.path().to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains("bad.txt"), "{stderr}");
    assert_eq!(stdout.lines().count(), 2, "the header and the good article");
}

/// Runs `clippings extract ARGS…` with `stdin` piped in.
fn extract_stdin(args: &[&str], stdin: &str) -> (bool, String, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_clippings"))
        .current_dir(common::root())
        .arg("extract")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let text = stdin.to_string();
    let writer = std::thread::spawn(move || input.write_all(text.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn records_by_path(stdout: &str) -> BTreeMap<String, Value> {
    stdout
        .lines()
        .skip(1)
        .map(|l| {
            let r: Value = serde_json::from_str(l).unwrap();
            (r["source"]["path"].as_str().unwrap().to_string(), r)
        })
        .collect()
}

#[test]
fn extract_from_stdin_json_lines_gives_the_records_the_files_give() {
    // The seeds as JSON lines, with seeds/manifest.csv's rows as fields
    // (an empty cell as null), as contrib/spark/texts_to_jsonl.py writes them.
    let seeds = common::root().join("seeds").canonicalize().unwrap();
    let mut input = String::new();
    let mut names: Vec<_> = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for path in &names {
        let mut line = serde_json::json!({
            "path": path.to_str().unwrap(),
            "text": std::fs::read_to_string(path).unwrap(),
        });
        let file = path.file_name().unwrap().to_str().unwrap();
        if file.starts_with("001_") || file.starts_with("002_") {
            for key in ["outlet", "url", "published", "authors"] {
                line[key] = Value::Null;
            }
        }
        if file.starts_with("002_") {
            line["outlet"] = "Voice of America".into();
        }
        input.push_str(&format!("{line}\n"));
    }
    let (ok, from_stdin, stderr) = extract_stdin(&["-", "--jobs", "2"], &input);
    assert!(ok, "{stderr}");
    let (ok, from_files, stderr) = extract(&["seeds"]);
    assert!(ok, "{stderr}");
    assert_eq!(
        from_stdin.lines().next(),
        from_files.lines().next(),
        "header"
    );
    let (a, mut b) = (records_by_path(&from_stdin), records_by_path(&from_files));
    // A walk offers the names a file may be shown by (its path below each
    // folder above it); a line on stdin has no folder, so it offers none.
    for record in b.values_mut() {
        assert!(!record["source"]["names"].as_array().unwrap().is_empty());
        record["source"]["names"] = serde_json::json!([]);
    }
    assert_eq!(a.len(), 4);
    assert_eq!(
        a, b,
        "source (path, hash, manifest row) and extraction alike"
    );
}

#[test]
fn extract_from_stdin_names_articles_without_a_path_and_reports_bad_lines() {
    let input = concat!(
        "{\"url\": \"https://example.org/news/harbour-plan\", \"text\": \"The council approved the plan.\", \"title\": \"Harbour plan approved\", \"published\": \"2024-03-05 10:00\", \"authors\": \"Jane Doe; Sam Lee\", \"outlet\": \"The Ledger\"}\n",
        "\n",
        "{\"id\": 42, \"text\": \"Harbour plan approved\\n\\n\\\"We will fight,\\\" said Ana Ruiz.\", \"title\": \"Harbour plan approved\"}\n",
        "{\"text\": \"Plain\\n\\nNo path at all.\"}\n",
        "{\"path\": \"x\"}\n",
        "not json\n",
        "{\"text\": \"Dated\", \"published\": \"someday\"}\n",
    );
    let (ok, stdout, stderr) = extract_stdin(&["-"], input);
    assert!(!ok, "bad lines make the exit status 1");
    assert!(
        stderr.contains("error: stdin: line 5: no \"text\""),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: stdin: line 6: not a JSON object"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: stdin: line 7: 'someday' in \"published\" is not a date"),
        "{stderr}"
    );
    let records = records_by_path(&stdout);
    let keys: Vec<&str> = records.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["42", "https://example.org/news/harbour-plan", "stdin:4"]
    );
    let url = &records["https://example.org/news/harbour-plan"];
    assert_eq!(url["source"]["file"], "harbour-plan");
    assert_eq!(url["source"]["outlet"], "The Ledger");
    assert_eq!(url["source"]["published"], "2024-03-05T10:00:00");
    assert_eq!(
        url["source"]["authors"],
        serde_json::json!(["Jane Doe", "Sam Lee"])
    );
    assert_eq!(
        url["extraction"]["metadata"]["headline"],
        "Harbour plan approved"
    );
    assert!(
        url["source"]["raw_text"]
            .as_str()
            .unwrap()
            .starts_with("Harbour plan approved\n\n")
    );
    // The title is not put above a text that starts with it.
    let id = &records["42"];
    assert_eq!(
        id["source"]["raw_text"]
            .as_str()
            .unwrap()
            .matches("Harbour plan approved")
            .count(),
        1
    );
    assert_eq!(id["extraction"]["quotes"][0]["text"], "We will fight");
    assert_eq!(id["source"]["manifest"], Value::Null);
}
