// tests/hosted/duration_oracle.rs -- the Rust half of the differential
// test of kl_duration's text (tests/hosted/duration_oracle.sh): read lines
// "NS PREC TEXT" from stdin and check that Rust formats
// Duration::from_nanos(NS) with {:?} (PREC -1) or {:.PREC?} as TEXT.
// Prints the first mismatches and a count; exits 1 on any mismatch.
//
// Rust rounds {:.N?} to nearest with ties to even since rust-lang/rust
// PR 147499 (2025); before, ties rounded up.  keel follows the new rule.
// With an older rustc (Debian 12's is 1.63) the exact ties are skipped
// and counted, and everything else is still compared.
use std::io::{self, BufRead, Write};
use std::time::Duration;

// True if printing ns with prec digits cuts off exactly half a unit of
// the last digit kept.
fn is_tie(ns: u64, prec: i32) -> bool {
    if prec < 0 {
        return false;
    }
    let digits: u32 = if ns >= 1_000_000_000 { 9 } else if ns >= 1_000_000 { 6 } else if ns >= 1_000 { 3 } else { 0 };
    let prec = prec as u32;
    if prec >= digits {
        return false;
    }
    let frac = ns % 10u64.pow(digits);
    let m = 10u64.pow(digits - prec);
    frac % m == m / 2
}

fn main() {
    let ties_to_even = format!("{:.0?}", Duration::new(2, 500_000_000)) == "2s";
    if !ties_to_even {
        println!("this rustc rounds ties up (before rust-lang/rust#147499): skipping exact ties");
    }
    let stdin = io::stdin();
    let (mut cases, mut bad, mut skipped) = (0u64, 0u64, 0u64);
    for line in stdin.lock().lines() {
        let line = line.expect("read");
        let mut it = line.splitn(3, ' ');
        let ns: u64 = it.next().unwrap().parse().expect("ns");
        let prec: i32 = it.next().unwrap().parse().expect("prec");
        let text = it.next().unwrap_or("");
        if !ties_to_even && is_tie(ns, prec) {
            skipped += 1;
            continue;
        }
        let d = Duration::from_nanos(ns);
        let want = if prec < 0 { format!("{:?}", d) } else { format!("{:.*?}", prec as usize, d) };
        cases += 1;
        if want != text {
            bad += 1;
            if bad <= 10 {
                println!("MISMATCH ns={} prec={}: keel \"{}\", Rust \"{}\"", ns, prec, text, want);
            }
        }
    }
    println!("{} cases compared, {} mismatches, {} ties skipped", cases, bad, skipped);
    io::stdout().flush().unwrap();
    std::process::exit(if bad == 0 && cases > 0 { 0 } else { 1 });
}
