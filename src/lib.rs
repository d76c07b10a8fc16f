//! claimex: attributed quotes and numeric claims from news corpora.
//!
//! The pipeline, one module per stage: [`corpus`] reads articles from a
//! byte stream; [`segment`] finds paragraphs, sentences and tokens;
//! [`quotes`] finds quotations; [`attribution`] finds cues and who speaks
//! through them; [`speakers`] resolves mentions to canonical names;
//! [`numbers`] finds amounts; [`extract`](mod@extract) runs them over one
//! article; [`claim`] is the output contract; [`pipeline`] runs it all
//! over inputs in parallel, in input order. On the claims: [`diff`]
//! compares two versions of an article, [`compare`] groups what several
//! articles state alike, [`stats`] counts, [`report`] draws an HTML page
//! and [`text`] the human view; [`cli`] defines the command line,
//! [`progress`] the progress bar, [`lexicon`] the word lists of general
//! English the rules use, and [`alloc`] the allocator the binary runs on.

#![warn(missing_docs)]

pub mod alloc;
pub mod attribution;
pub mod claim;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod diff;
pub mod extract;
pub mod lexicon;
pub mod numbers;
pub mod pipeline;
pub mod progress;
pub mod quotes;
pub mod report;
pub mod segment;
pub mod speakers;
pub mod stats;
pub mod text;

pub use claim::{Claim, Kind, Quantity, Span, Speaker};
pub use corpus::{Article, CorpusReader, Diagnostic};
pub use extract::{Kinds, extract};
