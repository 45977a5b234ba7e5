//! The C allocator's set-up for a server that hashes passwords.

/// glibc serves an allocation of 128 KiB or more from a mapping of its own, returned to the
/// system when freed, but then raises that threshold to the size of the largest such block
/// freed. After the first 19 MiB password hash was freed, every later one came from the
/// heap arenas and stayed there: 256 wrong log-ins at once left the release server at
/// 590 MB resident. With the threshold fixed at 1 MiB each hash gets and returns its own
/// mapping: 43 MB after the same storm (see README, "Memory under log-ins at once").
pub fn return_large_blocks() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets one of the allocator's parameters; glibc allows that at
    // any time, from any thread.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}
