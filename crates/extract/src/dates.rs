//! Finding publication dates in the ways news pages write them —
//! "Thursday 15 June 2017 13:34 BST", "Feb 16, 2017", "2017-06-15",
//! "Updated 9:15 AM ET, Mon May 4, 2020" — and writing them as ISO 8601.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

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
    Iso(String),
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    let months = [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may", "may"),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ];
    months
        .iter()
        .position(|(long, short)| w == *long || w == *short || (w == "sept" && *short == "sep"))
        .map(|i| i as u32 + 1)
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
            if raw.len() >= 10 && raw.as_bytes()[4] == b'-' {
                tokens.push(Token::Iso(raw));
            } else if let Some(time) = parse_clock(&raw) {
                tokens.push(Token::Time(time));
            } else {
                let digits: String = raw.chars().take_while(|c| c.is_ascii_digit()).collect();
                let suffix = &raw[digits.len()..];
                if suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th") {
                    tokens.push(Token::Number(digits));
                } else if let Some(time) = parse_clock(&digits)
                    .filter(|_| matches!(suffix.to_lowercase().as_str(), "am" | "pm"))
                {
                    tokens.push(Token::Time(time));
                    tokens.push(Token::Word(suffix.to_string()));
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
            tokens.push(Token::Word(word));
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

fn parse_clock(raw: &str) -> Option<NaiveTime> {
    let (h, m) = raw.split_once(':')?;
    let m = m.split(':').next()?;
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
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

fn find_time_and_zone(
    tokens: &[Token],
    date: NaiveDate,
) -> Option<(NaiveTime, Option<(String, i32)>)> {
    tokens.iter().enumerate().find_map(|(i, token)| {
        let Token::Time(time) = token else {
            return None;
        };
        let zone = tokens.get(i + 1).and_then(|t| match t {
            Token::Word(w) => zone_offset(w.trim_end_matches('.'), date)
                .map(|off| (w.trim_end_matches('.').to_uppercase(), off)),
            _ => None,
        });
        Some((*time, zone))
    })
}

fn render(date: NaiveDate, time_and_zone: Option<(NaiveTime, Option<(String, i32)>)>) -> FoundDate {
    match time_and_zone {
        Some((time, Some((zone, offset)))) => {
            let sign = if offset < 0 { '-' } else { '+' };
            let offset = offset.abs();
            FoundDate {
                iso: format!(
                    "{}T{}{}{:02}:{:02}",
                    date.format("%Y-%m-%d"),
                    time.format("%H:%M:%S"),
                    sign,
                    offset / 60,
                    offset % 60
                ),
                zone: Some(zone),
                date,
            }
        }
        // A time without a zone is local to somewhere unknown: keep the date only.
        _ => FoundDate {
            iso: date.format("%Y-%m-%d").to_string(),
            zone: None,
            date,
        },
    }
}

fn parse_iso(raw: &str) -> Option<FoundDate> {
    let date = NaiveDate::parse_from_str(raw.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = raw.get(10..).unwrap_or("");
    if let Some(time_part) = rest.strip_prefix('T').or_else(|| rest.strip_prefix('t')) {
        if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(raw) {
            return Some(FoundDate {
                iso: dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                zone: None,
                date,
            });
        }
        let _ = time_part;
    }
    Some(FoundDate {
        iso: date.format("%Y-%m-%d").to_string(),
        zone: None,
        date,
    })
}

/// Whether a line is nothing but a date stamp ("Updated: 3 March 2018 10:04 GMT").
pub fn is_date_line(line: &str) -> bool {
    // The word count first: it rules out body lines without tokenizing them.
    if line.split_whitespace().nth(14).is_some() || find_date(line).is_none() {
        return false;
    }
    tokenize(line).iter().all(|token| match token {
        Token::Word(w) => {
            let w = w.trim_end_matches('.').to_lowercase();
            month_number(&w).is_some()
                || is_weekday(&w)
                || zone_offset(&w, NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()).is_some()
                || matches!(
                    w.as_str(),
                    "published"
                        | "updated"
                        | "last"
                        | "posted"
                        | "on"
                        | "at"
                        | "am"
                        | "pm"
                        | "first"
                        | "modified"
                        | "date"
                        | "time"
                        | "and"
                        | "of"
                )
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
        assert_eq!(iso("31 February 2019"), None);
    }

    #[test]
    fn date_lines() {
        assert!(is_date_line("Thursday 15 June 2017 13:34 BST"));
        assert!(is_date_line("Last updated: June 3, 2021"));
        assert!(!is_date_line("The vote was held on June 3, 2021."));
    }
}
