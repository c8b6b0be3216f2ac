//! Quick throughput check on any text file, for when criterion is too slow to wait for:
//! `cargo run --release --example throughput -- FILE [RUNS] [--extract-only]` prints the median
//! MB/s of number extraction alone and of the whole check. `--extract-only` skips the check, so
//! that an instruction count under callgrind (`addsup::number::find`, inclusive, divided by
//! RUNS) measures extraction alone.

use std::time::Instant;

fn median_mbs(text: &str, runs: usize, f: impl Fn(&str) -> usize) -> (f64, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut count = 0;
    for _ in 0..runs {
        let start = Instant::now();
        count = f(text);
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    (text.len() as f64 / 1e6 / times[runs / 2], count)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let extract_only = args.iter().any(|a| a == "--extract-only");
    let mut args = args.iter().filter(|a| !a.starts_with("--"));
    let Some(path) = args.next() else {
        eprintln!("usage: throughput FILE [RUNS] [--extract-only]");
        std::process::exit(2);
    };
    let runs = args.next().and_then(|r| r.parse().ok()).unwrap_or(7).max(1);
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("throughput: {path}: {e}");
            std::process::exit(2);
        }
    };
    // Build the word tables and the regex once, outside the timed runs.
    let _ = addsup::check("1");
    let (find, numbers) = median_mbs(&text, runs, |t| addsup::number::find(t).len());
    println!("{path}: {:.2} MB, {numbers} numbers", text.len() as f64 / 1e6);
    println!("extract: {find:.1} MB/s (median of {runs})");
    if !extract_only {
        let (check, findings) = median_mbs(&text, runs, |t| addsup::check(t).findings.len());
        println!("check:   {check:.1} MB/s (median of {runs}), {findings} findings");
    }
}
