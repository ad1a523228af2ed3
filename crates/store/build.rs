//! refinery embeds `migrations/` at compile time but cannot tell cargo that
//! a new file there means a rebuild; this does.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
