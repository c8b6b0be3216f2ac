//! Throughput of `addsup::check` on number-dense news prose.
//!
//! `benches/data/*.txt` holds seven original articles (economy, health, elections, sport,
//! transport, weather, science; about 40 KB in all), written for this benchmark to be dense in
//! the things the extractor reads: grouped digits, money with scales, percentages and
//! percentage points, number words, dates and times, hedges and ranges.
//!
//! Group `extract` times `addsup::number::find` (numbers only) on the 1 MiB document; group
//! `check` times the whole of `addsup::check` (numbers and relations):
//! - `document_1MB`: the articles concatenated over and over into one text of at least 1 MiB;
//! - `article_10KB`: the economy article alone (about 10 KB).
//!
//! Both report bytes per second. Run with `cargo bench --bench extract`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const ARTICLES: &[(&str, &str)] = &[
    ("economy", include_str!("data/economy.txt")),
    ("health", include_str!("data/health.txt")),
    ("elections", include_str!("data/elections.txt")),
    ("sport", include_str!("data/sport.txt")),
    ("transport", include_str!("data/transport.txt")),
    ("weather", include_str!("data/weather.txt")),
    ("science", include_str!("data/science.txt")),
];

const DOCUMENT_BYTES: usize = 1 << 20;

/// The articles, one after another and separated by blank lines, repeated until the text
/// reaches at least `min_len` bytes.
fn document(min_len: usize) -> String {
    let mut doc = String::with_capacity(min_len + 64 * 1024);
    while doc.len() < min_len {
        for (_, article) in ARTICLES {
            doc.push_str(article.trim_end());
            doc.push_str("\n\n");
        }
    }
    doc
}

fn bench_check(c: &mut Criterion) {
    let doc = document(DOCUMENT_BYTES);
    let article = ARTICLES[0].1;
    // Sanity: the inputs really are number-dense, so the benchmark measures extraction work.
    let per_kb = addsup::check(&doc).numbers.len() as f64 / (doc.len() as f64 / 1024.0);
    assert!(per_kb > 10.0, "expected a number-dense document, got {per_kb:.1} numbers per KiB");

    let mut group = c.benchmark_group("check");
    group.sample_size(10).warm_up_time(Duration::from_secs(2)).measurement_time(Duration::from_secs(10));

    group.throughput(Throughput::Bytes(doc.len() as u64));
    group.bench_function("document_1MB", |b| b.iter(|| addsup::check(black_box(&doc))));

    group.throughput(Throughput::Bytes(article.len() as u64));
    group.bench_function("article_10KB", |b| b.iter(|| addsup::check(black_box(article))));

    group.finish();

    // Extraction alone: finding the numbers, without the check rules.
    let mut group = c.benchmark_group("extract");
    group.sample_size(20).warm_up_time(Duration::from_secs(2)).measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Bytes(doc.len() as u64));
    group.bench_function("document_1MB", |b| b.iter(|| addsup::number::find(black_box(&doc))));
    group.finish();
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
