//! Prints what the extractor finds in one article, for reading attribution
//! by hand: `cargo run --release --example dump_quotes -- FILE [TEXT]`
//! (TEXT: only quotations containing it). Quotations are cut at 70
//! characters unless `DUMP_FULL` is set.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bytes = std::fs::read(&args[0]).unwrap();
    let text = clippings_extract::decode::decode(&bytes).unwrap().text;
    let x = clippings_extract::extract(&text);
    let only = args.get(1);
    let width = if std::env::var_os("DUMP_FULL").is_some() {
        usize::MAX
    } else {
        70
    };
    if only.is_none() {
        for p in &x.people {
            println!(
                "person {} {:?} weak={} aliases={:?} roles={:?}",
                p.name, p.gender, p.weak, p.aliases, p.roles
            );
        }
    }
    for q in &x.quotes {
        if only.is_some_and(|o| !q.text.contains(o.as_str())) {
            continue;
        }
        let t: String = q.text.chars().take(width).collect();
        println!(
            "{:?} {:?} -> {:?} org={:?} type={:?} as={:?} cue={:?} rule={}",
            q.kind,
            t,
            q.speaker.map(|i| &x.people[i].name),
            q.organisation,
            q.speaker_type,
            q.speaker_text,
            q.cue,
            q.rule.as_str()
        );
    }
}
