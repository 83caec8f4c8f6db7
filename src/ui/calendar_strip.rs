//! One trip as a strip of days, with its text equivalent.

use chrono::Datelike;
use yew::prelude::*;

use crate::calendar::{strip, Day};
use crate::i18n::{short_month_name, Lang, Msg};
use crate::rules::TripDates;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub index: usize,
    pub trip: TripDates,
}

fn day_view(day: &Day, first: bool, lang: Lang) -> Html {
    let classes = classes!(
        "day",
        day.arrival.then_some("arrival"),
        day.departure.then_some("departure"),
        day.activity.then_some("activity"),
        day.in_window.then_some("window"),
        day.outside.then_some("outside"),
        day.last_permitted.then_some("last-permitted"),
        day.over_stay.then_some("over-stay"),
    );
    let month = (first || day.date.day() == 1).then(|| short_month_name(lang, day.date.month()));
    html! {
        <li class={classes}>
            <span class="month">{ month.unwrap_or_default() }</span>
            <span class="num">{ day.date.day() }</span>
        </li>
    }
}

#[component]
pub fn CalendarStrip(props: &Props) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let s = strip(&props.trip, lang);
    html! {
        <figure class="calendar">
            <figcaption>
                <strong>{ text!(CalendarTrip, trip = props.index + 1).render(lang) }</strong>{ Msg::ResultColon.in_(lang) }{ s.text.clone() }
            </figcaption>
            // The strip shows what the caption says; screen readers read the caption.
            <ol class="strip" aria-hidden="true">
                { for s.days.iter().enumerate().map(|(i, d)| day_view(d, i == 0, lang)) }
            </ol>
            if let Some(end) = s.cut_before {
                <p class="hint">{ text!(CalendarCut, date = end).render(lang) }</p>
            }
            <ul class="legend" aria-hidden="true">
                <li><span class="key arrival"></span>{ Msg::CalendarKeyArrival.in_(lang) }</li>
                <li><span class="key activity"></span>{ Msg::CalendarKeyActivity.in_(lang) }</li>
                <li><span class="key window"></span>{ Msg::CalendarKeyWindow.in_(lang) }</li>
                <li><span class="key outside"></span>{ Msg::CalendarKeyOutside.in_(lang) }</li>
                <li><span class="key last-permitted"></span>{ Msg::CalendarKeyLastPermitted.in_(lang) }</li>
            </ul>
        </figure>
    }
}
