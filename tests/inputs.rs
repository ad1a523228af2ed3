//! Real inputs through the binary: saved web pages, WARC archives, JSON
//! lines and CSV exports, gzipped or not. Every fixture is written here for
//! the tests (no publisher's text).

// Rows are read as tuples, so that each assertion shows the whole row.
#![allow(clippy::type_complexity)]

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use common::{ok, run};
use rusqlite::Connection;

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn open(db: &Path) -> Connection {
    Connection::open(db).unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

const PAGE: &str = r#"<!DOCTYPE html><html lang="en-GB"><head>
<meta charset="utf-8"><title>Harbour plan approved | The Leeds Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Harbour plan approved","datePublished":"2024-01-07T01:20:00+00:00",
 "dateModified":"2024-01-07 09:30:00+00:00",
 "author":[{"@type":"Person","name":"Jane Holloway"},{"@type":"Person","name":"Sam Lee"}],
 "publisher":{"@type":"Organization","name":"The Leeds Courier"},"articleSection":"Politics"}</script>
<link rel="canonical" href="https://courier.example/2024/01/07/harbour">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour plan approved</h1>
<p>The council approved the harbour plan on Monday after a long debate, with thirty votes for and twelve against, in a meeting that ran late into the night.</p>
<figure><img src="a.jpg"><figcaption>The harbour at dawn. Photo: Ana Ruiz</figcaption></figure>
<h2>What happens next</h2>
<p>&#8220;We will start work in May,&#8221; said Mayor Ana Ruiz, who has backed the plan since her election two years ago and says it will bring jobs.</p>
<blockquote class="pull-quote"><p>We will start work in May</p></blockquote>
<p>Opponents said the cost, now put at forty million pounds, was too high for a city of its size, and that the money should go to schools instead.</p>
</article>
<footer>Copyright 2024 The Leeds Courier. All rights reserved.</footer>
</body></html>"#;

/// A page whose markup gives no date.
fn undated_page(n: usize) -> String {
    format!(
        "<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1><p>The council met on Monday for the {n}th time and approved the plan after a long debate about money and schools.</p><p>&#8220;It is a good day,&#8221; said Mayor Ana Ruiz, who chaired the meeting and thanked the staff for their work on it.</p></article></body></html>"
    )
}

fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-02-03T04:05:06Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn response(content_type: &str, body: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n{body}").into_bytes()
}

fn scratch() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let db = dir.path().join("c.db");
    (dir, data, db)
}

#[test]
fn a_web_page_is_read_with_its_metadata_and_blocks() {
    let (_dir, data, db) = scratch();
    std::fs::write(data.join("harbour.html"), PAGE).unwrap();
    std::fs::write(data.join("harbour-copy.htm.gz"), gzip(PAGE.as_bytes())).unwrap();
    let out = ok(&db, &["import", s(&data)]);
    assert!(out.contains("2 files seen: 2 new"), "{out}");
    let conn = open(&db);
    let row: (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    ) = conn
        .query_row(
            "SELECT a.headline, a.byline, a.published, a.published_from, s.name, a.source_from,
                    a.source_format, a.url, a.section, a.language
             FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.file = 'harbour.html'",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(
        row,
        (
            "Harbour plan approved".into(),
            "Jane Holloway, Sam Lee".into(),
            "2024-01-07T01:20:00+00:00".into(),
            "page".into(),
            "The Leeds Courier".into(),
            "page".into(),
            "html".into(),
            "https://courier.example/2024/01/07/harbour".into(),
            "Politics".into(),
            "en-GB".into(),
        )
    );
    let modified: String = conn
        .query_row(
            "SELECT modified FROM articles WHERE file = 'harbour.html'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(modified, "2024-01-07T09:30:00+00:00");
    // The stored text is the main text, not the HTML; the hash is the file's.
    let (raw, body, sha): (String, String, String) = conn
        .query_row(
            "SELECT raw_text, body, sha256 FROM articles WHERE file = 'harbour.html'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert!(
        !raw.contains('<') && raw.contains("The harbour at dawn"),
        "{raw}"
    );
    assert!(!body.contains("Home News Sport") && !body.contains("The harbour at dawn"));
    assert!(body.starts_with("The council approved"));
    assert!(body.ends_with("go to schools instead."));
    assert_eq!(sha.len(), 64);
    let extras: Vec<(String, String)> = conn
        .prepare(
            "SELECT kind, text FROM article_extras e JOIN articles a ON a.id = e.article_id
             WHERE a.file = 'harbour.html' ORDER BY position",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(extras.contains(&(
        "caption".into(),
        "The harbour at dawn. Photo: Ana Ruiz".into()
    )));
    assert!(extras.contains(&("subheading".into(), "What happens next".into())));
    assert!(extras.contains(&("pullquote".into(), "We will start work in May".into())));
    // The quotation is found and attributed.
    let speaker: String = conn
        .query_row(
            "SELECT speaker FROM quote_details WHERE file = 'harbour.html' AND quote LIKE 'We will start%' AND kind = 'direct'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(speaker, "Ana Ruiz");
    // The gzipped copy reads the same.
    let copy: String = conn
        .query_row(
            "SELECT headline FROM articles WHERE file = 'harbour-copy.htm.gz'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(copy, "Harbour plan approved");
}

#[test]
fn a_warc_gives_its_html_responses_and_counts_the_rest() {
    let (_dir, data, db) = scratch();
    let mut warc = warc_record(
        "warcinfo",
        "",
        "application/warc-fields",
        b"software: test\r\n",
    );
    warc.extend(warc_record(
        "request",
        "https://courier.example/a",
        "application/http; msgtype=request",
        b"GET /a HTTP/1.1\r\n\r\n",
    ));
    let offset = warc.len();
    warc.extend(warc_record(
        "response",
        "https://courier.example/a",
        "application/http; msgtype=response",
        &response("text/html; charset=utf-8", &undated_page(1)),
    ));
    warc.extend(warc_record(
        "response",
        "https://courier.example/logo.png",
        "application/http; msgtype=response",
        &response("image/png", "PNG"),
    ));
    warc.extend(warc_record(
        "response",
        "https://courier.example/2024/01/07/harbour",
        "application/http; msgtype=response",
        &response("text/html", PAGE),
    ));
    std::fs::write(data.join("crawl.warc.gz"), gzip(&warc)).unwrap();
    let out = ok(&db, &["import", s(&data)]);
    assert!(out.contains("1 files seen: 2 new"), "{out}");
    assert!(
        out.contains(
            "skipped: 1 WARC request record, 1 WARC response not an HTML page, 1 WARC warcinfo record"
        ),
        "{out}"
    );
    let conn = open(&db);
    let rows: Vec<(String, String, String, i64, i64, Option<String>, Option<String>)> = conn
        .prepare(
            "SELECT path, file, source_format, record_position, byte_offset, published, published_from
             FROM articles ORDER BY record_position",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].0, "https://courier.example/a");
    assert_eq!(rows[0].1, "crawl.warc.gz");
    assert_eq!(rows[0].2, "warc");
    assert_eq!((rows[0].3, rows[0].4), (3, offset as i64));
    // No date on the page: the capture date, marked as such.
    assert_eq!(rows[0].5.as_deref(), Some("2024-02-03T04:05:06+00:00"));
    assert_eq!(rows[0].6.as_deref(), Some("capture"));
    // The page's own date wins over the capture date.
    assert_eq!(rows[1].5.as_deref(), Some("2024-01-07T01:20:00+00:00"));
    assert_eq!(rows[1].6.as_deref(), Some("page"));
    let container: String = conn
        .query_row("SELECT container FROM articles LIMIT 1", [], |r| r.get(0))
        .unwrap();
    assert!(container.ends_with("crawl.warc.gz"), "{container}");
    // Again: nothing changed.
    let again = ok(&db, &["import", s(&data)]);
    assert!(again.contains("0 new, 0 updated, 2 unchanged"), "{again}");
}

const NEWS_PLEASE: &str = r#"{"title": "Port strike ends", "maintext": "Dockers returned to work on Friday after a deal.\n\u201cWe are pleased,\u201d said union leader Ana Ruiz.", "authors": ["Jane Holloway", "Sam Lee"], "date_publish": "2024-06-30 16:34:54.488000+00:00", "source_domain": "www.theguardian.com", "url": "https://example.org/port", "language": "en"}
{"title": "Tram line backed", "maintext": "The mayor backed the tram line.", "authors": [], "date_publish": "2024-01-07 01:20:00", "source_domain": "news.example.net", "url": "https://example.org/tram"}
{"title": "Broken
{"title": "No text", "url": "https://example.org/empty"}
{"title": "Bridge reopens", "maintext": "The bridge reopened on Monday.", "date_publish": "2024-02-01", "url": "https://example.org/bridge"}
"#;

#[test]
fn json_lines_import_record_by_record_and_bad_lines_are_reported() {
    let (_dir, data, db) = scratch();
    let file = data.join("news.jsonl");
    std::fs::write(&file, NEWS_PLEASE).unwrap();
    let out = run(&db, &["import", s(&file)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains("1 files seen: 3 new, 0 updated, 0 unchanged, 2 failed"),
        "{stdout}"
    );
    assert!(stderr.contains("news.jsonl: line 3: not JSON"), "{stderr}");
    assert!(
        stderr.contains("news.jsonl: line 4: no article text"),
        "{stderr}"
    );
    let conn = open(&db);
    let rows: Vec<(String, String, Option<String>, Option<String>, String, i64)> = conn
        .prepare(
            "SELECT path, headline, byline, published, source_format, record_position FROM articles ORDER BY record_position",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        rows,
        [
            (
                "https://example.org/port".into(),
                "Port strike ends".into(),
                Some("Jane Holloway, Sam Lee".into()),
                Some("2024-06-30T16:34:54+00:00".into()),
                "jsonl".into(),
                1
            ),
            (
                "https://example.org/tram".into(),
                "Tram line backed".into(),
                None,
                Some("2024-01-07T01:20:00".into()),
                "jsonl".into(),
                2
            ),
            (
                "https://example.org/bridge".into(),
                "Bridge reopens".into(),
                None,
                Some("2024-02-01".into()),
                "jsonl".into(),
                5
            ),
        ]
    );
    let (outlet, from): (String, String) = conn
        .query_row(
            "SELECT s.name, a.source_from FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.path = 'https://example.org/port'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((outlet.as_str(), from.as_str()), ("The Guardian", "record"));
    let quote: (String, String) = conn
        .query_row("SELECT speaker, quote FROM quote_details", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    // Without the comma that closes it before the attribution.
    assert_eq!(quote, ("Ana Ruiz".into(), "We are pleased".into()));

    // Re-import: unchanged by identity and hash; a changed record replaces
    // its article; the same URL in another file is the same article.
    let again = run(&db, &["import", s(&file)]);
    let again = String::from_utf8_lossy(&again.stdout);
    assert!(
        again.contains("0 new, 0 updated, 3 unchanged, 2 failed"),
        "{again}"
    );
    let changed = NEWS_PLEASE.replace(
        "The bridge reopened on Monday.",
        "The bridge reopened on Tuesday.",
    );
    std::fs::write(&file, changed).unwrap();
    let moved = data.join("more.jsonl");
    std::fs::write(
        &moved,
        "{\"title\": \"Tram line backed\", \"maintext\": \"The mayor backed the tram line again.\", \"url\": \"https://example.org/tram\"}\n",
    )
    .unwrap();
    let third = run(&db, &["import", "--jobs", "1", s(&file), s(&moved)]);
    let third = String::from_utf8_lossy(&third.stdout);
    assert!(
        third.contains("2 files seen: 0 new, 2 updated, 2 unchanged, 2 failed"),
        "{third}"
    );
    let count: i64 = conn
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 3);
    let body: String = conn
        .query_row(
            "SELECT body FROM articles WHERE path = 'https://example.org/tram'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(body, "The mayor backed the tram line again.");
}

#[test]
fn csv_exports_and_field_overrides() {
    let (_dir, data, db) = scratch();
    // CC-News's columns.
    let cc = data.join("cc-news.csv");
    std::fs::write(
        &cc,
        "title,text,date,domain,url,description\n\
         Port strike ends,\"Dockers returned on Friday.\nThe deal raises pay.\",2024-01-07T01:20:00.000Z,www.theguardian.com,https://example.org/port,Dockers are back\n\
         Empty one,,2024-01-08,example.com,https://example.org/empty,\n",
    )
    .unwrap();
    // Media Cloud's columns, with the text under a name of the user's.
    let mc = data.join("media-cloud.csv.gz");
    std::fs::write(
        &mc,
        gzip(b"stories_id,publish_date,title,url,language,media_name,story_text\n77,2024-03-01 09:05:07,Bridge reopens,https://example.org/bridge,en,The Example Times,The bridge reopened on Monday.\n"),
    )
    .unwrap();
    let out = run(
        &db,
        &["import", "--field", "text=story_text", s(&cc), s(&mc)],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("2 files seen: 2 new"), "{stdout}{stderr}");
    assert!(
        stderr.contains("cc-news.csv: line 4: no article text"),
        "{stderr}"
    );
    let conn = open(&db);
    let rows: Vec<(String, String, String, Option<String>, String, i64)> = conn
        .prepare(
            "SELECT a.path, a.headline, a.published, a.standfirst, s.name, a.record_position
             FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.path",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        rows,
        [
            (
                "https://example.org/bridge".into(),
                "Bridge reopens".into(),
                "2024-03-01T09:05:07".into(),
                None,
                "The Example Times".into(),
                2
            ),
            (
                "https://example.org/port".into(),
                "Port strike ends".into(),
                "2024-01-07T01:20:00+00:00".into(),
                Some("Dockers are back".into()),
                "The Guardian".into(),
                2
            ),
        ]
    );
    let bad = run(&db, &["import", "--field", "title=x", s(&cc)]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("'title' is not a field"));
}

#[test]
fn trafilatura_json_and_extract_output() {
    let (_dir, data, db) = scratch();
    let file = data.join("page.json");
    std::fs::write(
        &file,
        "{\n  \"title\": \"Mayor quits\",\n  \"author\": \"Jane Holloway; Sam Lee\",\n  \"hostname\": \"courier.example\",\n  \"date\": \"2024-05-02\",\n  \"source\": \"https://courier.example/mayor\",\n  \"text\": \"The mayor resigned on Friday.\\nShe had served ten years.\"\n}\n",
    )
    .unwrap();
    let out = ok(&db, &["extract", s(&file)]);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let record = &lines[1];
    assert_eq!(record["source"]["path"], "https://courier.example/mayor");
    assert_eq!(record["source"]["format"], "jsonl");
    assert_eq!(record["source"]["position"], 1);
    let m = &record["extraction"]["metadata"];
    assert_eq!(m["headline"], "Mayor quits");
    assert_eq!(
        m["authors"],
        serde_json::json!(["Jane Holloway", "Sam Lee"])
    );
    assert_eq!(m["outlet"], "courier.example");
    assert_eq!(m["outlet_from"], "record");
    assert_eq!(m["published"]["iso"], "2024-05-02");
    assert_eq!(m["url"], "https://courier.example/mayor");
    assert_eq!(
        record["extraction"]["body"],
        "The mayor resigned on Friday.\n\nShe had served ten years."
    );
}

#[test]
fn the_summary_counts_skipped_files_by_reason_and_manifests_still_win() {
    let (_dir, data, db) = scratch();
    std::fs::write(data.join("harbour.html"), PAGE).unwrap();
    std::fs::write(data.join("notes.md"), "# notes\n").unwrap();
    std::fs::write(data.join("todo.md"), "# todo\n").unwrap();
    std::fs::write(data.join("photo.jpg"), [0xFF, 0xD8, 0xFF]).unwrap();
    std::fs::write(data.join("index.json"), "[{\"page\": \"harbour.html\"}]").unwrap();
    std::fs::write(
        data.join("manifest.csv"),
        "file,outlet,published\nharbour.html,The Other Paper,2024-01-09\n",
    )
    .unwrap();
    let out = ok(&db, &["import", s(&data)]);
    assert!(out.contains("2 files seen: 1 new"), "{out}");
    // What the walk left out, by extension; what a reader passed over, by reason.
    assert!(
        out.contains(
            "\n3 skipped in folders: 1 not an article format (.jpg), 2 not an article format (.md)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("\nskipped: 1 JSON without article text\n"),
        "{out}"
    );
    let row: (String, String, String, String) = open(&db)
        .query_row(
            "SELECT s.name, a.source_from, a.published, a.published_from
             FROM articles a JOIN sources s ON s.id = a.source_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        row,
        (
            "The Other Paper".into(),
            "manifest".into(),
            "2024-01-09".into(),
            "manifest".into()
        )
    );
}

#[test]
fn page_text_finds_its_header_among_the_furniture() {
    let (_dir, data, db) = scratch();
    std::fs::write(
        data.join("page.txt"),
        "Skip to main content\n\nMenu\n\nSections\n\nSearch\n\nUpdated 7 January 2024, 1:20am GMT\n\nBy Jane Holloway\n\nTram Line Backed By Mayor After Long Debate\n\nThe mayor on Monday backed the tram line, which will cost forty million pounds.\n\n\u{201c}It will change the city,\u{201d} she said.\n\nReaders who want to comment can subscribe to the council's updates, which it says will set out every stage of the work and every cost, and the mayor said: \u{201c}We will answer every question.\u{201d}\n\nSign up to our newsletter\n\n\u{a9} 2024 All Rights Reserved\n",
    )
    .unwrap();
    ok(&db, &["import", s(&data)]);
    let row: (String, String, String, Option<i64>, String) = open(&db)
        .query_row(
            "SELECT headline, byline, published, source_id, body FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(row.0, "Tram Line Backed By Mayor After Long Debate");
    assert_eq!(row.1, "Jane Holloway");
    assert_eq!(row.2, "2024-01-07T01:20:00+00:00");
    assert_eq!(row.3, None, "no outlet from a rights notice");
    assert!(
        row.4
            .ends_with("\u{201c}We will answer every question.\u{201d}"),
        "{}",
        row.4
    );
}

/// A JSON line that carries a file's text under its `path` (as
/// contrib/spark/texts_to_jsonl.py writes them) is that file: a JSON lines
/// file of them imports as the files would, and the files then import as
/// unchanged (same path, hash and manifest row).
#[test]
fn json_lines_that_carry_files_are_those_files() {
    let (_dir, data, db) = scratch();
    let story = data.join("story.txt");
    std::fs::write(
        &story,
        "Harbour plan approved\n\nBy Jane Holloway\n\nThe council approved the plan on Monday.\n\n\u{201c}We will start in May,\u{201d} said Mayor Ana Ruiz.\n",
    )
    .unwrap();
    let other = data.join("other.txt");
    std::fs::write(&other, "Pier reopens\n\nThe pier reopened on Friday.\n").unwrap();
    std::fs::write(
        data.join("manifest.csv"),
        "file,outlet,published\nstory.txt,The Harbour Courier,2024-01-07\n",
    )
    .unwrap();
    let line = |path: &Path, extra: serde_json::Value| {
        let mut record = serde_json::json!({
            "path": path.canonicalize().unwrap().to_str().unwrap(),
            "text": std::fs::read_to_string(path).unwrap(),
        });
        for (k, v) in extra.as_object().unwrap() {
            record[k] = v.clone();
        }
        format!("{record}\n")
    };
    let lines = format!(
        "{}{}",
        line(
            &story,
            serde_json::json!({"outlet": "The Harbour Courier", "url": null, "published": "2024-01-07", "authors": null})
        ),
        line(&other, serde_json::json!({}))
    );
    let elsewhere = tempfile::tempdir().unwrap();
    let jsonl = elsewhere.path().join("files.jsonl");
    std::fs::write(&jsonl, lines).unwrap();
    let first = ok(&db, &["import", s(&jsonl)]);
    assert!(first.contains("1 files seen: 2 new"), "{first}");
    let again = ok(&db, &["import", s(&data)]);
    assert!(
        again.contains("2 files seen: 0 new, 0 updated, 2 unchanged"),
        "{again}"
    );
    let row: (String, String, Option<String>, String, String, String) = open(&db)
        .query_row(
            "SELECT s.name, a.source_from, a.container, a.source_format, a.published, a.published_from
             FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.file = 'story.txt'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .unwrap();
    assert_eq!(
        row,
        (
            "The Harbour Courier".into(),
            "manifest".into(),
            None,
            "text".into(),
            "2024-01-07".into(),
            "manifest".into()
        )
    );
}

/// What `clippings extract` writes is imported as extracted records when
/// named, gzipped or not; in a folder it is passed over, said why.
#[test]
fn extract_output_is_imported_when_named_and_passed_over_in_a_folder() {
    let (_dir, data, db) = scratch();
    std::fs::write(data.join("harbour.html"), PAGE).unwrap();
    let lines = ok(&db, &["extract", s(&data)]);
    let out = tempfile::tempdir().unwrap();
    let gz = out.path().join("part-00000.gz");
    std::fs::write(&gz, gzip(lines.as_bytes())).unwrap();
    let named = ok(&db, &["import", s(&gz)]);
    assert!(named.contains("1 files seen: 1 new"), "{named}");
    let again = ok(&db, &["import", s(&data)]);
    assert!(again.contains("0 new, 0 updated, 1 unchanged"), "{again}");
    std::fs::write(data.join("extracted.jsonl"), &lines).unwrap();
    let folder = ok(&db, &["import", s(&data)]);
    assert!(
        folder.contains(
            "\nskipped: 1 clippings extract output (name it on the command line to import it)\n"
        ),
        "{folder}"
    );
}

/// `--prune` removes articles whose files are gone; the records of a
/// container are not such articles, whatever their identity.
#[test]
fn records_of_a_container_are_not_articles_whose_files_are_gone() {
    let (_dir, data, db) = scratch();
    std::fs::write(data.join("news.jsonl"), NEWS_PLEASE).unwrap();
    std::fs::write(
        data.join("untitled.jsonl"),
        "{\"maintext\": \"A record with neither URL nor id.\"}\n",
    )
    .unwrap();
    std::fs::write(data.join("harbour.html"), PAGE).unwrap();
    let _ = run(&db, &["import", s(&data)]);
    std::fs::remove_file(data.join("harbour.html")).unwrap();
    let pruned = run(&db, &["import", "--prune", s(&data)]);
    let pruned = String::from_utf8_lossy(&pruned.stdout);
    assert!(
        pruned.contains("1 articles removed: their files are gone"),
        "{pruned}"
    );
    let (records, names): (i64, String) = open(&db)
        .query_row(
            "SELECT count(*), group_concat(relative_path, ' ') FROM
             (SELECT relative_path FROM articles ORDER BY relative_path)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(records, 4);
    // A record is shown by its URL, or by its file's name and its line.
    assert_eq!(
        names,
        "data/untitled.jsonl#line-1 https://example.org/bridge https://example.org/port https://example.org/tram"
    );
}
