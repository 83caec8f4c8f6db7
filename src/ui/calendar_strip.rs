//! One trip as a strip of days, with its text equivalent.

use chrono::Datelike;
use yew::prelude::*;

use crate::calendar::{strip, Day};
use crate::rules::{long_date, TripDates};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub index: usize,
    pub trip: TripDates,
}

fn day_view(day: &Day, first: bool) -> Html {
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
    let month = (first || day.date.day() == 1).then(|| crate::rules::MONTH_NAMES[day.date.month0() as usize][..3].to_string());
    html! {
        <li class={classes}>
            <span class="month">{ month.unwrap_or_default() }</span>
            <span class="num">{ day.date.day() }</span>
        </li>
    }
}

#[component]
pub fn CalendarStrip(props: &Props) -> Html {
    let s = strip(&props.trip);
    html! {
        <figure class="calendar">
            <figcaption>
                <strong>{ format!("Trip {}", props.index + 1) }</strong>{ ": " }{ s.text.clone() }
            </figcaption>
            // The strip shows what the caption says; screen readers read the caption.
            <ol class="strip" aria-hidden="true">
                { for s.days.iter().enumerate().map(|(i, d)| day_view(d, i == 0)) }
            </ol>
            if let Some(end) = s.cut_before {
                <p class="hint">{ format!("The strip stops here; the trip goes on to {}.", long_date(end)) }</p>
            }
            <ul class="legend" aria-hidden="true">
                <li><span class="key arrival"></span>{ "arrival / departure" }</li>
                <li><span class="key activity"></span>{ "activity day" }</li>
                <li><span class="key window"></span>{ "14-day window" }</li>
                <li><span class="key outside"></span>{ "outside the window or stay" }</li>
                <li><span class="key last-permitted"></span>{ "last permitted day" }</li>
            </ul>
        </figure>
    }
}
