//! A memo of look-ups by text: a delegation's rows repeat their host, nationality and dates, and working each out
//! again is most of the work of reading and checking a row.

/// Texts looked up, and what each gave: the first [`LIMIT`] different ones. A list searched in turn: it holds few
/// texts when they repeat, and a hash map would add to the page's size.
#[derive(Debug)]
pub struct Seen<T>(Vec<(String, T)>);

/// The most texts a [`Seen`] remembers; the ones after are worked out each time.
pub const LIMIT: usize = 64;

impl<T> Default for Seen<T> {
    fn default() -> Self {
        Seen(Vec::new())
    }
}

impl<T: Clone> Seen<T> {
    /// `find(text)`, or what it gave for the same text before.
    pub fn get_or(&mut self, text: &str, find: impl FnOnce(&str) -> T) -> T {
        if let Some((_, v)) = self.0.iter().find(|(t, _)| t == text) {
            return v.clone();
        }
        let v = find(text);
        if self.0.len() < LIMIT {
            self.0.push((text.to_string(), v.clone()));
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_worked_out_once_up_to_the_limit_and_each_time_after() {
        let mut seen = Seen::default();
        let mut asked = 0;
        for round in 0..2 {
            for i in 0..LIMIT + 3 {
                let got = seen.get_or(&i.to_string(), |t| {
                    asked += 1;
                    t.len()
                });
                assert_eq!(got, i.to_string().len());
            }
            // The first round works every text out; the second only those past the limit.
            assert_eq!(asked, if round == 0 { LIMIT + 3 } else { LIMIT + 6 });
        }
    }
}
