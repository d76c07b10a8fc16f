//! Per-stage throughput on the bundled corpus (`fixtures/seeds.corpus`):
//! reading, segmentation, quotes, attribution, numbers, the whole
//! extractor, and serialisation. Run with `cargo bench --bench stages`.

use claimex::attribution::SentenceView;
use claimex::claim::write_line;
use claimex::pipeline::{View, render};
use claimex::quotes::QuoteSpan;
use claimex::{Article, CorpusReader, Kinds, extract, numbers, quotes, segment};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::ops::Range;

const CORPUS: &[u8] = include_bytes!("../fixtures/seeds.corpus");

fn articles() -> Vec<Article> {
    CorpusReader::new(CORPUS, "seeds")
        .map(|a| a.expect("in memory"))
        .collect()
}

/// A paragraph made ready for the later stages.
struct Prepared<'a> {
    text: &'a str,
    toks: Vec<segment::Token>,
    outer: Vec<Range<usize>>,
    sentences: Vec<Range<usize>>,
}

fn prepared(articles: &[Article]) -> Vec<Prepared<'_>> {
    articles
        .iter()
        .flat_map(|a| {
            segment::paragraphs(&a.body).into_iter().map(|p| {
                let text = &a.body[p.start..p.end];
                let outer: Vec<_> = quotes::find(text).iter().map(QuoteSpan::outer).collect();
                Prepared {
                    text,
                    toks: segment::tokens(text),
                    sentences: segment::sentences(text, &outer),
                    outer,
                }
            })
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let articles = articles();
    let paras = prepared(&articles);
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(CORPUS.len() as u64));
    g.bench_function("reader", |b| {
        b.iter(|| CorpusReader::new(black_box(CORPUS), "seeds").count())
    });
    g.bench_function("segmentation", |b| {
        b.iter(|| {
            let mut n = 0;
            for a in &articles {
                for p in segment::paragraphs(&a.body) {
                    let text = &a.body[p.start..p.end];
                    n += segment::tokens(text).len() + segment::sentences(text, &[]).len();
                }
            }
            n
        })
    });
    g.bench_function("quotes", |b| {
        b.iter(|| {
            paras
                .iter()
                .map(|p| quotes::find(p.text).len())
                .sum::<usize>()
        })
    });
    g.bench_function("attribution", |b| {
        b.iter(|| {
            let mut n = 0;
            for p in &paras {
                for s in &p.sentences {
                    let view = SentenceView::new(p.text, &p.toks, &p.outer, s.clone(), 0);
                    n += view.cues().len();
                }
            }
            n
        })
    });
    g.bench_function("numbers", |b| {
        b.iter(|| {
            let mut n = 0;
            for p in &paras {
                for s in &p.sentences {
                    n += numbers::find(p.text, &p.toks, s.clone()).len();
                }
            }
            n
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| extract(a, Kinds::default()).len())
                .sum::<usize>()
        })
    });
    let claims: Vec<_> = articles
        .iter()
        .flat_map(|a| extract(a, Kinds::default()))
        .collect();
    g.bench_function("serialisation", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(1 << 20);
            for c in &claims {
                write_line(c, &mut out);
            }
            out.len()
        })
    });
    g.bench_function("end_to_end", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| render(a, Kinds::default(), View::Jsonl).map_or(0, |v| v.len()))
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
