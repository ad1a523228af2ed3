//! html-compare: scores Rust main-text / metadata extractors on the pages made
//! by tools/webpages/convert.py (dev-data/webpages/).
//!
//!     cargo run --release -- [--data DIR] [--only a,b] [--set readability|trafilatura|all]
//!                            [--reps N] [--timeout-ms MS] [--dump] [--json FILE]
//!     cargo run --release -- --from-json RUN1.json [--from-json RUN2.json …]   (report only)
//!
//! The parent process runs one worker process per (candidate, set); a worker
//! prints one JSON line per page. A page whose extraction panics is caught
//! (catch_unwind); one that runs past the time cap, or kills the worker
//! (stack overflow, abort), is recorded and the worker is restarted after it.

mod baseline;
mod candidates;
mod meta;
mod text;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use candidates::{Candidate, Raw};
use text::{byline_match, lang_primary, norm_title, norm_ws, overlap, words, ymd};

/// CPU time of the calling thread: robust to other processes sharing the cores.
fn thread_cpu() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

const FAKE_URL: &str = "http://fakehost/test/page.html";

struct Args {
    data: PathBuf,
    only: Option<Vec<String>>,
    sets: Vec<String>,
    reps: usize,
    timeout: Duration,
    dump: bool,
    json: Option<PathBuf>,
    from_json: Vec<PathBuf>,
    worker: Option<(String, String, usize)>,
}

fn parse_args() -> Result<Args> {
    let mut a = Args {
        data: Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dev-data/webpages"),
        only: None,
        sets: vec!["readability".into(), "trafilatura".into()],
        reps: 5,
        timeout: Duration::from_millis(10_000),
        dump: false,
        json: None,
        from_json: Vec::new(),
        worker: None,
    };
    let mut it = std::env::args().skip(1);
    let mut cand = None;
    let mut wset = None;
    let mut start = 0;
    while let Some(k) = it.next() {
        let mut v = || it.next().with_context(|| format!("{k} needs a value"));
        match k.as_str() {
            "--data" => a.data = v()?.into(),
            "--only" => a.only = Some(v()?.split(',').map(String::from).collect()),
            "--set" => {
                let s = v()?;
                a.sets = if s == "all" { a.sets.clone() } else { vec![s] }
            }
            "--reps" => a.reps = v()?.parse()?,
            "--timeout-ms" => a.timeout = Duration::from_millis(v()?.parse()?),
            "--dump" => a.dump = true,
            "--json" => a.json = Some(v()?.into()),
            // re-render the report from saved --json runs (later files replace
            // earlier ones per candidate and set)
            "--from-json" => a.from_json.push(v()?.into()),
            "--worker" => cand = Some(v()?),
            "--worker-set" => wset = Some(v()?),
            "--start" => start = v()?.parse()?,
            "--list" => {
                for c in candidates::all() {
                    println!("{:24} {}", c.name, c.krate);
                }
                std::process::exit(0);
            }
            "-h" | "--help" => {
                println!("{}", include_str!("main.rs").lines().take(8).map(|l| l.trim_start_matches("//!")).collect::<Vec<_>>().join("\n"));
                std::process::exit(0);
            }
            _ => bail!("unknown argument {k}"),
        }
    }
    if let (Some(c), Some(s)) = (cand, wset) {
        a.worker = Some((c, s, start));
    }
    Ok(a)
}

fn load_gold(data: &Path, set: &str) -> Result<Vec<Value>> {
    let p = data.join(set).join("gold.jsonl");
    let f = std::fs::File::open(&p).with_context(|| format!("{} (run tools/webpages/convert.py first)", p.display()))?;
    BufReader::new(f).lines().map(|l| Ok(serde_json::from_str(&l?)?)).collect()
}

fn s(v: &Value, k: &str) -> Option<String> {
    match v.get(k)? {
        Value::String(x) if !x.trim().is_empty() => Some(x.clone()),
        Value::Array(a) if !a.is_empty() => {
            Some(a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("; "))
        }
        _ => None,
    }
}

// ------------------------------------------------------------------ worker

fn worker(a: &Args, cand: &str, set: &str, start: usize) -> Result<()> {
    let c = candidates::all().into_iter().find(|c| c.name == cand).context("no such candidate")?;
    let gold = load_gold(&a.data, set)?;
    let dump_dir = a.dump.then(|| a.data.join("out").join(cand).join(set));
    if let Some(d) = &dump_dir {
        std::fs::create_dir_all(d)?;
    }
    // panics are counted, not printed at length
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        eprintln!("panic: {}", msg.lines().next().unwrap_or(""));
    }));
    let stdout = std::io::stdout();
    for (i, g) in gold.iter().enumerate().skip(start) {
        let file = g["file"].as_str().unwrap_or_default().to_string();
        let raw = std::fs::read(a.data.join(set).join(&file))?;
        let t0 = Instant::now();
        let (html, enc) = text::decode_page(&raw);
        let decode_secs = t0.elapsed().as_secs_f64();
        let url = g
            .get("url")
            .and_then(Value::as_str)
            .filter(|u| url::Url::parse(u).is_ok_and(|u| u.has_host()))
            .unwrap_or(FAKE_URL)
            .to_string();
        let run = c.run;
        let reps = a.reps.max(1);
        let cap = a.timeout;
        let (tx, rx) = mpsc::channel();
        let h = html.clone();
        std::thread::Builder::new().stack_size(512 << 20).spawn(move || {
            let mut times = Vec::new();
            let mut cpu = Vec::new();
            let mut first = None;
            let begun = Instant::now();
            for r in 0..reps {
                let t = Instant::now();
                let c0 = thread_cpu();
                let out = std::panic::catch_unwind(|| run(&h, &url));
                cpu.push(thread_cpu() - c0);
                times.push(t.elapsed().as_secs_f64());
                if r == 0 {
                    first = Some(out);
                }
                // keep the run short: slow pages get fewer repetitions
                if begun.elapsed() > cap / 4 {
                    break;
                }
            }
            let _ = tx.send((first.unwrap(), times, cpu));
        })?;
        let mut line = json!({"i": i, "file": file, "encoding": enc, "decode_secs": decode_secs,
                              "kind_hint": g["kind_hint"], "bytes": raw.len()});
        match rx.recv_timeout(cap) {
            Err(_) => {
                line["status"] = "hang".into();
                line["secs"] = cap.as_secs_f64().into();
                line["cpu"] = cap.as_secs_f64().into();
                score(set, g, &Raw::default(), &[], "", &mut line);
                let mut o = stdout.lock();
                writeln!(o, "{line}")?;
                o.flush()?;
                std::process::exit(3);
            }
            Ok((out, mut times, mut cpu)) => {
                times.sort_by(f64::total_cmp);
                cpu.sort_by(f64::total_cmp);
                line["secs"] = times[times.len() / 2].into();
                line["cpu"] = cpu[cpu.len() / 2].into();
                line["reps"] = times.len().into();
                let res: Result<Raw, String> = match out {
                    Ok(r) => {
                        line["status"] = if r.is_ok() { "ok" } else { "err" }.into();
                        r
                    }
                    Err(p) => {
                        line["status"] = "panic".into();
                        let m = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()));
                        Err(m.unwrap_or_default())
                    }
                };
                if let Err(e) = &res {
                    line["msg"] = e.chars().take(200).collect::<String>().into();
                }
                let r = res.unwrap_or_default();
                let paras = r.paragraphs(c.prefer_text);
                let extracted = paras.join("\n\n");
                if let Some(d) = &dump_dir {
                    std::fs::write(d.join(format!("{file}.txt")), &extracted)?;
                }
                score(set, g, &r, &paras, &extracted, &mut line);
                let mut o = stdout.lock();
                writeln!(o, "{line}")?;
                o.flush()?;
            }
        }
    }
    Ok(())
}

fn score(set: &str, g: &Value, r: &Raw, paras: &[String], extracted: &str, line: &mut Value) {
    line["paragraphs"] = paras.len().into();
    let provided = json!({
        "title": r.title.is_some(), "byline": r.byline.is_some(), "date": r.date.is_some(),
        "lang": r.lang.is_some(), "site": r.site.is_some(),
    });
    line["provided"] = provided;
    let title_ok = |gold: Option<String>| gold.map(|gt| r.title.as_deref().is_some_and(|t| norm_title(t) == norm_title(&gt)));
    let date_ok = |gold: Option<String>| {
        gold.and_then(|gd| ymd(&gd)).map(|gd| r.date.as_deref().and_then(ymd).is_some_and(|d| d == gd))
    };
    if set == "readability" {
        let gw = words(g["text"].as_str().unwrap_or_default());
        let ew = words(extracted);
        line["words_gold"] = gw.len().into();
        line["words_ex"] = ew.len().into();
        line["overlap"] = overlap(&ew, &gw).into();
        line["title_ok"] = title_ok(s(g, "title")).into();
        line["byline_ok"] =
            s(g, "byline").map(|gb| r.byline.as_deref().is_some_and(|b| byline_match(b, &gb))).into();
        line["date_ok"] = date_ok(s(g, "published")).into();
        line["site_ok"] =
            s(g, "site_name").map(|gs| r.site.as_deref().is_some_and(|x| norm_title(x) == norm_title(&gs))).into();
        line["lang_ok"] =
            s(g, "lang").map(|gl| r.lang.as_deref().is_some_and(|x| lang_primary(x) == lang_primary(&gl))).into();
    } else {
        let res = norm_ws(extracted);
        let with: Vec<&str> = g["with"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let without: Vec<&str> = g["without"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let tp = with.iter().filter(|w| res.contains(&norm_ws(w))).count();
        let fp = without.iter().filter(|w| res.contains(&norm_ws(w))).count();
        line["tp"] = tp.into();
        line["fn"] = (with.len() - tp).into();
        line["fp"] = fp.into();
        line["tn"] = (without.len() - fp).into();
        line["title_ok"] = title_ok(s(g, "title")).into();
        line["byline_ok"] =
            s(g, "author").map(|ga| r.byline.as_deref().is_some_and(|b| byline_match(b, &ga))).into();
        line["date_ok"] = date_ok(s(g, "date")).into();
    }
}

// ------------------------------------------------------------------ parent

fn run_worker(exe: &Path, a: &Args, cand: &str, set: &str, log: &Path) -> Result<Vec<Value>> {
    let gold = load_gold(&a.data, set)?;
    let n = gold.len();
    let mut rows: Vec<Value> = Vec::new();
    let mut start = 0;
    while start < n {
        let logf = std::fs::OpenOptions::new().create(true).append(true).open(log)?;
        let mut cmd = Command::new(exe);
        cmd.args(["--worker", cand, "--worker-set", set, "--start", &start.to_string()])
            .args(["--data", a.data.to_str().unwrap()])
            .args(["--reps", &a.reps.to_string(), "--timeout-ms", &a.timeout.as_millis().to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::from(logf));
        if a.dump {
            cmd.arg("--dump");
        }
        let mut child = cmd.spawn()?;
        let out = BufReader::new(child.stdout.take().unwrap());
        for l in out.lines() {
            let v: Value = serde_json::from_str(&l?)?;
            start = v["i"].as_u64().unwrap() as usize + 1;
            rows.push(v);
        }
        let st = child.wait()?;
        if start < n && !st.success() && st.code() != Some(3) {
            // the worker died on page `start` (abort, stack overflow …)
            eprintln!("  {cand}/{set}: worker died on page {start} ({st})");
            let mut line = json!({"i": start, "status": "abort", "secs": 0.0, "msg": st.to_string(),
                                  "kind_hint": gold[start]["kind_hint"]});
            score(set, &gold[start], &Raw::default(), &[], "", &mut line);
            rows.push(line);
            start += 1;
        } else if start < n && st.success() {
            bail!("{cand}/{set}: worker stopped early at {start}");
        }
    }
    Ok(rows)
}

#[derive(Default)]
struct Agg {
    pages: usize,
    ok: usize,
    err: usize,
    panic: usize,
    hang: usize,
    abort: usize,
    empty: usize,
    secs: f64,
    cpu: f64,
    bytes: usize,
    // readability
    p_sum: f64,
    r_sum: f64,
    f_sum: f64,
    scored: usize,
    ov: usize,
    ex: usize,
    gw: usize,
    // trafilatura
    tp: usize,
    fp: usize,
    fnn: usize,
    tn: usize,
    fields: std::collections::BTreeMap<&'static str, (usize, usize, usize)>, // (right, gold present, provided)
}

fn aggregate<'a>(rows: impl Iterator<Item = &'a Value>) -> Agg {
    let mut a = Agg::default();
    for v in rows {
        a.pages += 1;
        match v["status"].as_str().unwrap_or("") {
            "ok" => a.ok += 1,
            "err" => a.err += 1,
            "panic" => a.panic += 1,
            "hang" => a.hang += 1,
            _ => a.abort += 1,
        }
        a.secs += v["secs"].as_f64().unwrap_or(0.0);
        a.cpu += v["cpu"].as_f64().unwrap_or(0.0);
        a.bytes += v["bytes"].as_u64().unwrap_or(0) as usize;
        if v["paragraphs"].as_u64().unwrap_or(0) == 0 {
            a.empty += 1;
        }
        if let Some(gw) = v["words_gold"].as_u64().filter(|&g| g > 0) {
            let ex = v["words_ex"].as_u64().unwrap_or(0);
            let ov = v["overlap"].as_u64().unwrap_or(0);
            let p = if ex > 0 { ov as f64 / ex as f64 } else { 0.0 };
            let r = ov as f64 / gw as f64;
            a.p_sum += p;
            a.r_sum += r;
            a.f_sum += if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
            a.scored += 1;
            a.ov += ov as usize;
            a.ex += ex as usize;
            a.gw += gw as usize;
        }
        a.tp += v["tp"].as_u64().unwrap_or(0) as usize;
        a.fp += v["fp"].as_u64().unwrap_or(0) as usize;
        a.fnn += v["fn"].as_u64().unwrap_or(0) as usize;
        a.tn += v["tn"].as_u64().unwrap_or(0) as usize;
        for (k, pk) in [("title", "title"), ("byline", "byline"), ("date", "date"), ("site", "site"), ("lang", "lang")] {
            let key = format!("{k}_ok");
            if let Some(b) = v[&key].as_bool() {
                let e = a.fields.entry(k).or_default();
                e.1 += 1;
                if b {
                    e.0 += 1;
                }
                if v["provided"][pk].as_bool() == Some(true) {
                    e.2 += 1;
                }
            }
        }
    }
    a
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 { "–".into() } else { format!("{:.1}", 100.0 * n as f64 / d as f64) }
}

fn f(x: f64) -> String {
    format!("{:.3}", x)
}

fn prf(tp: usize, fp: usize, fnn: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fnn > 0 { tp as f64 / (tp + fnn) as f64 } else { 0.0 };
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f1)
}

fn main() -> Result<()> {
    let a = parse_args()?;
    if let Some((c, s, start)) = &a.worker {
        return worker(&a, c, s, *start);
    }
    if !a.from_json.is_empty() {
        let mut all: Vec<(String, String, Vec<Value>)> = Vec::new();
        for p in &a.from_json {
            let runs: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(p)?)?;
            for r in runs {
                let (c, s) = (r["candidate"].as_str().unwrap_or("").to_string(), r["set"].as_str().unwrap_or("").to_string());
                let pages = r["pages"].as_array().cloned().unwrap_or_default();
                match all.iter_mut().find(|(cc, ss, _)| *cc == c && *ss == s) {
                    Some(slot) => slot.2 = pages,
                    None => all.push((c, s, pages)),
                }
            }
        }
        let cands: Vec<Candidate> =
            candidates::all().into_iter().filter(|c| all.iter().any(|(n, _, _)| n == c.name)).collect();
        report(&cands, &all, &a);
        return Ok(());
    }
    let exe = std::env::current_exe()?;
    let cands: Vec<Candidate> = candidates::all()
        .into_iter()
        .filter(|c| a.only.as_ref().is_none_or(|o| o.iter().any(|x| x == c.name)))
        .collect();
    let results_dir = a.data.join("results");
    std::fs::create_dir_all(&results_dir)?;
    let log = results_dir.join("workers.log");
    let _ = std::fs::remove_file(&log);
    let mut all: Vec<(String, String, Vec<Value>)> = Vec::new();
    for c in &cands {
        for set in &a.sets {
            let t = Instant::now();
            let rows = run_worker(&exe, &a, c.name, set, &log)?;
            eprintln!("{:24} {:12} {} pages in {:.1}s", c.name, set, rows.len(), t.elapsed().as_secs_f64());
            all.push((c.name.to_string(), set.clone(), rows));
        }
    }
    if let Some(j) = &a.json {
        let v: Vec<Value> = all.iter().map(|(c, s, r)| json!({"candidate": c, "set": s, "pages": r})).collect();
        std::fs::write(j, serde_json::to_string(&v)?)?;
    }
    report(&cands, &all, &a);
    Ok(())
}

fn report(cands: &[Candidate], all: &[(String, String, Vec<Value>)], a: &Args) {
    let get = |c: &str, s: &str| all.iter().find(|(cc, ss, _)| cc == c && ss == s).map(|x| &x.2);
    let text_cands: Vec<&Candidate> = cands.iter().filter(|c| c.name != "own-meta").collect();
    println!("Reps per page: {} (median taken), time cap {} ms.\n", a.reps, a.timeout.as_millis());

    if let Some(_) = get(cands[0].name, "readability") {
        println!("### Readability test pages: main text (bag of lowercased words vs expected.html)\n");
        println!("| crate | pages | macro P | macro R | macro F1 | micro P | micro R | micro F1 | empty | err/panic/hang/abort |");
        println!("|---|---|---|---|---|---|---|---|---|---|");
        for c in &text_cands {
            let Some(rows) = get(c.name, "readability") else { continue };
            let g = aggregate(rows.iter());
            let n = g.scored.max(1) as f64;
            let (mp, mr) = (g.ov as f64 / g.ex.max(1) as f64, g.ov as f64 / g.gw.max(1) as f64);
            let mf = if mp + mr > 0.0 { 2.0 * mp * mr / (mp + mr) } else { 0.0 };
            println!(
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {}/{}/{}/{} |",
                c.name, g.pages, f(g.p_sum / n), f(g.r_sum / n), f(g.f_sum / n), f(mp), f(mr), f(mf), g.empty,
                g.err, g.panic, g.hang, g.abort
            );
        }
        println!("\n### Readability test pages: metadata (right / pages whose gold has the field; % right; pages where the crate gave the field)\n");
        println!("| crate | title | byline | date | site name | lang |");
        println!("|---|---|---|---|---|---|");
        for c in cands {
            let Some(rows) = get(c.name, "readability") else { continue };
            let g = aggregate(rows.iter());
            let cell = |k: &str| {
                g.fields.get(k).map_or("–".into(), |(r, n, p)| {
                    if *p == 0 { format!("not given ({n})") } else { format!("{r}/{n} = {}% (gave {p})", pct(*r, *n)) }
                })
            };
            println!("| {} | {} | {} | {} | {} | {} |", c.name, cell("title"), cell("byline"), cell("date"), cell("site"), cell("lang"));
        }
    }
    if get(cands[0].name, "trafilatura").is_some() {
        println!("\n### Trafilatura eval pages: with/without snippets (as tests/eval_common.py counts them)\n");
        println!("| crate | pages | with found % | without absent % | precision | recall | F1 | F1 news/article-hinted pages | empty | err/panic/hang/abort |");
        println!("|---|---|---|---|---|---|---|---|---|---|");
        for c in &text_cands {
            let Some(rows) = get(c.name, "trafilatura") else { continue };
            let g = aggregate(rows.iter());
            let (p, r, f1) = prf(g.tp, g.fp, g.fnn);
            let hinted = aggregate(rows.iter().filter(|v| v["kind_hint"].is_string()));
            let (_, _, hf1) = prf(hinted.tp, hinted.fp, hinted.fnn);
            println!(
                "| {} | {} | {} | {} | {} | {} | {} | {} ({} pages) | {} | {}/{}/{}/{} |",
                c.name, g.pages, pct(g.tp, g.tp + g.fnn), pct(g.tn, g.tn + g.fp), f(p), f(r), f(f1), f(hf1),
                hinted.pages, g.empty, g.err, g.panic, g.hang, g.abort
            );
        }
        println!("\n### Trafilatura eval pages: metadata vs the eval's annotations\n");
        println!("| crate | title | author | date |");
        println!("|---|---|---|---|");
        for c in cands {
            let Some(rows) = get(c.name, "trafilatura") else { continue };
            let g = aggregate(rows.iter());
            let cell = |k: &str| {
                g.fields.get(k).map_or("–".into(), |(r, n, p)| {
                    if *p == 0 { format!("not given ({n})") } else { format!("{r}/{n} = {}% (gave {p})", pct(*r, *n)) }
                })
            };
            println!("| {} | {} | {} | {} |", c.name, cell("title"), cell("byline"), cell("date"));
        }
    }
    println!("\n### Speed: one thread, extraction call only (decoding excluded), median of the reps per page\n");
    println!("pages/s = pages / sum of per-page median thread CPU time; wall-clock pages/s in brackets (the cores are shared, so wall time is noisier).\n");
    println!("| crate | readability pages/s (wall) | MB/s | trafilatura pages/s (wall) | MB/s | slowest page CPU ms | panics | hangs | aborts |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for c in cands {
        let mut cells = Vec::new();
        let mut slow: f64 = 0.0;
        let (mut pa, mut ha, mut ab) = (0, 0, 0);
        for set in ["readability", "trafilatura"] {
            match get(c.name, set) {
                Some(rows) => {
                    let g = aggregate(rows.iter());
                    cells.push(format!("{:.0} ({:.0})", g.pages as f64 / g.cpu.max(1e-9), g.pages as f64 / g.secs.max(1e-9)));
                    cells.push(format!("{:.1}", g.bytes as f64 / 1e6 / g.cpu.max(1e-9)));
                    slow = rows.iter().filter_map(|v| v["cpu"].as_f64()).fold(slow, f64::max);
                    pa += g.panic;
                    ha += g.hang;
                    ab += g.abort;
                }
                None => {
                    cells.push("–".into());
                    cells.push("–".into());
                }
            }
        }
        println!("| {} | {} | {:.1} | {} | {} | {} |", c.name, cells.join(" | "), slow * 1e3, pa, ha, ab);
    }
    // decoding
    if let Some((_, _, rows)) = all.first() {
        let mut encs: std::collections::BTreeMap<String, usize> = Default::default();
        let mut dsecs = 0.0;
        for (_, _, rs) in all.iter().filter(|(c, _, _)| c == &all[0].0) {
            for v in rs {
                *encs.entry(v["encoding"].as_str().unwrap_or("?").to_string()).or_default() += 1;
                dsecs += v["decode_secs"].as_f64().unwrap_or(0.0);
            }
        }
        let _ = rows;
        println!("\nDecoding (charset sniff + transcode): {:.2} ms in all; encodings: {:?}", dsecs * 1e3, encs);
    }
}
