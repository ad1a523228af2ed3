//! Embeds the saved queries in `queries/` into the binary, so that it
//! answers questions wherever it is run from.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=queries");
    // Read when the script runs, not when it is compiled: a compiled build
    // script is reused by clones that share a target folder.
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("queries");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("queries/ folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    let mut out = String::from(
        "/// Saved queries shipped with clippings: (name, SQL file text).\npub const BUILTIN: &[(&str, &str)] = &[\n",
    );
    for f in files {
        let name = f.file_stem().unwrap().to_string_lossy();
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin_queries.rs");
    std::fs::write(dest, out).unwrap();
}
