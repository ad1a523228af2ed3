//! Turning a file's bytes into text: UTF-8 with or without a byte-order
//! mark, UTF-16 with one, Windows-1252 (which covers Latin-1) otherwise;
//! binary files are refused. Line ends are normalised to `\n`, and UTF-8
//! that was once read as Windows-1252 ("FranÃ§ois") is repaired.

use thiserror::Error;

/// Files larger than this are refused rather than read into memory.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file holds only whitespace")]
    Blank,
    #[error(
        "the file looks binary (a NUL byte at offset {offset}); only plain-text articles can be imported"
    )]
    Binary { offset: usize },
    #[error(
        "the file is {size} bytes, over the {limit}-byte limit for one article; split it or check that it is an article"
    )]
    TooLarge { size: u64, limit: u64 },
}

/// Decoded text and the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decodes an article file's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(DecodeError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_ARTICLE_BYTES,
        });
    }
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (utf8_or_binary(rest)?, "utf-8-bom")
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (encoding, label) = if bytes[0] == 0xFF {
            (encoding_rs::UTF_16LE, "utf-16le")
        } else {
            (encoding_rs::UTF_16BE, "utf-16be")
        };
        let (text, _, _) = encoding.decode(bytes);
        (refuse_binary(text.into_owned())?, label)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => (refuse_binary(text.to_owned())?, "utf-8"),
            Err(_) => {
                if let Some(offset) = bytes.iter().position(|&b| b == 0) {
                    return Err(DecodeError::Binary { offset });
                }
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                (refuse_binary(text.into_owned())?, "windows-1252")
            }
        }
    };
    let text = repair_mojibake(normalise_line_ends(text));
    if text.trim().is_empty() {
        return Err(DecodeError::Blank);
    }
    Ok(Decoded { text, encoding })
}

fn utf8_or_binary(bytes: &[u8]) -> Result<String, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => refuse_binary(text.to_owned()),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            refuse_binary(text.into_owned())
        }
    }
}

/// Text with NULs or many control characters is not an article.
fn refuse_binary(text: String) -> Result<String, DecodeError> {
    if let Some(offset) = text.find('\0') {
        return Err(DecodeError::Binary { offset });
    }
    let (mut sampled, mut controls) = (0, 0);
    for c in text.chars().take(8192) {
        sampled += 1;
        controls += usize::from(is_stray_control(c));
    }
    if controls * 20 > sampled.max(1) {
        let offset = text
            .char_indices()
            .find(|&(_, c)| is_stray_control(c))
            .map_or(0, |(i, _)| i);
        return Err(DecodeError::Binary { offset });
    }
    Ok(text)
}

/// A control character that plain text does not hold.
fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c')
}

/// Repairs UTF-8 that was once read as Windows-1252 and saved again, as
/// scraped news often is ("FranÃ§ois" for "François", "donâ€™t" for
/// "don’t"): a character that Windows-1252 writes as a UTF-8 lead byte,
/// followed by the characters it writes as that many continuation bytes,
/// is replaced by the character those bytes spell. Anything else is left
/// as written, so text with no such sequence comes back unchanged, and
/// one pass over the characters does it.
fn repair_mojibake(text: String) -> String {
    // Every lead byte of a sequence of two bytes or more, read as Latin-1,
    // is a character in Â..=ô, which UTF-8 writes C3 82..=C3 B4: the text
    // before the first of them is copied as it is, and text with none
    // (nearly all of it) is returned without a pass over its characters.
    let Some(first) = text
        .as_bytes()
        .windows(2)
        .position(|pair| pair[0] == 0xC3 && (0x82..=0xB4).contains(&pair[1]))
    else {
        return text;
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut rest = &text[first..];
    while let Some(c) = rest.chars().next() {
        match spelled_by_bytes(rest) {
            Some((repaired, used)) => {
                out.push(repaired);
                rest = &rest[used..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// The character that the first characters of `text` spell as UTF-8 when
/// written back as Windows-1252 bytes, and how many bytes of `text` they
/// take; None unless they are a lead byte and its continuation bytes.
fn spelled_by_bytes(text: &str) -> Option<(char, usize)> {
    let mut chars = text.char_indices();
    let (_, lead) = chars.next()?;
    let needed = match lead as u32 {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = [lead as u8, 0, 0, 0];
    let mut used = lead.len_utf8();
    for slot in bytes.iter_mut().skip(1).take(needed) {
        let (at, c) = chars.next()?;
        *slot = windows_1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
        used = at + c.len_utf8();
    }
    let repaired = std::str::from_utf8(&bytes[..=needed])
        .ok()?
        .chars()
        .next()?;
    Some((repaired, used))
}

/// The byte Windows-1252 writes `c` as, if it has one.
fn windows_1252_byte(c: char) -> Option<u8> {
    let mut buffer = [0u8; 4];
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buffer));
    match (&*bytes, unmappable) {
        ([byte], false) => Some(*byte),
        // Latin-1's C1 controls, which Windows-1252 leaves undefined.
        _ if ('\u{80}'..='\u{9f}').contains(&c) => Some(c as u8),
        _ => None,
    }
}

fn normalise_line_ends(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_read_once_as_windows_1252_is_repaired() {
        let text = |s: &str| decode(s.as_bytes()).unwrap().text;
        assert_eq!(
            text("President FranÃ§ois Hollande said Guantánamo, GuantÃ¡namo."),
            "President François Hollande said Guantánamo, Guantánamo."
        );
        assert_eq!(text("We donâ€™t know â€” yet."), "We don’t know — yet.");
        // Left as written: Portuguese capitals, a lost byte, a lone sign.
        assert_eq!(text("SÃO PAULO — RaÃol, Ã."), "SÃO PAULO — RaÃol, Ã.");
        assert_eq!(text("Ça coûte 5 €."), "Ça coûte 5 €.");
    }

    #[test]
    fn reads_utf8_and_strips_a_bom() {
        let d = decode("\u{feff}Headline\r\n\r\nBody.".as_bytes()).unwrap();
        assert_eq!(d.text, "Headline\n\nBody.");
        assert_eq!(d.encoding, "utf-8-bom");
    }

    #[test]
    fn falls_back_to_windows_1252_for_curly_quotes() {
        let bytes = b"He said \x93yes\x94 and caf\xe9.";
        let d = decode(bytes).unwrap();
        assert_eq!(d.text, "He said \u{201c}yes\u{201d} and caf\u{e9}.");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn refuses_binary_empty_and_blank() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t \n"), Err(DecodeError::Blank));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(DecodeError::Binary { .. })
        ));
    }

    #[test]
    fn reads_utf16_with_a_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Hi \u{201c}there\u{201d}".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Hi \u{201c}there\u{201d}");
        assert_eq!(d.encoding, "utf-16le");
    }
}
