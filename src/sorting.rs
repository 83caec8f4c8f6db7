//! One sort for the whole crate.
//!
//! Each `sort`, `sort_by` or `sort_by_key` on its own element type or closure compiles its own copy of the standard
//! library's sort, about 3.5 KB of WebAssembly each; a dozen of them were a fifth of the page's growth past its
//! size budget. Every sort here goes through [`sort_by_key`], whose keys all have one type, so the page carries one
//! copy. The sort is stable: equal keys keep their order.

/// What a sort orders by: a number first, then text.
pub type Key = (i64, String);

/// A key from a number alone.
pub fn number(n: i64) -> Key {
    (n, String::new())
}

/// A key from text alone.
pub fn text(s: impl Into<String>) -> Key {
    (0, s.into())
}

/// Sorts `items` by `key`, stably.
///
/// (In three steps, each compiled once or once per element type: the keys through a `dyn` closure, the order of
/// the keys, and the items put in that order. Inlined whole, each of the sixteen callers carried its own copy of
/// all three, about 0.7 KB of WebAssembly each.)
pub fn sort_by_key<T>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> Key) {
    let order = order_of(keys_of(items, &mut key));
    permute(items, order);
}

#[inline(never)]
fn keys_of<T>(items: &[T], key: &mut dyn FnMut(&T) -> Key) -> Vec<Key> {
    items.iter().map(key).collect()
}

/// The positions of `keys` in their order: the one instance of the standard sort. The index makes every key
/// distinct, so an unstable sort is stable here.
#[inline(never)]
fn order_of(keys: Vec<Key>) -> Vec<usize> {
    let mut keyed: Vec<(Key, usize)> = keys.into_iter().zip(0..).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

#[inline(never)]
fn permute<T>(items: &mut Vec<T>, order: Vec<usize>) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![("b", 2), ("a", 1), ("c", 2), ("d", 1)];
        sort_by_key(&mut v, |x| number(x.1));
        assert_eq!(v, vec![("a", 1), ("d", 1), ("b", 2), ("c", 2)]);
        sort_by_key(&mut v, |x| text(x.0));
        assert_eq!(v, vec![("a", 1), ("b", 2), ("c", 2), ("d", 1)]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |x| number(*x as i64));
        assert!(empty.is_empty());
    }
}
