//! `manifest.csv`: what a folder's texts do not say about themselves.
//! Columns `file, outlet, url, published, authors`, any of them empty;
//! its values win over what the importer reads in the text.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use thiserror::Error;

use clippings_extract::dates;

pub const FILE_NAME: &str = "manifest.csv";
const COLUMNS: &[&str] = &["file", "outlet", "url", "published", "authors"];

#[derive(Debug, Error)]
pub enum ManifestError {
    #[error("{path}: cannot read it: {source}")]
    Read { path: PathBuf, source: csv::Error },
    #[error("{path}: unknown column '{column}'; the columns are {}", COLUMNS.join(", "))]
    UnknownColumn { path: PathBuf, column: String },
    #[error("{path}: there is no 'file' column, so no row can name its article")]
    NoFileColumn { path: PathBuf },
    #[error("{path}, row {row}: {message}")]
    Row {
        path: PathBuf,
        row: usize,
        message: String,
    },
}

impl ManifestError {
    /// The message without the manifest's path, for a line that names it.
    pub fn without_path(&self) -> String {
        match self {
            ManifestError::Row { row, message, .. } => format!("row {row}: {message}"),
            other => other.to_string(),
        }
    }
}

/// What a manifest says of one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// Stored as given: a manifest's values win over what is read.
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// ISO 8601: a date, or a date-time (with its offset if given).
    pub published: Option<String>,
    pub authors: Option<Vec<String>>,
    /// Row number in the file (the header is row 1).
    pub row: usize,
}

/// A folder's manifest, by file name, with the rows that could not be used.
#[derive(Debug, Default)]
pub struct Manifest {
    pub path: PathBuf,
    pub entries: HashMap<String, Entry>,
    /// Rows that are wrong, by the file they name: the file is not
    /// imported until its row is fixed (its values would be wrong).
    pub bad_files: HashMap<String, ManifestError>,
    /// Wrong rows that name no file.
    pub bad_rows: Vec<ManifestError>,
}

impl Manifest {
    /// Reads `manifest.csv` from a folder, if there is one. A file that
    /// cannot be read, or whose columns are wrong, is an error; a wrong row
    /// is kept with its error, and the other rows are read.
    pub fn load(folder: &Path) -> Result<Option<Manifest>, ManifestError> {
        let path = folder.join(FILE_NAME);
        if !path.is_file() {
            return Ok(None);
        }
        let read_err = |source| ManifestError::Read {
            path: path.clone(),
            source,
        };
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_path(&path)
            .map_err(read_err)?;
        let headers: Vec<String> = reader
            .headers()
            .map_err(read_err)?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_lowercase())
            .collect();
        if let Some(unknown) = headers.iter().find(|h| !COLUMNS.contains(&h.as_str())) {
            return Err(ManifestError::UnknownColumn {
                path,
                column: unknown.clone(),
            });
        }
        let col = |name: &str| headers.iter().position(|h| h == name);
        let file_col =
            col("file").ok_or_else(|| ManifestError::NoFileColumn { path: path.clone() })?;
        let mut manifest = Manifest {
            path: path.clone(),
            ..Manifest::default()
        };
        for (i, record) in reader.records().enumerate() {
            let row = i + 2;
            let bad = |message: String| ManifestError::Row {
                path: path.clone(),
                row,
                message,
            };
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    manifest.bad_rows.push(bad(e.to_string()));
                    continue;
                }
            };
            let file = record.get(file_col).unwrap_or("").trim().to_string();
            if file.is_empty() {
                manifest
                    .bad_rows
                    .push(bad("the 'file' column is empty".into()));
                continue;
            }
            match read_row(&record, &headers, row) {
                Err(message) => {
                    manifest.entries.remove(&file);
                    manifest.bad_files.insert(file, bad(message));
                }
                Ok(_) if manifest.bad_files.contains_key(&file) => {}
                Ok(entry) => {
                    if let Some(first) = manifest.entries.remove(&file) {
                        let message = format!(
                            "'{file}' is listed twice (rows {} and {row}); keep one row",
                            first.row
                        );
                        manifest.bad_files.insert(file, bad(message));
                    } else {
                        manifest.entries.insert(file, entry);
                    }
                }
            }
        }
        Ok(Some(manifest))
    }
}

/// One row's values, or what is wrong with it.
fn read_row(record: &csv::StringRecord, headers: &[String], row: usize) -> Result<Entry, String> {
    if record.len() != headers.len() {
        return Err(format!(
            "it has {} fields and the header {}; quote a value that holds a comma",
            record.len(),
            headers.len()
        ));
    }
    let get = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .and_then(|c| record.get(c))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(String::from)
    };
    let published = match get("published") {
        None => None,
        Some(raw) => Some(manifest_date(&raw).ok_or_else(|| {
            format!(
                "'{raw}' in 'published' is not a date; write it as 2017-06-15 or 2017-06-15T13:34:00+01:00"
            )
        })?),
    };
    Ok(Entry {
        outlet: get("outlet"),
        url: get("url"),
        published,
        authors: get("authors").map(|a| {
            a.split(';')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        }),
        row,
    })
}

/// A manifest's publication date as stored (ISO 8601, in the form the
/// importer writes dates it reads), if the whole value is one: an ISO date
/// or date-time, checked in full (a time of 99:99 or an offset of +99:99
/// is not one), or a date as news pages write it ("15 June 2017", "Feb 16,
/// 2017 9:15 AM EST") with nothing else in it.
pub fn manifest_date(raw: &str) -> Option<String> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    let raw = raw.trim();
    if raw.len() > 40 {
        return None;
    }
    let iso_like = raw.len() >= 5
        && raw.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && raw.as_bytes()[4] == b'-';
    if !iso_like {
        return dates::is_date_line(raw)
            .then(|| dates::find_date(raw))
            .flatten()
            .map(|d| d.iso);
    }
    if let Ok(d) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    let spelled = raw.replacen(' ', "T", 1);
    let zoned = match spelled.strip_suffix(['Z', 'z']) {
        Some(utc) => format!("{utc}+00:00"),
        None => spelled.clone(),
    };
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(&zoned, format) {
            return Some(dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string());
        }
    }
    for format in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(&spelled, format) {
            return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str) {
        std::fs::write(dir.join(FILE_NAME), text).unwrap();
    }

    #[test]
    fn reads_rows_and_leaves_empty_cells_unset() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "file,outlet,url,published,authors\na.txt,The Daily Example,,2020-03-01,Jane Doe; Sam Lee\nb.txt,,,,\n",
        );
        let m = Manifest::load(dir.path()).unwrap().unwrap();
        let a = &m.entries["a.txt"];
        assert_eq!(a.outlet.as_deref(), Some("The Daily Example"));
        assert_eq!(a.published.as_deref(), Some("2020-03-01"));
        assert_eq!(
            a.authors.as_deref(),
            Some(&["Jane Doe".to_string(), "Sam Lee".to_string()][..])
        );
        assert_eq!(
            m.entries["b.txt"],
            Entry {
                row: 3,
                ..Entry::default()
            }
        );
    }

    #[test]
    fn names_the_bad_column_and_row() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "file,outlet,section\na.txt,X,Y\n");
        let err = Manifest::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("unknown column 'section'"), "{err}");
        write(
            dir.path(),
            "file,published\na.txt,2020-01-01\nb.txt,last Tuesday\n,2020-01-01\nc.txt,2020-01-03\nc.txt,2020-01-04\n",
        );
        let m = Manifest::load(dir.path()).unwrap().unwrap();
        let err = m.bad_files["b.txt"].to_string();
        assert!(
            err.contains("row 3") && err.contains("'last Tuesday'"),
            "{err}"
        );
        assert!(
            m.bad_rows[0]
                .to_string()
                .contains("row 4: the 'file' column is empty")
        );
        assert!(
            m.bad_files["c.txt"]
                .to_string()
                .contains("listed twice (rows 5 and 6)")
        );
        assert_eq!(m.entries.keys().collect::<Vec<_>>(), ["a.txt"]);
    }

    #[test]
    fn dates_are_checked_in_full_and_written_one_way() {
        for (raw, stored) in [
            ("2017-06-15", Some("2017-06-15")),
            (
                "2017-06-15T13:34:00+01:00",
                Some("2017-06-15T13:34:00+01:00"),
            ),
            ("2017-06-15T13:34+01:00", Some("2017-06-15T13:34:00+01:00")),
            ("2017-06-15 13:34:00Z", Some("2017-06-15T13:34:00+00:00")),
            ("2017-06-15T13:34:00", Some("2017-06-15T13:34:00")),
            ("15 June 2017", Some("2017-06-15")),
            ("Feb 16, 2017", Some("2017-02-16")),
            ("2019-03-05 TOTALLY BOGUS", None),
            ("2019-03-05T99:99:99+99:99", None),
            ("2019-03-05T10:00:00+99:99", None),
            ("2019-02-30", None),
            ("15 June 2017 and then some", None),
            ("last Tuesday", None),
        ] {
            assert_eq!(manifest_date(raw).as_deref(), stored, "{raw}");
        }
    }
}
