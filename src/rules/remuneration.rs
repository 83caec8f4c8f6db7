//! `remuneration`: what the scheme says about pay.
//!
//! Payment for the specified activities is allowed (S3: visitors may "receive remuneration for the designated
//! activities concerned"; S5). For speaking engagements, S2 allows pay under the scheme only "where remuneration is
//! allowed for individual sectors as recommended by the subject Government Bureaux / Departments"; otherwise the
//! general rule for non-local speakers applies: nothing beyond accommodation, passage and meals.
//!
//! Specification: [docs/rules.md#remuneration](../../docs/rules.md#remuneration).

use super::{SourceId, Context, Finding, Outcome, RuleId};
use crate::text;

/// Words that mark a speaking engagement in the letter's activity or role.
const SPEAKING: &[&str] = &[
    "speak", "speech", "keynote", "talk", "lecture", "presentation", "presenter", "panel", "seminar", "conference",
    "forum", "演講", "讲", "講", "主講", "論壇", "论坛", "研討", "研讨",
];

pub(super) fn check(ctx: &Context) -> Finding {
    let text = crate::catalogue::names::lowercase(&format!(
        "{} {}",
        ctx.case.activity.as_deref().unwrap_or(""),
        ctx.case.role.as_deref().unwrap_or("")
    ));
    let speaking = SPEAKING.iter().any(|w| text.contains(w));
    if speaking {
        Finding::new(RuleId::Remuneration, Outcome::Info, text!(RemunerationSpeaking), &[SourceId::S2, SourceId::S3])
    } else {
        Finding::new(RuleId::Remuneration, Outcome::Info, text!(RemunerationSpecifiedActivities), &[SourceId::S3, SourceId::S5])
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{Outcome, RuleId};

    #[test]
    fn pay_is_allowed_for_the_specified_activities() {
        let f = finding(&case(), RuleId::Remuneration);
        assert_eq!(f.outcome, Outcome::Info);
        assert!(f.message.en().contains("may be paid"), "{}", f.message);
    }

    #[test]
    fn speaking_engagements_get_the_sector_caveat() {
        let mut c = case();
        c.activity = Some("youth forum keynote and workshops".into());
        c.role = Some("speaker".into());
        let f = finding(&c, RuleId::Remuneration);
        assert!(f.message.en().contains("pay for speaking is allowed only"), "{}", f.message);
        assert!(f.sources.contains(&super::SourceId::S2));
    }
}
