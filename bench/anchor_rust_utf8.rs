// bench/anchor_rust_utf8.rs -- Rust's str::from_utf8 behind a C function,
// the anchor of bench/utf8.c.  Built with plain `rustc -O` (Makefile.am).

/// Whether the n bytes at p are valid UTF-8, as std::str::from_utf8 says.
#[no_mangle]
pub extern "C" fn kl_bench_rust_from_utf8(p: *const u8, n: usize) -> bool {
    let bytes = unsafe { std::slice::from_raw_parts(p, n) };
    std::str::from_utf8(bytes).is_ok()
}
