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

/// What a manifest says of one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// ISO 8601 date or date-time.
    pub published: Option<String>,
    pub authors: Option<Vec<String>>,
    /// Row number in the file (the header is row 1).
    pub row: usize,
}

/// A folder's manifest, by file name.
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    pub path: PathBuf,
    pub entries: HashMap<String, Entry>,
}

impl Manifest {
    /// Reads `manifest.csv` from a folder, if there is one.
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
            .flexible(false)
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
        let mut entries = HashMap::new();
        for (i, record) in reader.records().enumerate() {
            let row = i + 2;
            let record = record.map_err(|e| ManifestError::Row {
                path: path.clone(),
                row,
                message: e.to_string(),
            })?;
            let get = |name: &str| {
                col(name)
                    .and_then(|c| record.get(c))
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(String::from)
            };
            let file = record.get(file_col).unwrap_or("").trim().to_string();
            if file.is_empty() {
                return Err(ManifestError::Row {
                    path,
                    row,
                    message: "the 'file' column is empty".into(),
                });
            }
            let published = match get("published") {
                None => None,
                Some(raw) => Some(
                    published(&raw)
                        .ok_or_else(|| ManifestError::Row {
                            path: path.clone(),
                            row,
                            message: format!("'{raw}' in 'published' is not a date; write it as 2017-06-15 or 2017-06-15T13:34:00+01:00"),
                        })?,
                ),
            };
            let entry = Entry {
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
            };
            if entries.insert(file.clone(), entry).is_some() {
                return Err(ManifestError::Row {
                    path,
                    row,
                    message: format!("'{file}' is listed twice"),
                });
            }
        }
        Ok(Some(Manifest { path, entries }))
    }
}

/// A publication date as a manifest (or another source of metadata) gives
/// it, in ISO 8601: a date-time is kept as written, anything else becomes
/// the date it names; `None` if it names none.
pub fn published(raw: &str) -> Option<String> {
    dates::find_date(raw).filter(|_| raw.len() <= 40).map(|d| {
        if raw.contains('T') {
            raw.to_string()
        } else {
            d.iso
        }
    })
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
            "file,published\na.txt,2020-01-01\nb.txt,last Tuesday\n",
        );
        let err = Manifest::load(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("row 3") && err.contains("'last Tuesday'"),
            "{err}"
        );
    }
}
