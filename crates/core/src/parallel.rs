//! Work on every core: an update's apply decodes, checks and folds thousands of texts, none of
//! which needs the database or another text.

/// `f` of each element of `items`, in order, on as many threads as the device has cores (one
/// contiguous share each).
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let share = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let working: Vec<_> =
            items.chunks(share).map(|chunk| scope.spawn(move || chunk.iter().map(f).collect::<Vec<R>>())).collect();
        // A panic in `f` is a bug in it: pass it on as it is.
        working
            .into_iter()
            .flat_map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn map_keeps_the_order_whatever_the_length() {
        for length in [0, 1, 2, 3, 7, 1000] {
            let items: Vec<usize> = (0..length).collect();
            assert_eq!(super::map(&items, |n| n * 2), items.iter().map(|n| n * 2).collect::<Vec<_>>(), "{length}");
        }
    }
}
