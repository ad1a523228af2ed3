//! Prints what the extractor reads from article files — metadata, page
//! furniture, people, quotations and the rule behind each speaker — to
//! audit a rule on a real file: `cargo run --example dump -- FILE...`.

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        let x = clippings_extract::extract(&text);
        let a = &x.article;
        println!(
            "== {path}\nheadline: {:?}\nstandfirst: {:?}\nauthors: {:?}\npublished: {:?}\ndateline: {:?}\noutlet: {:?}",
            a.headline,
            a.standfirst,
            a.authors,
            a.published.as_ref().map(|d| &d.iso),
            a.dateline,
            a.outlet
        );
        for e in &a.extras {
            println!("  extra {:?} {}: {}", e.kind, e.line, e.text);
        }
        for p in &x.people.people {
            println!(
                "  person {} weak={} n={} aliases={:?} roles={:?}",
                p.name, p.weak, p.mentions, p.aliases, p.roles
            );
        }
        for q in &x.quotes {
            println!(
                "  quote [{}] {:?} <{}> {:?} via {:?} ({:?}): {}",
                q.kind.as_str(),
                q.speaker.map(|i| &x.people.people[i].name),
                q.rule.as_str(),
                q.speaker_text,
                q.cue,
                q.paragraph,
                q.text
            );
        }
    }
}
