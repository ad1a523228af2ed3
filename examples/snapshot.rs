//! Prints the `Debug` form of every extraction over folders of articles,
//! walked recursively in path order: `cargo run --release --example
//! snapshot -- DIR... > snap.txt`. Two snapshots compared byte for byte
//! show that a change to the extractor leaves its output as it was.

use std::path::{Path, PathBuf};

/// Every file under `dir`, at any depth.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        files_under(Path::new(&arg), &mut files);
    }
    files.sort();
    for path in files {
        // Manifests and gold files sit beside the articles; only text is read.
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        println!("== {}", path.display());
        println!("{:?}", clippings::extract::extract(&text));
    }
}
