//! `letter-scope-role`: the letter states the scope of the specified activities and the visitor's role in them.
//!
//! Source S1: "The scope of the specified short-term activities and the roles of the eligible visitors as specified
//! in the invitation letters must be strictly adhered to." These are the only contents of the letter ImmD itself
//! requires.
//!
//! When the data has the host's scope of facilitation (from ImmD's published list), the letter's activity is
//! compared with it: an activity that shares nothing with the scope is a `warning` naming both (a host may invite
//! only for its specified activities; the words may differ, so it is a caution, not a failure).
//!
//! Specification: [docs/rules.md#letter-scope-role](../../docs/rules.md#letter-scope-role).

use crate::catalogue::names::is_letter;
use super::{SourceId, name, Context, Finding, Outcome, RuleId};
use crate::text;
use crate::catalogue::OrganisationKind;

/// Words that say nothing about what an activity is.
const EMPTY_WORDS: &[&str] = &[
    "and", "with", "the", "for", "from", "into", "other", "including", "include", "activities", "activity", "events",
    "event", "hong", "kong", "international", "public", "specified", "short", "term", "related", "various", "such",
    "organised", "organized", "host", "hosted", "local", "overseas", "visitors", "participation", "participate",
];

/// Content words, cut to their first five letters so that "performances" meets "performing"; Chinese text gives
/// its pairs of characters.
fn content(text: &str) -> Vec<String> {
    let lower = crate::catalogue::names::lowercase(text);
    let mut out: Vec<String> = lower
        .split(|c: char| !is_letter(c) || !c.is_ascii())
        .filter(|w| w.len() >= 4 && !EMPTY_WORDS.contains(w))
        .map(|w| w.chars().take(5).collect())
        .collect();
    let cjk: Vec<char> = lower.chars().filter(|c| !c.is_ascii() && is_letter(*c)).collect();
    out.extend(cjk.windows(2).map(|p| p.iter().collect::<String>()));
    out
}

/// Whether an activity shares nothing with a scope (when both say something).
fn clearly_different(activity: &str, scope: &str) -> bool {
    let (a, s) = (content(activity), content(scope));
    !a.is_empty() && !s.is_empty() && !a.iter().any(|w| s.contains(w))
}

const SOURCES: &[SourceId] = &[SourceId::S1];

pub(super) fn check(ctx: &Context) -> Finding {
    let activity = ctx.case.activity.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let role = ctx.case.role.as_deref().map(str::trim).filter(|s| !s.is_empty());
    match (activity, role) {
        (Some(a), Some(r)) => {
            let scope = ctx.host.filter(|h| h.kind == OrganisationKind::Organisation).and_then(|h| h.scope.as_deref().map(|s| (h, s)));
            match scope {
                Some((host, scope)) if clearly_different(a, scope) => Finding::new(
                    RuleId::LetterScopeRole,
                    Outcome::Warning,
                    text!(
                        LetterScopeRoleOutsideScope,
                        activity = a,
                        host = name(&host.name_en, host.name_zh.as_deref()),
                        scope = scope
                    ),
                    SOURCES,
                ),
                _ => Finding::new(
                    RuleId::LetterScopeRole,
                    Outcome::Pass,
                    text!(LetterScopeRolePass, activity = a, role = r),
                    SOURCES,
                ),
            }
        }
        (a, r) => {
            let missing = match (a, r) {
                (None, None) => text!(LetterScopeRoleMissingBoth),
                (None, Some(_)) => text!(LetterScopeRoleMissingScope),
                _ => text!(LetterScopeRoleMissingRole),
            };
            Finding::new(RuleId::LetterScopeRole, Outcome::Unknown, missing, SOURCES)
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
        assert!(f.message.en().contains("\"guest violinist\"") && f.message.en().contains("Keep to exactly"), "{}", f.message);
    }

    fn with_scope(scope: &str, activity: &str) -> super::Finding {
        let mut data = crate::catalogue::Catalogue::bundled().data.clone();
        data.organisations.iter_mut().find(|o| o.name_en.contains("Performing Arts")).unwrap().scope = Some(scope.into());
        let catalogue = crate::catalogue::Catalogue::new(data);
        let mut c = case();
        c.activity = Some(activity.into());
        let a = super::super::check(&c, &catalogue, d("2026-01-15"));
        a.findings.into_iter().find(|f| f.rule == RuleId::LetterScopeRole).unwrap()
    }

    #[test]
    fn an_activity_within_the_hosts_scope_passes() {
        assert_eq!(with_scope("Masterclasses, performances and adjudication", "two masterclasses and a recital").outcome, Outcome::Pass);
        assert_eq!(with_scope("Performances of music and dance", "performing in the summer gala").outcome, Outcome::Pass);
        assert_eq!(with_scope("演出及大師班", "大師班及公開演出").outcome, Outcome::Pass);
    }

    #[test]
    fn an_activity_outside_the_hosts_scope_is_a_warning_naming_both() {
        let f = with_scope("Masterclasses, performances and adjudication", "financial consultancy for the board");
        assert_eq!(f.outcome, Outcome::Warning);
        assert!(f.message.en().contains("\"financial consultancy for the board\"") && f.message.en().contains("adjudication"), "{}", f.message);
    }

    #[test]
    fn a_missing_role_or_scope_is_named() {
        let mut c = case();
        c.role = Some("  ".into());
        let f = finding(&c, RuleId::LetterScopeRole);
        assert_eq!(f.outcome, Outcome::Unknown);
        assert!(f.message.en().contains("your role"), "{}", f.message);
        c.activity = None;
        assert!(finding(&c, RuleId::LetterScopeRole).message.en().contains("scope of the activities and your role"));
    }
}
