// bench/anchor_rust_vec.rs -- Rust's Vec<u64> behind C functions, the
// anchor of bench/vec.c.  Built with plain `rustc -O` (Makefile.am).

/// Build reps fresh vectors of n u64 (seed ^ i) by push from empty (no
/// reserve), each read at a run-time index and dropped; the sum of the
/// values read and the lengths.
#[no_mangle]
pub extern "C" fn kl_bench_rust_vec_push(n: usize, reps: usize, seed: u64) -> u64 {
    let mut acc = 0u64;
    for r in 0..reps {
        let mut v: Vec<u64> = Vec::new();
        for i in 0..n {
            v.push(seed ^ i as u64);
        }
        let k = (seed as usize).wrapping_add(r) % n;
        acc = acc.wrapping_add(unsafe { std::ptr::read_volatile(&v[k]) });
        acc = acc.wrapping_add(v.len() as u64);
    }
    acc
}

/// A vector of n u64 (seed ^ i), boxed for C.
#[no_mangle]
pub extern "C" fn kl_bench_rust_vec_new(n: usize, seed: u64) -> *mut Vec<u64> {
    let v: Vec<u64> = (0..n).map(|i| seed ^ i as u64).collect();
    Box::into_raw(Box::new(v))
}

/// The sum of the vector's elements by iteration, reps times.
#[no_mangle]
pub extern "C" fn kl_bench_rust_vec_sum(v: *const Vec<u64>, reps: usize) -> u64 {
    let v = unsafe { &*v };
    let mut acc = 0u64;
    for _ in 0..reps {
        let s: u64 = v.iter().fold(0u64, |a, &x| a.wrapping_add(x));
        acc = acc.wrapping_add(unsafe { std::ptr::read_volatile(&s) });
    }
    acc
}

/// Drop a vector from kl_bench_rust_vec_new.
#[no_mangle]
pub extern "C" fn kl_bench_rust_vec_free(v: *mut Vec<u64>) {
    drop(unsafe { Box::from_raw(v) });
}
