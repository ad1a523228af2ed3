//! clippings: an embedded, SQLite-backed database for news corpora.
//!
//! The crate reads article files ([`decode`], [`article`]), finds the people
//! they name and the quotations they carry ([`people`], [`quotes`], brought
//! together by [`extract`]), and keeps it all in one SQLite file
//! ([`store`]), which saved queries ([`saved`]) and the command line read.

pub mod article;
pub mod dates;
pub mod decode;
pub mod eval;
pub mod extract;
pub mod generate;
pub mod import;
pub mod lexicon;
pub mod manifest;
pub mod outlets;
pub mod output;
pub mod people;
pub mod quotes;
pub mod saved;
pub mod store;
pub mod text;
