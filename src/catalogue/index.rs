//! A look-up table from text keys to small values: a sorted list searched by halves.
//!
//! The catalogue's indexes are built once and read many times, so a sorted list does what a hash map would at a
//! fraction of the page's size (each `HashMap` of its own key and value types compiles its own copy of the table
//! code), and it lists its keys in a fixed order, so "did you mean" breaks ties the same way every time.

use crate::sorting::{sort_by_key, text};

#[derive(Debug, Clone, Default)]
pub struct Index<V> {
    entries: Vec<(String, V)>,
}

impl<V: Copy> Index<V> {
    /// From key and value pairs; where a key comes more than once, the first pair wins.
    pub fn new(pairs: Vec<(String, V)>) -> Index<V> {
        let mut entries = pairs;
        // The sort is stable, so of equal keys the first stays first, and `dedup_by` keeps it.
        sort_by_key(&mut entries, |(k, _)| text(k.as_str()));
        entries.dedup_by(|later, earlier| later.0 == earlier.0);
        Index { entries }
    }

    pub fn get(&self, key: &str) -> Option<V> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok().map(|i| self.entries[i].1)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Every key and its value, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, V)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), *v))
    }
}

#[cfg(test)]
mod tests {
    use super::Index;

    #[test]
    fn the_first_of_a_repeated_key_wins_and_lookups_find_every_key() {
        let ix = Index::new(vec![("b".into(), 1), ("a".into(), 2), ("b".into(), 3), ("c".into(), 4)]);
        assert_eq!(ix.get("b"), Some(1));
        assert_eq!(ix.get("a"), Some(2));
        assert_eq!(ix.get("c"), Some(4));
        assert_eq!(ix.get("d"), None);
        assert_eq!(ix.iter().map(|(k, _)| k).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(!Index::<u8>::new(Vec::new()).contains(""));
    }
}
