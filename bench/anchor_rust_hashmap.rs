// bench/anchor_rust_hashmap.rs -- Rust's std HashMap<u64, u64> (hashbrown
// with the default RandomState: SipHash-1-3 under a random key) behind C
// functions, the anchor of bench/hashmap.c.  Built with plain `rustc -O`
// (Makefile.am).  Each function runs a whole batch, so no call crosses
// the language boundary per operation.
use std::collections::HashMap;

type Map = HashMap<u64, u64>;

unsafe fn keys<'a>(k: *const u64, n: usize) -> &'a [u64] {
    std::slice::from_raw_parts(k, n)
}

/// A new empty map.
#[no_mangle]
pub extern "C" fn kl_bench_rust_map_new() -> *mut Map {
    Box::into_raw(Box::new(HashMap::new()))
}

/// Free a map from kl_bench_rust_map_new.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_map_free(m: *mut Map) {
    drop(Box::from_raw(m));
}

/// Insert keys[i] -> i into m.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_map_fill(m: *mut Map, k: *const u64, n: usize) {
    let m = &mut *m;
    for (i, &x) in keys(k, n).iter().enumerate() {
        m.insert(x, i as u64);
    }
}

/// reps times: a fresh map, keys[i] -> i inserted; returns the lengths.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_map_insert(k: *const u64, n: usize, reps: usize) -> u64 {
    let mut total = 0u64;
    for _ in 0..reps {
        let mut m: Map = HashMap::new();
        for (i, &x) in keys(k, n).iter().enumerate() {
            m.insert(x, i as u64);
        }
        total += m.len() as u64;
    }
    total
}

/// reps passes of lookups of keys in m; returns the sum of the values
/// found plus the misses.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_map_lookup(m: *const Map, k: *const u64, n: usize,
                                                  reps: usize) -> u64 {
    let m = &*m;
    let mut sum = 0u64;
    for _ in 0..reps {
        for x in keys(k, n) {
            sum = sum.wrapping_add(match m.get(x) {
                Some(&v) => v,
                None => 1,
            });
        }
    }
    sum
}

/// reps times: remove every key of keys from m, then insert them again.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_map_remove(m: *mut Map, k: *const u64, n: usize,
                                                  reps: usize) -> u64 {
    let m = &mut *m;
    let mut sum = 0u64;
    for _ in 0..reps {
        for x in keys(k, n) {
            sum = sum.wrapping_add(m.remove(x).unwrap_or(1));
        }
        for (i, &x) in keys(k, n).iter().enumerate() {
            m.insert(x, i as u64);
        }
    }
    sum
}
