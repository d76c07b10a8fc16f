//! The global allocator: mimalloc, called the way its authors advise.
//!
//! Extraction makes about 47 small allocations per claim (strings, token
//! and sentence vectors). The `mimalloc` crate passes every one of them to
//! `mi_malloc_aligned`, whose checks cost about 20 instructions a call.
//! [`Mimalloc`] asks for plain `mi_malloc` when the alignment is one every
//! mimalloc block already has, as the standard library's own `System`
//! allocator does with `malloc`: 2% fewer instructions end to end
//! (`benches/instructions.sh`), the same peak memory. Upstream,
//! purpleprotocol/mimalloc_rust#170 proposes the same change.

use libmimalloc_sys as ffi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// Every block of `mi_malloc` is aligned to a machine word...
const WORD_ALIGN: usize = 8;
/// ...and one whose size is a multiple of `MI_MAX_ALIGN_SIZE` to that.
const MAX_ALIGN: usize = 16;

/// mimalloc as the global allocator, with unaligned calls where they are
/// enough.
pub struct Mimalloc;

/// Whether plain `mi_malloc` of `size` bytes is aligned to `align`.
fn plain(align: usize, size: usize) -> bool {
    align <= WORD_ALIGN || align <= MAX_ALIGN && size.is_multiple_of(MAX_ALIGN)
}

// SAFETY: every path returns mimalloc blocks of at least `size` bytes at
// the requested alignment (plain calls only where `plain` holds, the
// `_aligned` calls otherwise), and frees them with `mi_free`, which takes
// blocks from either.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let (size, align) = (layout.size(), layout.align());
        // SAFETY: plain FFI calls; mimalloc returns null when out of memory
        unsafe {
            if plain(align, size) {
                ffi::mi_malloc(size).cast()
            } else {
                ffi::mi_malloc_aligned(size, align).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let (size, align) = (layout.size(), layout.align());
        // SAFETY: as in `alloc`
        unsafe {
            if plain(align, size) {
                ffi::mi_zalloc(size).cast()
            } else {
                ffi::mi_zalloc_aligned(size, align).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator, so from mimalloc
        unsafe { ffi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let align = layout.align();
        // SAFETY: `ptr` came from this allocator; the new block keeps the
        // alignment by the same rule as `alloc`, judged on the new size
        unsafe {
            if plain(align, new_size) {
                ffi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                ffi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, align).cast()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Allocates, fills, grows and frees blocks of many layouts through
    /// [`Mimalloc`]; every block must come back at its alignment.
    #[test]
    fn blocks_keep_their_alignment_through_alloc_and_realloc() {
        let a = Mimalloc;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            let sizes = (1..=160).chain((1..=40).map(|k| k * align));
            for size in sizes.chain([align * 1000]) {
                let layout = Layout::from_size_align(size, align).unwrap();
                for zeroed in [false, true] {
                    // SAFETY: layouts of non-zero size; every block is
                    // freed once, with the layout it has
                    unsafe {
                        let p = if zeroed {
                            a.alloc_zeroed(layout)
                        } else {
                            a.alloc(layout)
                        };
                        assert!(!p.is_null());
                        assert_eq!(p as usize % align, 0, "{size} at {align}");
                        if zeroed {
                            assert!(std::slice::from_raw_parts(p, size).iter().all(|&b| b == 0));
                        }
                        p.write_bytes(0xa5, size);
                        let q = a.realloc(p, layout, size * 3);
                        assert_eq!(q as usize % align, 0, "{size}→{} at {align}", size * 3);
                        assert_eq!(*q.add(size - 1), 0xa5, "contents kept");
                        let grown = Layout::from_size_align(size * 3, align).unwrap();
                        a.dealloc(q, grown);
                    }
                }
            }
        }
    }
}
