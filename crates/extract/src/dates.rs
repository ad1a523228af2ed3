//! Finding publication dates in the ways news pages write them —
//! "Thursday 15 June 2017 13:34 BST", "Feb 16, 2017", "2017-06-15",
//! "Updated 9:15 AM ET, Mon May 4, 2020" — and writing them as ISO 8601.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use crate::lexicon::Lexicon;

/// A date as found in text: ISO 8601 (a date, or a date-time with its UTC
/// offset when the text names a zone) and the zone as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub iso: String,
    pub zone: Option<String>,
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(String),
    Word(String),
    Time(NaiveTime),
    /// A numeric UTC offset after a clock ("+0000", "-05:00"), in minutes.
    Offset(i32),
    /// An ISO 8601 date, with the time and offset that follow it.
    Iso(String),
    /// A date in digits whose order its marks make certain: day first
    /// with stops ("27.01.2022"), year first with slashes ("2017/01/30").
    Numeric(NaiveDate),
}

/// Whether a word names a month ("January", "Jan.", "Sept").
pub fn is_month(word: &str) -> bool {
    month_number(word).is_some()
}

fn month_number(word: &str) -> Option<u32> {
    Lexicon::get().month(&word.trim_end_matches('.').to_lowercase())
}

fn is_weekday(word: &str) -> bool {
    word.trim_end_matches('.').parse::<Weekday>().is_ok()
}

/// The UTC offset of a zone abbreviation, in minutes; US zones written
/// without S/D ("ET") take daylight saving from the date.
fn zone_offset(zone: &str, date: NaiveDate) -> Option<i32> {
    let us_dst = || {
        let march_second_sunday = (8..=14)
            .map(|d| NaiveDate::from_ymd_opt(date.year(), 3, d).unwrap())
            .find(|d| d.weekday() == Weekday::Sun)
            .unwrap();
        let november_first_sunday = (1..=7)
            .map(|d| NaiveDate::from_ymd_opt(date.year(), 11, d).unwrap())
            .find(|d| d.weekday() == Weekday::Sun)
            .unwrap();
        date >= march_second_sunday && date < november_first_sunday
    };
    let hours = |standard: i32| if us_dst() { standard + 60 } else { standard };
    if let Some(offset) = zone
        .strip_prefix("GMT")
        .or_else(|| zone.strip_prefix("UTC"))
        .filter(|o| !o.is_empty())
    {
        // "+05:30", "-4", "+0100": a sign, then digits with at most one colon.
        let (sign, digits) = match offset.as_bytes()[0] {
            b'+' => (1, &offset[1..]),
            b'-' => (-1, &offset[1..]),
            _ => return None,
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            return None;
        }
        let (h, m) = match digits.split_once(':') {
            Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
            None if digits.len() > 2 => (
                digits[..digits.len() - 2].parse().ok()?,
                digits[digits.len() - 2..].parse().ok()?,
            ),
            None => (digits.parse().ok()?, 0),
        };
        return (h <= 14 && m < 60).then_some(sign * (h * 60 + m));
    }
    Some(match zone.to_uppercase().as_str() {
        "UTC" | "GMT" | "Z" | "WET" => 0,
        "BST" | "IST_IE" | "CET" | "WEST" => 60,
        "CEST" | "EET" | "SAST" => 120,
        "EEST" | "MSK" | "AST_ARABIA" => 180,
        "GST" => 240,
        "PKT" => 300,
        "IST" => 330,
        "ICT" | "WIB" => 420,
        "SGT" | "HKT" | "AWST" | "PHT" | "MYT" | "CST_CHINA" => 480,
        "JST" | "KST" => 540,
        "AEST" => 600,
        "AEDT" => 660,
        "NZST" => 720,
        "NZDT" => 780,
        "EST" => -300,
        "EDT" => -240,
        "CST" => -360,
        "CDT" => -300,
        "MST" => -420,
        "MDT" => -360,
        "PST" => -480,
        "PDT" => -420,
        "ET" => hours(-300),
        "CT" => hours(-360),
        "MT" => hours(-420),
        "PT" => hours(-480),
        _ => return None,
    })
}

fn tokenize(line: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            if let Some(end) = iso_extent(&chars, i) {
                tokens.push(Token::Iso(chars[i..end].iter().collect()));
                i = end;
                continue;
            }
            if let Some((date, end)) = numeric_date(&chars, i) {
                tokens.push(Token::Numeric(date));
                i = end;
                continue;
            }
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], ':' | '-' | '+'))
            {
                i += 1;
            }
            // "09.00 BST": a clock written with a stop, before a letter.
            let dotted = i + 3 < chars.len()
                && i - start <= 2
                && chars[i] == '.'
                && chars[i + 1].is_ascii_digit()
                && chars[i + 2].is_ascii_digit()
                && chars[i + 3] == ' ';
            if dotted {
                let hours: String = chars[start..i].iter().collect();
                let minutes: String = chars[i + 1..i + 3].iter().collect();
                i += 3;
                if let Some(time) = parse_clock(&format!("{hours}:{minutes}")) {
                    tokens.push(Token::Time(time));
                }
                continue;
            }
            let raw: String = chars[start..i].iter().collect();
            let raw = raw.trim_end_matches(['-', '+', ':']).to_string();
            // "1:20am", "11pm": a clock with its half of the day attached.
            let lower = raw.to_ascii_lowercase();
            if let Some(clock) = lower
                .strip_suffix("am")
                .or_else(|| lower.strip_suffix("pm"))
            {
                let clock = if clock.contains(':') {
                    clock.to_string()
                } else {
                    format!("{clock}:00")
                };
                if let Some(time) = parse_clock(&clock) {
                    tokens.push(Token::Time(time));
                    tokens.push(Token::Word(lower[lower.len() - 2..].to_string()));
                    continue;
                }
            }
            if let Some(time) = parse_clock(&raw) {
                tokens.push(Token::Time(time));
            } else {
                let digits: String = raw.chars().take_while(|c| c.is_ascii_digit()).collect();
                let suffix = &raw[digits.len()..];
                if let Some(year) = glued_year(&digits, &tokens) {
                    // "3. April 20223. April 2022": a page's two dates
                    // (published, updated) run together; the year ends at
                    // four digits and the next date is read on.
                    tokens.push(Token::Number(year.to_string()));
                    i = start + year.len();
                } else if suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th") {
                    tokens.push(Token::Number(digits));
                } else if let Some(time) = parse_clock(&digits)
                    .filter(|_| matches!(suffix.to_lowercase().as_str(), "am" | "pm"))
                {
                    tokens.push(Token::Time(time));
                    tokens.push(Token::Word(suffix.to_string()));
                } else if suffix.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    // "Dezember 29, 2021Dezember 29, 2021": the number, then
                    // the word it runs into.
                    tokens.push(Token::Number(digits.clone()));
                    i = start + digits.len();
                }
            }
        } else if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '.') {
                i += 1;
            }
            // "GMT-4", "UTC+05:30": an offset written after the zone.
            let word: String = chars[start..i].iter().collect();
            if matches!(word.as_str(), "GMT" | "UTC")
                && i + 1 < chars.len()
                && matches!(chars[i], '+' | '-')
                && chars[i + 1].is_ascii_digit()
            {
                let offset_start = i;
                i += 1;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ':') {
                    i += 1;
                }
                let offset: String = chars[offset_start..i].iter().collect();
                tokens.push(Token::Word(format!("{word}{offset}")));
                continue;
            }
            // "11 de mayo de 2022": read as "11 mayo 2022". (Connectors
            // are short: longer words are not lower-cased to be looked up.)
            let connector =
                word.len() <= 3 && Lexicon::get().is_date_connector(&word.to_lowercase());
            if !connector {
                tokens.push(Token::Word(word));
            }
        } else if matches!(c, '+' | '-') && matches!(tokens.last(), Some(Token::Time(_))) {
            // "01:20:00 +0000" (RFC 2822), "13:34 -05:00".
            match numeric_offset(&chars[i..]) {
                Some((minutes, length)) => {
                    tokens.push(Token::Offset(minutes));
                    i += length;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    // "9:15 AM" → afternoon hours become 24-hour times.
    let mut merged = Vec::with_capacity(tokens.len());
    let mut iter = tokens.into_iter().peekable();
    while let Some(token) = iter.next() {
        if let Token::Time(time) = &token {
            if let Some(Token::Word(w)) = iter.peek() {
                let w = w.to_lowercase().replace('.', "");
                if w == "am" || w == "pm" {
                    let mut hour = time.format("%H").to_string().parse::<u32>().unwrap_or(0) % 12;
                    if w == "pm" {
                        hour += 12;
                    }
                    let minute = time.format("%M").to_string().parse::<u32>().unwrap_or(0);
                    iter.next();
                    merged.push(Token::Time(
                        NaiveTime::from_hms_opt(hour, minute, 0).unwrap(),
                    ));
                    continue;
                }
            }
        }
        merged.push(token);
    }
    merged
}

/// "13:34", "01:20:00": hours, minutes and seconds if given.
fn parse_clock(raw: &str) -> Option<NaiveTime> {
    let mut parts = raw.split(':');
    let h = parts.next()?;
    let m = parts.next()?;
    let s = parts.next().unwrap_or("0");
    if parts.next().is_some() || h.is_empty() || h.len() > 2 || m.len() != 2 || s.len() > 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, s.parse().ok()?)
}

/// A numeric UTC offset at the start of `chars`: a sign, then `HH:MM`,
/// `HHMM` or `HH`; in minutes, with the characters it takes.
fn numeric_offset(chars: &[char]) -> Option<(i32, usize)> {
    let sign = match chars.first()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let digit = |k: usize| chars.get(k).and_then(|c| c.to_digit(10));
    let (h, m, len) = match (digit(1), digit(2), chars.get(3), digit(4), digit(5)) {
        (Some(a), Some(b), Some(':'), Some(c), Some(d)) => (a * 10 + b, c * 10 + d, 6),
        (Some(a), Some(b), Some(c), Some(d), _) if c.is_ascii_digit() => {
            (a * 10 + b, c.to_digit(10).unwrap_or(0) * 10 + d, 5)
        }
        (Some(a), Some(b), next, _, _) if next.is_none_or(|c| !c.is_ascii_alphanumeric()) => {
            (a * 10 + b, 0, 3)
        }
        _ => return None,
    };
    // Not part of a longer number.
    if chars.get(len).is_some_and(char::is_ascii_digit) || h > 14 || m >= 60 {
        return None;
    }
    Some((sign * (h as i32 * 60 + m as i32), len))
}

/// A date in digits at `start` whose order is certain, and where it ends:
/// "27.01.2022", "5.6.2015" and "4. 2. 2022" (day, month, year: stops are
/// written so only day first), "2017/01/30" (year first), and "23/10/2020"
/// or "10-23-2020" (a number over 12 is the day). "01/11/2023" and
/// "01-11-2023" are left alone: day or month first, the page does not say.
fn numeric_date(chars: &[char], start: usize) -> Option<(NaiveDate, usize)> {
    let run = |from: usize| {
        let mut end = from;
        while end < chars.len() && chars[end].is_ascii_digit() && end - from < 5 {
            end += 1;
        }
        let n: String = chars[from..end].iter().collect();
        (end > from).then_some((n, end))
    };
    // After a stop, one space may follow ("4. 2. 2022").
    let next = |at: usize, sep: char| match chars.get(at + 1) {
        Some(' ') if sep == '.' => at + 2,
        _ => at + 1,
    };
    let (first, a) = run(start)?;
    let sep = *chars.get(a)?;
    if !matches!(sep, '.' | '/' | '-') {
        return None;
    }
    let (second, b) = run(next(a, sep))?;
    if chars.get(b) != Some(&sep) {
        return None;
    }
    let (third, end) = run(next(b, sep))?;
    if chars.get(end).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let number = |n: &str| n.parse::<u32>().ok();
    let (year, month, day) = match (sep, first.len(), second.len(), third.len()) {
        ('.', 1..=2, 1..=2, 4) => (third, second, first),
        ('/', 4, 1..=2, 1..=2) => (first, second, third),
        ('/' | '-', 1..=2, 1..=2, 4) if number(&first)? > 12 => (third, second, first),
        ('/' | '-', 1..=2, 1..=2, 4) if number(&second)? > 12 => (third, first, second),
        _ => return None,
    };
    let year: i32 = year.parse().ok().filter(|y| (1800..=2200).contains(y))?;
    let date = NaiveDate::from_ymd_opt(year, number(&month)?, number(&day)?)?;
    Some((date, end))
}

/// Where an ISO 8601 date starting at `start` ends, with the time and
/// offset after it: `2024-01-07`, `2024-01-07T01:20:00.000Z`,
/// `2024-01-07 01:20:00+00:00`, `2024-06-30 16:34:54.488000+00:00`.
fn iso_extent(chars: &[char], start: usize) -> Option<usize> {
    let digits = |from: usize, n: usize| {
        (from..from + n).all(|k| chars.get(k).is_some_and(char::is_ascii_digit))
    };
    if !(digits(start, 4)
        && chars.get(start + 4) == Some(&'-')
        && digits(start + 5, 2)
        && chars.get(start + 7) == Some(&'-')
        && digits(start + 8, 2))
        || chars.get(start + 10).is_some_and(char::is_ascii_digit)
        || (start > 0 && chars[start - 1].is_ascii_digit())
    {
        return None;
    }
    let t = start + 10;
    if !(matches!(chars.get(t), Some('T' | 't' | ' '))
        && digits(t + 1, 2)
        && chars.get(t + 3) == Some(&':')
        && digits(t + 4, 2))
    {
        return Some(t);
    }
    let mut end = t + 6;
    if chars.get(end) == Some(&':') && digits(end + 1, 2) {
        end += 3;
        if matches!(chars.get(end), Some('.' | ',')) && digits(end + 1, 1) {
            end += 1;
            while chars.get(end).is_some_and(char::is_ascii_digit) {
                end += 1;
            }
        }
    }
    match chars.get(end) {
        Some('Z' | 'z') if !chars.get(end + 1).is_some_and(|c| c.is_alphanumeric()) => end += 1,
        Some('+' | '-') => {
            if let Some((_, length)) = numeric_offset(&chars[end..]) {
                end += length;
            }
        }
        _ => {}
    }
    Some(end)
}

/// The year at the start of a longer run of digits that follows a month
/// and perhaps its day ("April 20223", "Februar 20199"): only where the
/// month asks for a year.
fn glued_year<'a>(digits: &'a str, before: &[Token]) -> Option<&'a str> {
    let after_month = match before {
        [.., Token::Word(w)] => is_month(w),
        [.., Token::Word(w), Token::Number(d)] => is_month(w) && d.len() <= 2,
        _ => false,
    };
    (after_month && (5..=6).contains(&digits.len()))
        .then(|| &digits[..4])
        .filter(|year| {
            year.parse::<i32>()
                .is_ok_and(|y| (1800..=2200).contains(&y))
        })
}

fn year_of(token: &Token) -> Option<i32> {
    match token {
        Token::Number(n) if n.len() == 4 => n.parse().ok().filter(|y| (1800..=2200).contains(y)),
        _ => None,
    }
}

fn day_of(token: &Token) -> Option<u32> {
    match token {
        Token::Number(n) if n.len() <= 2 => n.parse().ok().filter(|d| (1..=31).contains(d)),
        _ => None,
    }
}

/// The first date in `line`, with the time and zone that accompany it.
pub fn find_date(line: &str) -> Option<FoundDate> {
    // Every date format has a day or a year in digits.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let tokens = tokenize(line);
    for (i, token) in tokens.iter().enumerate() {
        if let Token::Iso(raw) = token {
            if let Some(found) = parse_iso(raw) {
                return Some(found);
            }
        }
        if let Token::Numeric(date) = token {
            return Some(render(*date, find_time_and_zone(&tokens, *date)));
        }
        let Token::Word(word) = token else { continue };
        let Some(month) = month_number(word) else {
            continue;
        };
        // "May" is a month only when a day or year sits beside it.
        let (day, year) = if let (Some(day), Some(year)) = (
            tokens.get(i + 1).and_then(day_of),
            tokens.get(i + 2).and_then(year_of),
        ) {
            (day, year)
        } else if let (Some(day), Some(year)) = (
            i.checked_sub(1)
                .and_then(|j| tokens.get(j))
                .and_then(day_of),
            tokens.get(i + 1).and_then(year_of),
        ) {
            (day, year)
        } else {
            continue;
        };
        let Some(date) = NaiveDate::from_ymd_opt(year, month, day) else {
            continue;
        };
        let time_and_zone = find_time_and_zone(&tokens, date);
        return Some(render(date, time_and_zone));
    }
    None
}

/// A zone as written (`None` for a numeric offset) and its UTC offset in minutes.
type Zone = (Option<String>, i32);

fn find_time_and_zone(tokens: &[Token], date: NaiveDate) -> Option<(NaiveTime, Option<Zone>)> {
    tokens.iter().enumerate().find_map(|(i, token)| {
        let Token::Time(time) = token else {
            return None;
        };
        let zone = tokens.get(i + 1).and_then(|t| match t {
            Token::Word(w) => zone_offset(w.trim_end_matches('.'), date)
                .map(|off| (Some(w.trim_end_matches('.').to_uppercase()), off)),
            Token::Offset(minutes) => Some((None, *minutes)),
            _ => None,
        });
        Some((*time, zone))
    })
}

fn render(date: NaiveDate, time_and_zone: Option<(NaiveTime, Option<Zone>)>) -> FoundDate {
    match time_and_zone {
        Some((time, Some((zone, offset)))) => FoundDate {
            iso: format!(
                "{}T{}{}",
                date.format("%Y-%m-%d"),
                time.format("%H:%M:%S"),
                offset_text(offset)
            ),
            zone,
            date,
        },
        // A time without a zone is local to somewhere unknown: keep the date only.
        _ => FoundDate {
            iso: date.format("%Y-%m-%d").to_string(),
            zone: None,
            date,
        },
    }
}

/// "+01:00", "-04:00", "+00:00".
fn offset_text(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let minutes = minutes.abs();
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// An ISO 8601 token: a date, or a date-time with its seconds and offset
/// kept (fractions of a second dropped). A date-time written without an
/// offset keeps its time without one: machines write it, and it gives the
/// time even where it does not give the zone.
fn parse_iso(raw: &str) -> Option<FoundDate> {
    let date = NaiveDate::parse_from_str(raw.get(..10)?, "%Y-%m-%d").ok()?;
    let date_only = || FoundDate {
        iso: date.format("%Y-%m-%d").to_string(),
        zone: None,
        date,
    };
    let Some(rest) = raw.get(11..).filter(|r| !r.is_empty()) else {
        return Some(date_only());
    };
    let clock_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(rest.len());
    let Some(time) = parse_clock(&rest[..clock_end]) else {
        return Some(date_only());
    };
    let mut zone = &rest[clock_end..];
    if zone.starts_with(['.', ',']) {
        zone = zone[1..].trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let offset = match zone {
        "" => None,
        "Z" | "z" => Some(0),
        _ => {
            let chars: Vec<char> = zone.chars().collect();
            numeric_offset(&chars).map(|(minutes, _)| minutes)
        }
    };
    let stamp = format!("{}T{}", date.format("%Y-%m-%d"), time.format("%H:%M:%S"));
    Some(FoundDate {
        iso: match offset {
            Some(minutes) => format!("{stamp}{}", offset_text(minutes)),
            None => stamp,
        },
        zone: None,
        date,
    })
}

/// The most words a line of dates alone holds: a date published and one
/// modified, each with a weekday, a time and a zone.
const DATE_LINE_WORDS: usize = 24;

/// Whether a line is nothing but a date stamp ("Updated: 3 March 2018 10:04 GMT").
pub fn is_date_line(line: &str) -> bool {
    // The word count first: it rules out body lines without tokenizing them
    // ("Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16
    // EST" has 15).
    if line.split_whitespace().nth(DATE_LINE_WORDS).is_some() || find_date(line).is_none() {
        return false;
    }
    tokenize(line).iter().all(|token| match token {
        Token::Word(w) => {
            let w = w.trim_end_matches('.').to_lowercase();
            month_number(&w).is_some()
                || is_weekday(&w)
                || zone_offset(&w, NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()).is_some()
                || Lexicon::get().is_date_word(&w)
        }
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(line: &str) -> Option<String> {
        find_date(line).map(|d| d.iso)
    }

    #[test]
    fn months_in_the_languages_of_the_news() {
        assert_eq!(iso("7. Januar 2022").as_deref(), Some("2022-01-07"));
        assert_eq!(
            iso("von David · 18. Oktober 2019").as_deref(),
            Some("2019-10-18")
        );
        assert_eq!(iso("publié le 18 août 2019").as_deref(), Some("2019-08-18"));
        assert_eq!(iso("11 de mayo de 2022").as_deref(), Some("2022-05-11"));
        assert_eq!(iso("5 de junho de 2021").as_deref(), Some("2021-06-05"));
        assert_eq!(iso("12 maggio 2020").as_deref(), Some("2020-05-12"));
        assert_eq!(iso("3 maart 2023").as_deref(), Some("2023-03-03"));
        assert!(is_date_line("Freitag, 5. Juni 2015 um 10:23 Uhr"));
        assert!(is_date_line("vendredi 5 juin 2015"));
        // A month's name alone is a word: "Mars" the planet, "Mai" a name.
        assert_eq!(iso("the Mars 2020 rover"), None);
        assert!(!is_date_line("Mai Tai bar opens on 5 June 2015"));
    }

    #[test]
    fn numeric_dates_whose_order_is_certain() {
        assert_eq!(iso("27.01.2022").as_deref(), Some("2022-01-27"));
        // A clock without a zone is local to somewhere unknown.
        assert_eq!(iso("am 25.08.2015 22:30").as_deref(), Some("2015-08-25"));
        assert_eq!(
            iso("25.08.2015 22:30 +02:00").as_deref(),
            Some("2015-08-25T22:30:00+02:00")
        );
        assert_eq!(iso("Stand: 5.6.2015").as_deref(), Some("2015-06-05"));
        assert_eq!(iso("2017/01/30").as_deref(), Some("2017-01-30"));
        assert_eq!(
            iso("Von Deutscher Tennis Bund 4. 2. 2022.").as_deref(),
            Some("2022-02-04")
        );
        // A number over 12 is the day, whichever comes first.
        assert_eq!(iso("23/10/2020").as_deref(), Some("2020-10-23"));
        assert_eq!(iso("10-23-2020").as_deref(), Some("2020-10-23"));
        assert_eq!(iso("23/13/2020"), None);
        // Day or month first: the page does not say.
        assert_eq!(iso("01/11/2023"), None);
        assert_eq!(iso("01-11-2023 10:29"), None);
        // Not dates: a clock, a version, an impossible day.
        assert_eq!(iso("10.19 Uhr"), None);
        assert_eq!(iso("1.2.3"), None);
        assert_eq!(iso("31.02.2022"), None);
    }

    #[test]
    fn british_date_with_time_and_zone() {
        assert_eq!(
            iso("Thursday 15 June 2017 13:34 BST").as_deref(),
            Some("2017-06-15T13:34:00+01:00")
        );
    }

    #[test]
    fn american_dates_abbreviated_and_ordinal() {
        assert_eq!(iso("on Feb 16, 2017.").as_deref(), Some("2017-02-16"));
        assert_eq!(iso("Sept. 3rd, 2019").as_deref(), Some("2019-09-03"));
        assert_eq!(
            iso("appeared on February 17, 2017, with").as_deref(),
            Some("2017-02-17")
        );
    }

    #[test]
    fn twelve_hour_clock_and_us_zone_without_daylight_letter() {
        assert_eq!(
            iso("Updated 9:15 PM ET, Mon May 4, 2020").as_deref(),
            Some("2020-05-04T21:15:00-04:00")
        );
        assert_eq!(
            iso("Published: 10:04 EST, 3 March 2018").as_deref(),
            Some("2018-03-03T10:04:00-05:00")
        );
    }

    #[test]
    fn numeric_offsets_and_dotted_clocks() {
        assert_eq!(
            iso("May 9, 2023 4:12 PM GMT-4").as_deref(),
            Some("2023-05-09T16:12:00-04:00")
        );
        assert_eq!(
            iso("Sun 12 May 2024 09.00 BST").as_deref(),
            Some("2024-05-12T09:00:00+01:00")
        );
        assert_eq!(
            iso("2 June 2021 10:00 UTC+05:30").as_deref(),
            Some("2021-06-02T10:00:00+05:30")
        );
        // Found by cargo-fuzz: letters after "GMT" are not an offset.
        assert_eq!(
            iso("Tuesday 4 March 2023 18:02 GMTaitinSmithboa\u{cb}d").as_deref(),
            Some("2023-03-04")
        );
    }

    #[test]
    fn iso_dates_and_rejects_non_dates() {
        assert_eq!(iso("2020-11-04").as_deref(), Some("2020-11-04"));
        assert_eq!(
            iso("2020-11-04T08:00:00Z").as_deref(),
            Some("2020-11-04T08:00:00+00:00")
        );
        assert_eq!(iso("Theresa May said 12 people"), None);
        // Two dates run together (published, updated): the first is read.
        for (written, read) in [
            ("3. April 20223. April 2022 by mady", "2022-04-03"),
            (
                "Veröffentlicht am Dezember 29, 2021Dezember 29, 2021",
                "2021-12-29",
            ),
            ("10. Februar 20199. Februar 2019 von Heiko", "2019-02-10"),
        ] {
            assert_eq!(iso(written).as_deref(), Some(read), "{written}");
        }
        // Not a year: no month before the digits.
        assert_eq!(iso("order 201931 placed"), None);
        assert_eq!(iso("31 February 2019"), None);
    }

    #[test]
    fn every_iso_form_keeps_its_time_and_offset() {
        for (written, stored) in [
            ("2024-01-07 01:20:00+00:00", "2024-01-07T01:20:00+00:00"),
            ("2024-01-07T01:20:00.000Z", "2024-01-07T01:20:00+00:00"),
            (
                "2024-06-30 16:34:54.488000+00:00",
                "2024-06-30T16:34:54+00:00",
            ),
            ("2024-03-01T09:05:07-0500", "2024-03-01T09:05:07-05:00"),
            ("2024-03-01T09:05+05:30", "2024-03-01T09:05:00+05:30"),
            ("Published 2024-03-01T09:05:07", "2024-03-01T09:05:07"),
            ("2024-03-01", "2024-03-01"),
            ("2024-03-01 and more", "2024-03-01"),
        ] {
            assert_eq!(iso(written).as_deref(), Some(stored), "{written}");
        }
    }

    #[test]
    fn rfc_2822_and_written_clocks_keep_their_time() {
        assert_eq!(
            iso("Sun, 07 Jan 2024 01:20:00 +0000").as_deref(),
            Some("2024-01-07T01:20:00+00:00")
        );
        assert_eq!(
            iso("Mon, 4 Mar 2024 18:02:09 -0500").as_deref(),
            Some("2024-03-04T18:02:09-05:00")
        );
        let found = find_date("Updated 7 January 2024, 1:20am GMT").unwrap();
        assert_eq!(found.iso, "2024-01-07T01:20:00+00:00");
        assert_eq!(found.zone.as_deref(), Some("GMT"));
        assert_eq!(
            iso("7 January 2024 11pm BST").as_deref(),
            Some("2024-01-07T23:00:00+01:00")
        );
        assert_eq!(
            iso("January 7, 2024 1:20 p.m. EST").as_deref(),
            Some("2024-01-07T13:20:00-05:00")
        );
    }

    #[test]
    fn date_lines() {
        assert!(is_date_line("Thursday 15 June 2017 13:34 BST"));
        assert!(is_date_line("Last updated: June 3, 2021"));
        assert!(!is_date_line("The vote was held on June 3, 2021."));
    }
}
