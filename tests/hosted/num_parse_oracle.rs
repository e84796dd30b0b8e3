// tests/hosted/num_parse_oracle.rs -- Rust's from_str_radix as an oracle
// for keel's kl_parse_* (tests/hosted/num_parse_oracle.c runs it).
//
// Reads lines "TYPE BASE HEX", where TYPE is i8 i16 i32 i64 u8 u16 u32 u64
// usize, BASE is 0 or 2..36 and HEX is the input string's bytes in hex
// (empty for ""; always valid UTF-8, as a Rust &str must be), and prints
// one line per input: "ok VALUE", "einval" (Empty or InvalidDigit) or
// "erange" (PosOverflow or NegOverflow).
//
// Base 0 is keel's, not Rust's: after the sign ('+', or '-' for the signed
// types), "0x"/"0X", "0o"/"0O" or "0b"/"0B" selects base 16, 8 or 2 and
// the rest (which may not start with another sign) goes to from_str_radix
// with the sign; anything else is decimal.  Written for Rust 1.55 or later
// (IntErrorKind), which Debian's rustc is.
use std::io::{self, BufRead, BufWriter, Write};
use std::num::{IntErrorKind, ParseIntError};

fn describe<T: std::fmt::Display>(r: Result<T, ParseIntError>) -> String {
    match r {
        Ok(v) => format!("ok {}", v),
        Err(e) => match e.kind() {
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => "erange".to_string(),
            _ => "einval".to_string(),
        },
    }
}

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len() / 2)
        .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).expect("bad hex"))
        .collect()
}

// The (string, radix) from_str_radix sees for keel's base 0, or None when
// keel's rule (a sign after the prefix) already says KL_EINVAL.
fn base0(s: &str, signed: bool) -> Option<(String, u32)> {
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+') => ("+", &s[1..]),
        Some(b'-') if signed => ("-", &s[1..]),
        _ => ("", s),
    };
    let b = rest.as_bytes();
    if b.len() >= 2 && b[0] == b'0' {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            let digits = &rest[2..];
            if digits.starts_with('+') || digits.starts_with('-') {
                return None;
            }
            return Some((format!("{}{}", sign, digits), radix));
        }
    }
    Some((s.to_string(), 10))
}

macro_rules! parse {
    ($t:ty, $s:expr, $r:expr) => {
        describe(<$t>::from_str_radix($s, $r))
    };
}

fn main() {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line.expect("read error");
        let mut f = line.split(' ');
        let ty = f.next().expect("no type");
        let base: u32 = f.next().expect("no base").parse().expect("bad base");
        let bytes = unhex(f.next().unwrap_or(""));
        let text = String::from_utf8(bytes).expect("input is not UTF-8");
        let signed = ty.starts_with('i');
        let (s, radix) = if base == 0 {
            match base0(&text, signed) {
                Some(p) => p,
                None => {
                    writeln!(out, "einval").unwrap();
                    continue;
                }
            }
        } else {
            (text, base)
        };
        let r = match ty {
            "i8" => parse!(i8, &s, radix),
            "i16" => parse!(i16, &s, radix),
            "i32" => parse!(i32, &s, radix),
            "i64" => parse!(i64, &s, radix),
            "u8" => parse!(u8, &s, radix),
            "u16" => parse!(u16, &s, radix),
            "u32" => parse!(u32, &s, radix),
            "u64" => parse!(u64, &s, radix),
            "usize" => parse!(usize, &s, radix),
            _ => panic!("unknown type {}", ty),
        };
        writeln!(out, "{}", r).unwrap();
    }
}
