//! `letter-scope-role`: the letter states the scope of the specified activities and the visitor's role in them.
//!
//! Source S1: "The scope of the specified short-term activities and the roles of the eligible visitors as specified
//! in the invitation letters must be strictly adhered to." These are the only contents of the letter ImmD itself
//! requires.

use super::{Context, Finding, Outcome, RuleId};

const SOURCES: &[&str] = &["S1"];

pub(super) fn check(ctx: &Context) -> Finding {
    let activity = ctx.case.activity.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let role = ctx.case.role.as_deref().map(str::trim).filter(|s| !s.is_empty());
    match (activity, role) {
        (Some(a), Some(r)) => Finding::new(
            RuleId::LetterScopeRole,
            Outcome::Pass,
            format!(
                "The letter states the activity (\"{a}\") and your role (\"{r}\"). Keep to exactly that scope and \
                 role: anything beyond them needs the proper visa."
            ),
            SOURCES,
        ),
        (a, r) => {
            let missing = match (a, r) {
                (None, None) => "the scope of the activities and your role in them",
                (None, Some(_)) => "the scope of the activities",
                _ => "your role in the activities",
            };
            Finding::new(
                RuleId::LetterScopeRole,
                Outcome::Unknown,
                format!(
                    "The letter must state {missing}. Ask the host to state it in the letter, or enter it here if it \
                     does."
                ),
                SOURCES,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{Outcome, RuleId};

    #[test]
    fn both_present_pass_with_the_duty_to_keep_to_them() {
        let f = finding(&case(), RuleId::LetterScopeRole);
        assert_eq!(f.outcome, Outcome::Pass);
        assert!(f.message.contains("\"guest violinist\"") && f.message.contains("Keep to exactly"), "{}", f.message);
    }

    #[test]
    fn a_missing_role_or_scope_is_named() {
        let mut c = case();
        c.role = Some("  ".into());
        let f = finding(&c, RuleId::LetterScopeRole);
        assert_eq!(f.outcome, Outcome::Unknown);
        assert!(f.message.contains("your role"), "{}", f.message);
        c.activity = None;
        assert!(finding(&c, RuleId::LetterScopeRole).message.contains("scope of the activities and your role"));
    }
}
