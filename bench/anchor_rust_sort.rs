// bench/anchor_rust_sort.rs -- Rust's slice::sort_unstable behind a C
// function, the anchor of bench/sort.c.  Built with plain `rustc -O`
// (Makefile.am).

/// Sort the n 64-bit unsigned integers at p with <[u64]>::sort_unstable.
#[no_mangle]
pub extern "C" fn kl_bench_rust_sort_u64(p: *mut u64, n: usize) {
    if n == 0 {
        return;
    }
    let v = unsafe { std::slice::from_raw_parts_mut(p, n) };
    v.sort_unstable();
}
