// bench/anchor_rust_btree.rs -- Rust's std::collections::BTreeMap<u64, u64>
// behind C functions, the anchor of bench/btree.c.  Built with plain
// `rustc -O` (Makefile.am).  Each function runs a whole batch on the Rust
// side, so no call crosses the language boundary per operation (keel's
// side is inline C).
use std::collections::BTreeMap;

unsafe fn slice<'a>(p: *const u64, n: usize) -> &'a [u64] {
    std::slice::from_raw_parts(p, n)
}

/// Build a map of the n keys at keys (value: key ^ 1), reps times over;
/// returns the lengths summed.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_btree_insert(keys: *const u64, n: usize, reps: usize) -> u64 {
    let keys = slice(keys, n);
    let mut sum = 0u64;
    for _ in 0..reps {
        let mut m = BTreeMap::new();
        for &k in keys {
            m.insert(k, k ^ 1);
        }
        sum += m.len() as u64;
    }
    sum
}

/// Build as above, then remove the keys in the order of order; returns a
/// checksum of the removed values.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_btree_insert_remove(keys: *const u64, order: *const u64,
                                                        n: usize, reps: usize) -> u64 {
    let keys = slice(keys, n);
    let order = slice(order, n);
    let mut sum = 0u64;
    for _ in 0..reps {
        let mut m = BTreeMap::new();
        for &k in keys {
            m.insert(k, k ^ 1);
        }
        for &k in order {
            sum = sum.wrapping_add(m.remove(&k).unwrap_or(0));
        }
        sum += m.len() as u64;
    }
    sum
}

/// A map of the n keys, for the lookups and iteration.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_btree_build(keys: *const u64, n: usize) -> *mut BTreeMap<u64, u64> {
    let mut m = Box::new(BTreeMap::new());
    for &k in slice(keys, n) {
        m.insert(k, k ^ 1);
    }
    Box::into_raw(m)
}

#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_btree_drop(m: *mut BTreeMap<u64, u64>) {
    drop(Box::from_raw(m));
}

/// Look up iters keys of probe (n of them, cycled); returns the values
/// summed.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_btree_get(m: *const BTreeMap<u64, u64>, probe: *const u64,
                                              n: usize, iters: usize) -> u64 {
    let m = &*m;
    let probe = slice(probe, n);
    let mut sum = 0u64;
    let mut j = 0;
    for _ in 0..iters {
        sum = sum.wrapping_add(*m.get(&probe[j]).unwrap_or(&0));
        j += 1;
        if j == n {
            j = 0;
        }
    }
    sum
}

/// Iterate the whole map in order reps times; returns keys and values
/// summed.
#[no_mangle]
pub unsafe extern "C" fn kl_bench_rust_btree_iter(m: *const BTreeMap<u64, u64>, reps: usize) -> u64 {
    let m = &*m;
    let mut sum = 0u64;
    for _ in 0..reps {
        for (k, v) in m.iter() {
            sum = sum.wrapping_add(k ^ v.rotate_left(7));
        }
    }
    sum
}
