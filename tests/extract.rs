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
    // Each extraction is the one the golden file pins for the same article,
    // with what seeds/manifest.csv says put over it: the extraction takes
    // the manifest's values as known before it reads the text.
    let golden =
        std::fs::read_to_string(common::root().join("tests/golden/extractions/seeds.jsonl"))
            .unwrap();
    for line in golden.lines() {
        let mut want: Value = serde_json::from_str(line).unwrap();
        let file = want["file"].as_str().unwrap().to_string();
        if file == "002_ea305af6d3fb4f50.txt" {
            want["extraction"]["metadata"]["outlet"] = "Voice of America".into();
            want["extraction"]["metadata"]["outlet_from"] = "manifest".into();
        }
        let got = &records[&file];
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
