//! Times the extractor alone over folders of articles, one thread, no
//! database: `cargo run --release --example extract_all -- DIR...`.
//! Used to profile extraction (perf record) apart from storage.

fn main() {
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        for e in std::fs::read_dir(&arg).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                for f in std::fs::read_dir(&p).unwrap() {
                    files.push(f.unwrap().path());
                }
            } else {
                files.push(p);
            }
        }
    }
    let t = std::time::Instant::now();
    let mut q = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        q += clippings_extract::extract(&text).quotes.len();
    }
    println!("{} files, {} quotes, {:?}", files.len(), q, t.elapsed());
}
