//! A progress bar on standard error for long runs: bytes read, articles,
//! claims and MB/s. It shows only when standard error is a terminal and
//! the input is larger than a few MB; otherwise nothing is drawn at all.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::Path;

/// Inputs smaller than this finish before a bar would help.
pub const MIN_BYTES: u64 = 8 << 20;

/// Whether to draw: on a terminal only, and for an input known (or seen)
/// to be at least [`MIN_BYTES`].
pub fn wanted(terminal: bool, total: Option<u64>, seen: u64) -> bool {
    terminal && total.unwrap_or(seen) >= MIN_BYTES
}

/// The bar and its counts.
pub struct Progress {
    bar: Option<ProgressBar>,
    terminal: bool,
    total: Option<u64>,
    bytes: u64,
    articles: u64,
    claims: u64,
}

impl Progress {
    /// A progress tracker for `inputs` (`-` is standard input, whose size
    /// is unknown), drawing on standard error when [`wanted`].
    pub fn for_inputs(inputs: &[&Path]) -> Progress {
        let sizes: Option<u64> = inputs
            .iter()
            .map(|p| {
                (p.as_os_str() != "-")
                    .then(|| std::fs::metadata(p).ok())
                    .flatten()
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
            })
            .sum();
        Progress {
            bar: None,
            terminal: std::io::stderr().is_terminal(),
            total: sizes,
            bytes: 0,
            articles: 0,
            claims: 0,
        }
    }

    /// A tracker that never draws (tests, library use).
    pub fn hidden() -> Progress {
        Progress {
            bar: None,
            terminal: false,
            total: None,
            bytes: 0,
            articles: 0,
            claims: 0,
        }
    }

    /// Counts work done and redraws the bar when it is shown.
    pub fn advance(&mut self, bytes: usize, articles: usize, claims: usize) {
        self.bytes += bytes as u64;
        self.articles += articles as u64;
        self.claims += claims as u64;
        if self.bar.is_none() && wanted(self.terminal, self.total, self.bytes) {
            self.bar = Some(self.start_bar());
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.bytes);
            bar.set_message(format!(
                "{} articles · {} claims",
                self.articles, self.claims
            ));
        }
    }

    fn start_bar(&self) -> ProgressBar {
        let (bar, template) = match self.total {
            Some(total) => (
                ProgressBar::new(total),
                "{bar:30} {bytes}/{total_bytes} · {binary_bytes_per_sec} · {msg} · {eta} left",
            ),
            None => (
                ProgressBar::no_length(),
                "{spinner} {bytes} · {binary_bytes_per_sec} · {msg}",
            ),
        };
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar
    }

    /// Runs `f` (which writes to standard error) with the bar out of the
    /// way, so messages and the bar do not garble each other.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Removes the bar at the end of the run.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawn_only_on_a_terminal_for_large_input() {
        assert!(wanted(true, Some(MIN_BYTES), 0));
        assert!(!wanted(true, Some(MIN_BYTES - 1), MIN_BYTES * 2));
        assert!(!wanted(false, Some(MIN_BYTES * 100), MIN_BYTES * 100));
        // Standard input: shown once enough has been read.
        assert!(!wanted(true, None, 1 << 20));
        assert!(wanted(true, None, MIN_BYTES));
    }

    #[test]
    fn a_hidden_tracker_counts_without_drawing() {
        let mut p = Progress::hidden();
        p.advance(MIN_BYTES as usize * 2, 10, 20);
        assert!(p.bar.is_none());
        assert_eq!((p.bytes, p.articles, p.claims), (MIN_BYTES * 2, 10, 20));
    }
}
