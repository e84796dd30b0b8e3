// tests/hosted/split_oracle.rs -- Rust's std as the oracle for keel's
// split, rsplit, split_once, rsplit_once and lines.  Reads the lines of
// tests/hosted/split_gen, recomputes each from its first two fields (the
// string and the separator) with str::split, rsplit, split_once,
// rsplit_once, lines (and split/rsplit by char for a one-byte separator),
// and counts the lines that differ.  Built and run by split_oracle.sh.
use std::io::{self, BufRead};

fn hex(b: &[u8]) -> String {
    let mut s = String::from("x");
    for x in b {
        s.push_str(&format!("{:02x}", x));
    }
    s
}

fn unhex(s: &str) -> Vec<u8> {
    let s = &s[1..];
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn main() {
    let (mut n, mut bad) = (0u64, 0u64);
    for line in io::stdin().lock().lines() {
        let line = line.unwrap();
        let mut fields = line.split(' ');
        let sb = unhex(fields.next().unwrap());
        let sepb = unhex(fields.next().unwrap());
        let s = std::str::from_utf8(&sb).unwrap();
        let sep = std::str::from_utf8(&sepb).unwrap();
        let mut out = vec![hex(&sb), hex(&sepb)];
        out.push("S".into());
        out.extend(s.split(sep).map(|p| hex(p.as_bytes())));
        out.push("R".into());
        out.extend(s.rsplit(sep).map(|p| hex(p.as_bytes())));
        out.push("O".into());
        match s.split_once(sep) {
            Some((a, b)) => {
                out.push(hex(a.as_bytes()));
                out.push(hex(b.as_bytes()));
            }
            None => out.push("-".into()),
        }
        out.push("Q".into());
        match s.rsplit_once(sep) {
            Some((a, b)) => {
                out.push(hex(a.as_bytes()));
                out.push(hex(b.as_bytes()));
            }
            None => out.push("-".into()),
        }
        out.push("L".into());
        out.extend(s.lines().map(|p| hex(p.as_bytes())));
        if sepb.len() == 1 && sepb[0] < 0x80 {
            let c = sepb[0] as char;
            out.push("B".into());
            out.extend(s.split(c).map(|p| hex(p.as_bytes())));
            out.push("C".into());
            out.extend(s.rsplit(c).map(|p| hex(p.as_bytes())));
        }
        let want = out.join(" ");
        n += 1;
        if want != line {
            bad += 1;
            if bad <= 10 {
                println!("MISMATCH\n  keel: {}\n  rust: {}", line, want);
            }
        }
    }
    println!("split: {} cases, {} mismatches", n, bad);
    std::process::exit(if bad > 0 || n == 0 { 1 } else { 0 });
}
