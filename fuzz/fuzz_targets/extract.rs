//! Bytes as an article file would hold them: decode them, extract from the
//! text, and check every offset the extraction hands back.
//!
//! The checks are those of the property tests: decoding never panics and
//! its text holds no CR and no NUL; the extraction keeps its invariants
//! (`Extraction::check_invariants`).
#![no_main]

use clippings_extract::decode::decode;
use clippings_extract::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = decode(data) {
        assert!(!decoded.text.contains('\r'), "decoded text holds a CR");
        assert!(!decoded.text.contains('\0'), "decoded text holds a NUL");
        if let Err(broken) = extract(&decoded.text).check_invariants() {
            panic!("{broken}");
        }
    }
});
