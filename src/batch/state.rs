//! The delegation view's state, as plain Rust tested natively: what was pasted, the values for every row, what the
//! person said about the columns and the dates, and how the results are filtered, sorted and paged. The page keeps
//! one [`Delegation`] and sends it [`Edit`]s; it only draws.
