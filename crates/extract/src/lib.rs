//! clippings-extract: from an article's bytes to everything clippings
//! knows about it — metadata, a body cleaned of page furniture, the people
//! it names and the quotations it carries, each with the rule that found
//! it. No I/O, no SQLite, no command line: text in, [`Extraction`] out.
//!
//! [`decode`] turns bytes into text, [`article`] reads the layout,
//! [`people`] and [`quotes`] find who is named and who said what, and
//! [`extract`] runs them in order. [`eval`] scores extractions against a
//! hand annotation.

pub mod article;
pub mod byline;
pub mod dates;
pub mod decode;
pub mod doc;
pub mod eval;
pub mod extraction;
pub mod input;
pub mod lexicon;
pub mod outlets;
pub mod people;
pub mod quotes;
pub mod reported;
pub mod speakers;
pub mod text;

pub use extraction::{Extraction, extract, extract_input};
pub use input::{Block, BlockRole, Content, Input, Known, Origin};
