//! The letter reader against two corpora of realistic letters in English, Traditional and Simplified Chinese:
//! - `tests/letters/` is the tuning split: the reader's rules were written with these letters in view;
//! - `tests/letters/unseen/` is held out: written from the kinds of letter people send, not from the reader, and
//!   never used to tune it (see its README). Its score says how the reader does on letters it was not shown.
//! - `tests/letters/fresh/` is a second held-out split, written after the reader had been worked on against the
//!   first (see its README): it measures the reader without any doubt that it was fitted to what it is measured on.
//! - `tests/letters/fresh2/` is a third, written when the second's misses had been seen (see its README).
//! - `tests/letters/fresh3/` is a fourth, written by writers who read no letter of the others (see its README).
//! - `tests/letters/fresh4/` is a fifth, written at the end of that round for the next to start from (see its README).
//! - `tests/letters/fresh5/` is a sixth, written during the round after, by writers who read no letter of the others.
//! - `tests/letters/fresh6/` is a seventh, written the same way at the start of the round after that.
//! - `tests/letters/fresh7/` is an eighth, written during the round after that (see its README).
//! - `tests/letters/fresh8/` is a ninth, written at the start of the round after that (see its README).
//! - `tests/letters/fresh9/` is a tenth, written during that round (see its README).
//! - `tests/letters/fresh10/` is an eleventh, written at the start of the round after (see its README).
//! - `tests/letters/fresh11/` is a twelfth, written at the start of the round after that (see its README).
//! - `tests/letters/fresh12/` is a thirteenth, written at the start of the round after that (see its README).
//! - `tests/letters/fresh13/` is a fourteenth, written at the start of the round after that (see its README).
//! - `tests/letters/fresh14/` is a fifteenth, written during the round after that (see its README).
//! - `tests/letters/fresh15/` is a sixteenth, written during the round after that (see its README).
//! - `tests/letters/fresh16/` is a seventeenth, written during the round after that (see its README).
//! - `tests/letters/fresh17/` is an eighteenth, written during the round after that (see its README).
//! - `tests/letters/fresh18/` is a nineteenth, written during the round after that (see its README).
//! - `tests/letters/fresh19/` is a twentieth, written at the start of the round after that (see its README).
//! - `tests/letters/fresh20/` is a twenty-first, written at the start of the round after that (see its README).
//! - `tests/letters/fresh21/` is a twenty-second, written at the start of the round after that (see its README).
//! - `tests/letters/fresh22/` is a twenty-third, written at the start of the round after that (see its README).
//! - `tests/letters/fresh23/` is a twenty-fourth, written at the start of the round after that (see its README).
//! - `tests/letters/fresh24/` is a twenty-fifth, written at the start of the round after that (see its README).
//! - `tests/letters/fresh25/` is a twenty-sixth, written at the start of the round after that (see its README).
//! - `tests/letters/fresh26/` is a twenty-seventh, written at the start of the round after that (see its README).
//!
//! For each, the test prints the fields each letter got right, the share of all fields right and the wrong values
//! shown as sure (no "please check"); it fails if a share falls below its floor, if more than 1% of fields are wrong
//! while sure, or if any letter makes the reader panic.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use serde_json::Value;
use stv_check::letter::{extract, Extracted, Extraction, CONFIRM_BELOW};
use stv_check::Catalogue;

/// Fields right that each split must keep: the measured count less at most one field per letter, so that a
/// regression of a few fields is seen. Raise them as the reader improves.
const TUNING_FLOOR: usize = 35389 - 2720;
const UNSEEN_FLOOR: usize = 614 - 46;
/// The most wrong values each split may show as sure: the measured counts. The aim is at most 1% of fields; the unseen
/// split started above it (32 of 644 when it was written) and is now under it (2 of 644).
/// (Letters 457–504 were added with 16 wrong and sure among them, before any change for them: 48 letters written from
/// kinds of letter, scored 552 of 672. Letters 521–552, lines wrapped where an e-mail program or a pasted PDF broke
/// them, were added with 21 among them: 32 letters scored 276 of 448 before any change for them. Letters 553–600, the
/// many ways a letter says what the visitor will do and where, were added with 10 among them: 48 letters scored 586
/// of 672 before any change for them. Letters 601–648, the many ways a letter names its host, its invitee, its
/// signatory and the invitee's nationality, were added with 7 among them: 48 letters scored 624 of 672 before any
/// change for them. Letters 649–696, the many ways a letter gives the visitor's days (ranges, lists, schedules, days
/// counted from an event, runs of events around them, flights overnight, trains, ferries, hotel nights, years left
/// out), were added with 8 among them: 48 letters scored 607 of 672 before any change for them. Letters 697–744, who
/// hosts and signs and where (697–720), and what the visitor will do, in what capacity and for what fee (721–744),
/// were added with 10 among them: 294 and 281 of 336 before any change for them. Letters 745–792, everything as real
/// senders write it, each letter in its own layout and phrasing (745–768 and 769–792, by two writers), were added with
/// 20 among them: 269 and 286 of 336 before any change for them, on the reader of commit 6134169. Letters 961–984,
/// who hosts, signs and is invited where that is hard to find (forwards, agents, several names, letterheads broken
/// or last), were added with 4 among them: 295 of 336 before any change for them, on the reader of d16a989. Letters
/// 937–960, what the visitor does and where (tasks inside long sentences, passive Chinese, 提供/負責/主持/擔任, roles
/// only in a schedule's column, rehearsal rooms and halls, venues only in a table), were added with none among them:
/// 279 of 336 before any change for them, on the reader of 48e90dc. Letters 985–1000, forms with dot leaders
/// ("Passport No. ........", 姓名…………), with labels for what is not the visitor's (dates of birth, the event's
/// dates, the employer, a contact), were added with 10 among them: 126 of 224 before any change for them, on the
/// reader of 3477aa0. Letters 1001–1016, forms and particulars sheets with dotted lines in other layouts (labels in
/// capitals or in two languages, values below the dots, an officer's section after the visitor's, itineraries and
/// reply slips on dotted lines, groups), were added with 5 among them: 140 of 224 before any change for them, on the
/// same reader. Letters 1017–1040, what the visitor will do in English where the invitation's first words are not the
/// task, and 1041–1064, the same in Chinese (擔任 a post, tasks listed after 邀請閣下來港, passive wording, chats),
/// were added with 0 and 4 among them: 283 and 253 of 336 before any change for them, on the reader of f5bbb17.
/// Letters 1065–1088, every field with the venue and the fee hardest to find (decoy places and sums), and 1089–1112,
/// every field with the host and the task hardest to find, were added with 1 and 2 among them: 285 and 296 of 336
/// before any change for them, on the reader of 0ac717b. Letters 1113–1136, every field with the activity's first and
/// last days hardest to tell from travel, briefings, receptions and decoy dates, were added with 3 among them: 276 of
/// 336 before any change for them, on the reader of 43f7b01. Letters 1137–1160, every field with the invitee, the
/// signatory and the host hardest to find (honorifics, 代行, initials, agents, cc lists, sponsors), were added with 7
/// among them: 287 of 336 before any change for them, on the reader of aa8a7ec. Letters 1161–1184, every field with
/// what the visitor does and where hardest to find, were added with 4 among them: 280 of 336 before any change for
/// them, on the reader of 49374ec. Letters 1185–1208 (what the visitor does and in what role: passive wording, duties
/// in lists, tasks after praise or split over two sentences, roles only in a subject line or a table), 1209–1232 (the
/// main venue among several places and the fee written every way, with decoy sums) and 1233–1256 (the activity's days
/// against travel, day-by-day itineraries, ranges over month and year ends, decoy dates) were added with 2, 2 and 3
/// among them: 278, 292 and 291 of 336 before any change for them, on the reader of 8468d3c. Letters 1257–1280 (who
/// hosts and who signs: letterheads, branches, self-references, decoy partners, signatures in every shape), 1281–1304
/// (what the visitor does and where, mostly in Chinese: duties in lists, passive tasks, main venues among several)
/// and 1305–1328 (letters messy in several ways at once: fees with allowances and other currencies, rehearsals and
/// receptions around the days, PDF pages, annexes, reply slips) were added with 0, 3 and 2 among them: 310, 267 and
/// 297 of 336 before any change for them, on the reader of 5d0a3f7. Letters 1329–1352 (what the visitor does and in
/// what role: duties spread over lists, passive tasks, tasks and posts of others nearby), 1353–1376 (the main venue
/// among several and the fee: rooms with codes, other currencies, no-fee letters, allowances as decoys) and 1377–1400
/// (who hosts and which days are the activity's: agents and forwarders, co-organisers, postponed dates, schedules
/// with travel and free days) were added with 4, 1 and 2 among them: 272, 302 and 312 of 336 before any change for
/// them, on the reader of 8abc038. Letters 1401–1424 (what the visitor does, written every way: late in the letter,
/// in lists, only in a table row), 1425–1448 (the main venue and the activity's days in day-by-day schedules) and
/// 1449–1472 (messy pastes: threads, forwards, chats, PDF pages, annexes) were added with 0, 2 and 3 among them:
/// 315, 303 and 296 of 336 before any change for them, on the reader of 184e9ec. Letters 1569–1592 (chats and
/// messages: senders, days said as "the 13th" or 13號, corrections), 1593–1616 (where and what, hard to pick out),
/// 1617–1640 (who hosts and who signs) and 1641–1664 (the days and the money) were added with 3, 4, 5 and 5 among
/// them: 205, 274, 303 and 277 of 336 before any change for them, on the reader of cac4faa. Letters 1665–1688 (what
/// the visitor does and in what role, in all three scripts) and 1689–1712 (everything at once, messy: threads, PDF
/// pages, annexes, revised dates, decoys) were added with 5 and 9 among them: 300 and 293 of 336 before any change
/// for them, on the reader of 856b185. Letters 1713–1736 (the main venue when the letter makes it hard: rooms inside
/// buildings, schedules over several places, venues moved, only in a heading) and 1737–1760 (the fee written every
/// way: in words, other currencies, revised, paid by a third party, none, with decoy allowances) were added with 0
/// and 3 among them: 318 and 318 of 336 before any change for them, on the reader of a59eb29. Letters 1761–1784 (who
/// signs and when: for and on behalf of, 代行, sent by an assistant, dates in reference lines, forwards) and 1785–1808
/// (days said as messages say them: "Wednesday 13th", "the day before", 下星期三, plans corrected later; 16 chats)
/// were added with 2 and 3 among them: 314 and 232 of 336 before any change for them, on the same reader. Letters
/// 1809–1832 (the first and last days of the activity against briefings, ceremonies, events' own runs, rest days,
/// postponements and days said relative to others) and 1833–1856 (what the visitor does and in what capacity: tasks
/// after praise, in lists, in the passive, only in a form's field; posts only in a heading) were added with 2 and 0
/// among them: 298 and 299 of 336 before any change for them, on the reader of 52aaaf8. Letters 1857–1880 (everything
/// at once, the fee and the venue hardest: PDF page breaks inside them, threads, annexes, decoy sums and places) were
/// added with none among them: 295 of 336 before any change for them, on the reader of 6781369. Letters 1881–1904 (who
/// hosts and who is invited: letterheads, branches, agents, partners named more often, names in forms and headers,
/// nationality in prose, travel permits) and 1905–1928 (chats, mostly Chinese and Cantonese, with days said as 13號
/// or 下星期三 and plans corrected later) were added with 1 and 4 among them: 306 and 215 of 336 before any change for
/// them, on the reader of 9b6b6fc. Letters 1929–2096, seven batches of 24 (the venue made hard; what the visitor does
/// and in what capacity; PDF and web-page pastes; the role; the days; everything at once, twice), were added with 17
/// among them in all: 311, 309, 271, 298, 275, 300 and 314 of 336 before any change for each, as each one's commit
/// says. Letters 2097–2120 (everything at once, the fee and the venue hardest) were added with 4 among them: 272 of 336
/// before any change for them, on the reader of d5e6ab9. Letters 2121–2144 (everything at once, the activity, the role
/// and the activity's first and last days hardest) were added with 1 among them: 303 of 336 before any change for them,
/// on the same reader. Letters 2145–2168 (everything at once, the venue hardest) and 2169–2192 (the activity and the
/// signatory hardest) were added with 8 and 1 among them: 293 and 300 of 336 before any change for them, on the reader
/// of a63de5f. The round's changes brought the count to 105. Letters 2193–2216 (everything at once, the days, the
/// travel and the host hardest) and 2217–2240 (the fee, the venue and the invitee hardest) were added with 5 among
/// them: 306 and 309 of 336 before any change for them, on the reader of b826a19. Letters 2241–2264 (the invitee, the
/// signatory, the role and the host hardest) were added with 2 among them: 313 of 336 before any change for them, on the
/// reader of a163380. Letters 2265–2288 (the activity and the venue hardest) were added with 2 among them: 293 of 336
/// before any change for them, on the reader of cbfae39, when the count was 104. Letters 2289–2312 (everything at
/// once, the venue and the fee hardest) were added with 2 among them: 301 of 336 before any change for them, on the
/// reader of a58b7e8. Letters 2313–2336 (everything at once, the activity, the role and the signatory hardest) were
/// added with 3 among them: 292 of 336 before any change for them, on the same reader. Letters 2337–2360 (everything
/// at once, the days hardest) and 2361–2384 (the host and the venue hardest) were added with 1 and 4 among them: 298
/// and 295 of 336 before any change for them, on the reader of 987d9ae, when the count was 111. The round's changes
/// brought the count to 114. Letters 2385–2408 (the venue and the activity hardest) and 2409–2432 (the signatory, the
/// letter's date, the host and the fee hardest) were added with 8 among them: 269 and 280 of 336 before any change
/// for them, on the reader of 6a360a6, when the count was 112. The round's changes brought the count to 102. Letters
/// 2433–2456 (days as weekdays and weeks, a task day after the main range, replies on top, drawn tables) and 2457–2480
/// (passive tasks, tasks and venues only in a schedule's columns or headings, venue codes, signatures in every shape)
/// were added with 5 and 3 among them: 288 and 265 of 336 before any change for them, on the reader of f8af33e. The
/// round's changes brought the count to 106. In the twentieth session, letters 2481–2504 (venues and tasks) and
/// 2505–2528 (days, fees, signatures) were added with 1 and 3 among them, 287 and 281 of 336 before any change for
/// them, on the reader of 3cca364; the round's changes, which made a surname greeted, a span longer than the window
/// and a day moved into the stay unsure, then a rate without its total, days out of order and a place or a name with
/// a second clause in it, brought the count to 75. In the twenty-first session, letters 2529–2552 (venues, tasks and
/// roles, fees, signatures) and 2553–2576 (hosts, days, arrivals and departures, nationalities) were added with 2 and
/// 0 among them, 290 and 287 of 336 before any change for them, on the reader of 13fb39f; the round's changes brought
/// the count to 74. In the twenty-second session, letters 2577–2600 (venues, tasks, fees) and 2601–2624 (signatures,
/// roles, arrivals and departures) were added with 8 among them, 311 and 281 of 336 before any change for them, on the
/// reader of 7251228; with the round's first changes, made before they were added, the count was 81, and the round's
/// changes brought it to 76. In the twenty-third session, letters 2625–2648 (venues, tasks, signatures, fees) and
/// 2649–2672 (the same, with roles) were added with 1 and 2 among them, 281 and 273 of 336 before any change for them,
/// on the reader of 7117a53, when the count was 79; the round's changes brought it to 78. In the twenty-fourth session,
/// letters 2673–2696 and 2697–2720 (venues, tasks, signatures, fees, roles, days; memos, press releases, forms with
/// item codes, box-drawn tables, chats) were added with 7 among them, 288 and 263 of 336 before any change for them,
/// on the reader of 294bcd5, when the count was 85; the round's changes brought it to 79.)
const TUNING_WRONG_AND_SURE_MAX: usize = 79;
const UNSEEN_WRONG_AND_SURE_MAX: usize = 1;
/// The fresh split as first measured, before any change for it: 584 of 672 fields, 8 wrong and sure (1.2%); at the
/// end of that round (measured once, not tuned on): 606 of 672, 7 wrong and sure (1.0%); at the end of the next
/// (64 more tuning letters, measured once): 606 of 672 again, 8 wrong and sure (1.2%). The guard was set to that
/// count without looking at which letter.
const FRESH_FLOOR: usize = 606 - 48;
// At the end of the round after (2026-12-01, third session), measured and not tuned on, the held-out splits' wrong
// values shown as sure stood at: fresh 6, fresh2 8, fresh3 3, fresh4 2, fresh5 9 (9, 10, 4, 5 and 10 at its start),
// and each guard below was lowered to its count (from 9, 11, 5, 5 and 10), so that a step back is seen.
/// In the round that wrote `fresh5`, the fresh split went to 609 of 672 and 9 wrong and sure (1.3%), from 610 and 7:
/// its letters were not read to see which values, so the guard was raised to the count.
const FRESH_WRONG_AND_SURE_MAX: usize = 3;

/// The third held-out split (see its README), as first measured, before any change for it: 553 of 672 fields, 11
/// wrong and sure (1.6%). Its cap went from 4 to 5 in the fourteenth session, when a date alone on its line came to
/// be read from the items under it: that gained eight fields on two other held-out splits and none lost, and made
/// one value here wrong and sure (its letter not read).
const FRESH2_FLOOR: usize = 553 - 48;
const FRESH2_WRONG_AND_SURE_MAX: usize = 4;

/// The fourth held-out split (see its README), written while the reader was being changed, and first measured on the
/// reader of that moment (commit 90bc257): 597 of 672, 4 wrong and sure; on the reader as the round began (3fd566b),
/// 602 of 672, 4 wrong and sure.
/// When the reader learnt to read a fee's total with its sum by the day (2026-12-01, third session), this split's fees
/// went from 47 to 46 right and its wrong and sure from 4 to 5, while `fresh4`'s and `fresh5`'s fees each went from
/// 42 to 45. It was written before the fee convention was settled; its letters were not read to see which value, and
/// the guard was raised to the count. (Lowered to 3 at that round's end.)
/// When the reader learnt more ways a total follows a sum by the day or the session ("每场音乐会…，两场共…", "(HK$20,000
/// for the series)", "for five days (… in total)"; 2026-12-01, fourth session), this split's fees went from 46 to 43
/// and its wrong and sure from 3 to 5, while `fresh6`'s fees went from 38 to 39 and its wrong and sure from 12 to 11,
/// and ten tuning letters read their fee right (none wrong, after two older tuning letters were brought to the
/// settled convention). Its letters were not read to see which; the guard was raised to the count.
/// Lowered to 1 in the eighth session (2026-12-02), when any shape of bullet started a list's item.
const FRESH3_FLOOR: usize = 597 - 48;
const FRESH3_WRONG_AND_SURE_MAX: usize = 0;

/// The fifth held-out split (see its README), written at the end of the round that wrote the fourth, for the next
/// round to measure against before it changes anything; first measured on the reader of that round's end: 611 of 672,
/// 5 wrong and sure (0.7%).
const FRESH4_FLOOR: usize = 611 - 48;
const FRESH4_WRONG_AND_SURE_MAX: usize = 0;

/// The sixth held-out split (see its README), written during the round after: on that round's starting reader
/// (9981e82), 556 of 672 fields, 11 wrong and sure (1.6%); on the reader when it was committed (0a30f94), 561 of 672,
/// 10 wrong and sure (1.5%).
const FRESH5_FLOOR: usize = 561 - 48;
const FRESH5_WRONG_AND_SURE_MAX: usize = 2;

/// The seventh held-out split (see its README), written at the start of the round after (2026-12-01, third session):
/// on that round's starting reader (0beef93), 559 of 672 fields, 14 wrong and sure (2.1%); on the reader when it was
/// committed (024ff9c), 579 of 672, 12 wrong and sure (1.8%).
const FRESH6_FLOOR: usize = 579 - 48;
const FRESH6_WRONG_AND_SURE_MAX: usize = 0;

/// The eighth held-out split (see its README), written during the round after (2026-12-01, fourth session) and first
/// measured on the reader of that moment (commit d241cee): 600 of 672 fields, 4 wrong and sure (0.6%); on the reader
/// as that session began (2c0cb87), measured once afterwards: 590 of 672, 7 wrong and sure (1.0%).
const FRESH7_FLOOR: usize = 600 - 48;
const FRESH7_WRONG_AND_SURE_MAX: usize = 2;

/// The ninth held-out split (see its README), written at the start of the round after (2026-12-02, fifth session) and
/// first measured on the reader of that moment (commit 23fc40a): 582 of 672 fields, 7 wrong and sure (1.0%); on the
/// reader as that session began (fa168ef), measured once afterwards: 581 of 672, 7 wrong and sure.
const FRESH8_FLOOR: usize = 582 - 48;
const FRESH8_WRONG_AND_SURE_MAX: usize = 1;

/// The tenth held-out split (see its README), written during that round (2026-12-02, fifth session) and first
/// measured on the reader of that moment (commit 6259991): 585 of 672 fields, 4 wrong and sure (0.6%); on the reader
/// as that session began (fa168ef), measured once afterwards: 583 of 672, 4 wrong and sure.
const FRESH9_FLOOR: usize = 585 - 48;
const FRESH9_WRONG_AND_SURE_MAX: usize = 1;

/// The eleventh held-out split (see its README), written at the start of the round after (2026-12-02, sixth session)
/// and first measured on the reader of that moment (commit 0fdbac5, whose reader is that of 0a3b2c5): 580 of 672
/// fields, 6 wrong and sure (0.9%). Its wrong-and-sure guard rose to 7 with the reading of forms' dot leaders
/// ("Passport No. ........ X") and the rules for forms that came with it, which took it to 585 fields right (and the
/// other held-out splits 20 fields up, 2 fewer wrong and sure); the one more wrong-and-sure value here was not found
/// on the 32 tuning letters of forms (985–1016) written for it. It came back to 6 in the seventh session, when a
/// name labelled twice differently (a group's form) became unsure. Lowered to 4 in the eighth session, with a post
/// under 職位 read unsure and a sum in thousands ("HK$36k") read with its k.
const FRESH10_FLOOR: usize = 580 - 48;
const FRESH10_WRONG_AND_SURE_MAX: usize = 2;

/// The twelfth held-out split (see its README), written at the start of the round after (2026-12-02, seventh session)
/// and first measured on the reader of that moment (commit 0ac717b): 599 of 672
/// fields, 2 wrong and sure (0.3%).
const FRESH11_FLOOR: usize = 599 - 48;
const FRESH11_WRONG_AND_SURE_MAX: usize = 2;

/// The thirteenth held-out split (see its README), written at the start of the round after (2026-12-02, tenth
/// session) and first measured on the reader of that moment (commit 8abc038): 620 of 672 fields,
/// 5 wrong and sure (0.7%).
const FRESH12_FLOOR: usize = 620 - 48;
const FRESH12_WRONG_AND_SURE_MAX: usize = 1;

/// The fourteenth held-out split (see its README), written at the start of the round after (2026-12-02, eleventh
/// session) and first measured on the reader of that moment (commit 6d2723e): 597 of 672 fields,
/// 2 wrong and sure (0.3%).
const FRESH13_FLOOR: usize = 597 - 48;
const FRESH13_WRONG_AND_SURE_MAX: usize = 0;

/// The fifteenth held-out split (see its README), written during the round after (2026-12-03, twelfth session) and
/// first measured on the reader of that moment (commit 7bd994a): 616 of 672 fields, 5 wrong and sure (0.7%).
const FRESH14_FLOOR: usize = 616 - 48;
const FRESH14_WRONG_AND_SURE_MAX: usize = 2;

/// The sixteenth held-out split (see its README), written during the round after (2026-12-03, thirteenth session)
/// and first measured on the reader of that moment (commit ff9614b): 613 of 672 fields, 6 wrong and sure (0.9%).
/// (Raised from 5 to 6 in the nineteenth session: reading 訓練, 進行 and 上課 after a Chinese date as the activity's,
/// worth 26 fields on the tuning letters, made one more value here wrong and sure, and one more right; the letter
/// was not read. Lowered to the count, 2, in the twenty-first session.)
const FRESH15_FLOOR: usize = 613 - 48;
const FRESH15_WRONG_AND_SURE_MAX: usize = 2;

/// The seventeenth held-out split (see its README), written during the round after (2026-12-03, fourteenth session)
/// and first measured on the reader of that moment (commit acdc7c2): 590 of 672 fields, 3 wrong and sure (0.4%).
/// (Lowered to the count, 2, in the twenty-first session.)
const FRESH16_FLOOR: usize = 590 - 48;
const FRESH16_WRONG_AND_SURE_MAX: usize = 2;

/// The eighteenth held-out split (see its README), written during the round after (2026-12-03, fifteenth session)
/// and first measured on the reader of that moment (commit 5e257f5): 600 of 672 fields, 4 wrong and sure (0.6%).
const FRESH17_FLOOR: usize = 600 - 48;
const FRESH17_WRONG_AND_SURE_MAX: usize = 1;

/// The nineteenth held-out split (see its README), written during the round after (2026-12-03, sixteenth session)
/// and first measured on the reader of that moment (commit b826a19): 614 of 672 fields, 2 wrong and sure (0.3%).
const FRESH18_FLOOR: usize = 614 - 48;
const FRESH18_WRONG_AND_SURE_MAX: usize = 2;

/// The twentieth held-out split (see its README), written at the start of the round after (2026-12-03, seventeenth
/// session) and first measured on the reader of that moment (commit 93d73ec, whose reader is that of a58b7e8):
/// 593 of 672 fields, 4 wrong and sure (0.6%). At that round's end, measured and not tuned on: 597 of 672, 3 wrong and
/// sure; the guard was lowered to the count. At the end of the round after (nineteenth session): 602 of 672, 2 wrong
/// and sure; lowered again.
const FRESH19_FLOOR: usize = 593 - 48;
const FRESH19_WRONG_AND_SURE_MAX: usize = 0;

/// The twenty-first held-out split (see its README), written at the start of the round after (2026-12-03, eighteenth
/// session) and first measured on the reader of that moment (commit 5af2e8b, the end of the round before): 597 of 672
/// fields, 6 wrong and sure (0.9%). At that round's end, measured and not tuned on: 599 of 672, 5 wrong and sure; the
/// guard was lowered to the count.
const FRESH20_FLOOR: usize = 597 - 48;
const FRESH20_WRONG_AND_SURE_MAX: usize = 4;

/// The twenty-second held-out split (see its README), written at the start of the round after (2026-12-04,
/// nineteenth session) and first measured on the reader of that moment (commit f8af33e, the end of the round before):
/// 593 of 672 fields (88.2%), 7 wrong and sure (1.0%). At that round's end, measured and not tuned on: 594 of 672, 7
/// wrong and sure.
const FRESH21_FLOOR: usize = 593 - 48;
const FRESH21_WRONG_AND_SURE_MAX: usize = 6;

/// The twenty-third held-out split (see its README), written at the start of the round after (2026-12-04, twentieth
/// session) and first measured on the reader of that moment (commit 8c0cbee, the end of the round before): 599 of 672
/// fields (89.1%), 5 wrong and sure (0.7%). At that round's end, measured and not tuned on: 602 of 672, 3 wrong and
/// sure; the guard was lowered to the count.
const FRESH22_FLOOR: usize = 599 - 48;
const FRESH22_WRONG_AND_SURE_MAX: usize = 3;

/// The twenty-fourth held-out split (see its README), written at the start of the round after (2026-12-04,
/// twenty-first session) and first measured on the reader of that moment (commit 13fb39f, the end of the round
/// before): 596 of 672 fields (88.7%), 3 wrong and sure (0.4%). At that round's end, measured and not tuned on: 601
/// of 672, 3 wrong and sure.
const FRESH23_FLOOR: usize = 596 - 48;
const FRESH23_WRONG_AND_SURE_MAX: usize = 3;

/// The twenty-fifth held-out split (see its README), written at the start of the round after (2026-12-04,
/// twenty-second session) and first measured on the reader of that moment (commit 7251228, the end of the round
/// before): 578 of 672 fields (86.0%), 5 wrong and sure (0.7%). At that round's end, measured and not tuned on: 579
/// of 672, 5 wrong and sure; at the next round's end, 581, 4 wrong and sure.
const FRESH24_FLOOR: usize = 578 - 48;
const FRESH24_WRONG_AND_SURE_MAX: usize = 4;

/// The twenty-sixth held-out split (see its README), written at the start of the round after (2026-12-04,
/// twenty-third session) and first measured on the reader of that moment (commit 7117a53, the end of the round
/// before): 570 of 672 fields (84.8%), 5 wrong and sure (0.7%). At that round's end, measured and not tuned on: 578
/// of 672, 5 wrong and sure.
const FRESH25_FLOOR: usize = 570 - 48;
const FRESH25_WRONG_AND_SURE_MAX: usize = 5;

/// The twenty-seventh held-out split (see its README), written at the start of the round after (2026-12-05,
/// twenty-fourth session) and first measured on the reader of that moment (commit 294bcd5, the end of the round
/// before): 576 of 672 fields (85.7%), 10 wrong and sure (1.5%). At that round's end, measured and not tuned on: 578
/// of 672, 10 wrong and sure.
const FRESH26_FLOOR: usize = 576 - 48;
const FRESH26_WRONG_AND_SURE_MAX: usize = 10;

const FIELDS: &[&str] = &[
    "host", "invitee", "nationality", "travel_document", "activity", "role", "activity_from", "activity_to",
    "arrival", "departure", "venue", "remuneration", "letter_date", "signatory",
];

fn get<'a>(x: &'a Extraction, field: &str) -> &'a Option<Extracted> {
    match field {
        "host" => &x.host,
        "invitee" => &x.invitee,
        "nationality" => &x.nationality,
        "travel_document" => &x.travel_document,
        "activity" => &x.activity,
        "role" => &x.role,
        "activity_from" => &x.activity_from,
        "activity_to" => &x.activity_to,
        "arrival" => &x.arrival,
        "departure" => &x.departure,
        "venue" => &x.venue,
        "remuneration" => &x.remuneration,
        "letter_date" => &x.letter_date,
        "signatory" => &x.signatory,
        _ => unreachable!("{field}"),
    }
}

fn normal(s: &str) -> String {
    let folded: String = s.chars().map(stv_check::letter::fold).collect::<String>().to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ").trim_matches(|c: char| ",.;:，。；：\"'“”".contains(c)).to_string()
}

/// A venue without the street address after its name: "Queen Elizabeth Stadium, 18 Oi Kwan Road, Wan Chai" and
/// "the Observatory's headquarters at 134A Nathan Road" name their place without it; so do
/// "香港體育學院劍擊館（沙田源禾路25號）". The corpus's format (`unseen/README.md`) leaves the address out of what is
/// compared: letters give it or not, and either reading names the same place. Floors and rooms stay ("Room 701, 7/F").
fn without_street_address(venue: &str) -> String {
    const STREET: &[&str] = &["road", "street", "avenue", "drive", "lane", "path", "place", "terrace", "square"];
    if let Some(open) = venue.find(['（', '(']) {
        let inside = &venue[open..];
        if inside.contains(['路', '街', '道']) && inside.contains(['號', '号']) {
            return venue[..open].trim().to_string();
        }
    }
    for (at, _) in venue.match_indices([',', ' ']) {
        let rest = venue[at..].trim_start_matches([',', ' ']);
        let rest = rest.strip_prefix("at ").unwrap_or(rest);
        let (number, words) = rest.split_once(' ').unwrap_or((rest, ""));
        let words = words.split(',').next().unwrap_or("");
        let numbered = number.starts_with(|c: char| c.is_ascii_digit()) && number.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if numbered && words.split(' ').any(|w| STREET.contains(&w)) {
            return venue[..at].trim().to_string();
        }
    }
    venue.to_string()
}

/// Exact for dates, codes and catalogue names; for free text, the same words, or one holding the other with little
/// more around it.
fn right(field: &str, want: &Value, got: &Option<Extracted>) -> bool {
    match (want.as_str(), got) {
        (None, None) => true,
        (None, Some(_)) | (Some(_), None) => false,
        (Some(w), Some(g)) => {
            let (mut w, mut g) = (normal(w), normal(&g.value));
            if field == "venue" {
                (w, g) = (without_street_address(&w), without_street_address(&g));
            }
            if w == g {
                return true;
            }
            let exact = field.ends_with("_from") || field.ends_with("_to") || ["arrival", "departure", "letter_date", "nationality"].contains(&field);
            if exact {
                return false;
            }
            let (short, long) = if w.chars().count() <= g.chars().count() { (&w, &g) } else { (&g, &w) };
            long.contains(short.as_str()) && short.chars().count() as f64 >= 0.6 * long.chars().count() as f64
        }
    }
}

struct Score {
    letters: usize,
    total: usize,
    good: usize,
    wrong_and_sure: usize,
}

fn score(split: &str, held_out: bool) -> Score {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(split);
    let mut letters: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{split} exists ({e})"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    letters.sort();
    assert!(letters.len() >= 20, "{split} has at least 20 letters, found {}", letters.len());
    let catalogue = Catalogue::bundled();
    let (mut total, mut good, mut wrong_and_sure) = (0usize, 0usize, 0usize);
    let mut per_field = vec![(0usize, 0usize); FIELDS.len()];
    let mut ambiguity_missed = Vec::new();
    println!("\n{split}:");
    for path in &letters {
        let text = std::fs::read_to_string(path).unwrap();
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap()).unwrap();
        let x = extract(&text, catalogue);
        let mut wrong = Vec::new();
        for (i, field) in FIELDS.iter().enumerate() {
            let got = get(&x, field);
            let ok = right(field, &expected["expect"][field], got);
            total += 1;
            per_field[i].0 += 1;
            if ok {
                good += 1;
                per_field[i].1 += 1;
            } else {
                let sure = got.as_ref().is_some_and(|e| e.confidence >= CONFIRM_BELOW);
                wrong_and_sure += usize::from(sure);
                wrong.push(format!(
                    "{field}: want {}, got {:?}{}",
                    expected["expect"][field],
                    got.as_ref().map(|e| &e.value),
                    if sure { " (shown as sure)" } else { "" }
                ));
            }
            // Offsets must point at the text they claim; an unsure value says why.
            if let Some(e) = got {
                assert!(e.confidence >= CONFIRM_BELOW || e.reason.is_some(), "{split}: an unsure value without a reason");
                let covered: String = text.chars().skip(e.start).take(e.end - e.start).collect();
                assert_eq!(covered, e.text, "{}: {field}'s offsets", path.display());
            }
        }
        if expected["ambiguous_dates"] == true && x.warnings.iter().all(|w| !w.en().contains("day first")) {
            ambiguity_missed.push(path.file_name().unwrap().to_string_lossy().to_string());
        }
        // A held-out letter's misses are not printed: who reads them is tuning on them, and the split then no
        // longer measures anything. Its totals and its counts by field are enough to see where it stands.
        if !held_out {
            let name = path.file_stem().unwrap().to_string_lossy();
            println!("{name:<44} {:>2}/{} {}", FIELDS.len() - wrong.len(), FIELDS.len(), if wrong.is_empty() { String::new() } else { format!("\n    {}", wrong.join("\n    ")) });
        }
    }
    println!("\nper field ({split}):");
    for (i, field) in FIELDS.iter().enumerate() {
        println!("  {field:<16} {:>2}/{}", per_field[i].1, per_field[i].0);
    }
    assert!(ambiguity_missed.is_empty(), "{split}: ambiguous dates without a warning: {ambiguity_missed:?}");
    Score { letters: letters.len(), total, good, wrong_and_sure }
}

/// Prints a split's figures; what falls short of its floor or over its maximum comes back as a problem, so that
/// every split's figures are printed before the test fails.
fn report(split: &str, s: &Score, floor: usize, wrong_and_sure_max: usize) -> Vec<String> {
    println!(
        "fields right ({split}): {} of {} ({:.1}%) over {} letters; wrong but shown as sure: {} ({:.1}%)",
        s.good,
        s.total,
        100.0 * s.good as f64 / s.total as f64,
        s.letters,
        s.wrong_and_sure,
        100.0 * s.wrong_and_sure as f64 / s.total as f64
    );
    let mut problems = Vec::new();
    if s.good < floor {
        problems.push(format!("{split}: the reader got {} fields right; the floor is {floor}", s.good));
    }
    if s.wrong_and_sure > wrong_and_sure_max {
        problems.push(format!("{split}: {} wrong values shown as sure; at most {wrong_and_sure_max}", s.wrong_and_sure));
    }
    problems
}

#[test]
fn a_venue_is_compared_without_its_street_address() {
    for (venue, place) in [
        ("queen elizabeth stadium, 18 oi kwan road, wan chai", "queen elizabeth stadium"),
        ("the observatory's headquarters at 134a nathan road, tsim sha tsui", "the observatory's headquarters"),
        ("香港體育學院劍擊館（沙田源禾路25號）", "香港體育學院劍擊館"),
        ("room 701, 7/f, wanchai tower", "room 701, 7/f, wanchai tower"),
        ("concert hall, hong kong city hall", "concert hall, hong kong city hall"),
        ("hall 3, 1 expo drive", "hall 3"),
        ("studio 2 (2/f)", "studio 2 (2/f)"),
    ] {
        assert_eq!(without_street_address(venue), place);
    }
}

#[test]
fn the_reader_gets_most_fields_of_both_corpora_right() {
    let tuning = score("tests/letters", false);
    let unseen = score("tests/letters/unseen", true);
    let fresh = score("tests/letters/fresh", true);
    let fresh2 = score("tests/letters/fresh2", true);
    let fresh3 = score("tests/letters/fresh3", true);
    let fresh4 = score("tests/letters/fresh4", true);
    let fresh5 = score("tests/letters/fresh5", true);
    let fresh6 = score("tests/letters/fresh6", true);
    let fresh7 = score("tests/letters/fresh7", true);
    let fresh8 = score("tests/letters/fresh8", true);
    let fresh9 = score("tests/letters/fresh9", true);
    let fresh10 = score("tests/letters/fresh10", true);
    let fresh11 = score("tests/letters/fresh11", true);
    let fresh12 = score("tests/letters/fresh12", true);
    let fresh13 = score("tests/letters/fresh13", true);
    let fresh14 = score("tests/letters/fresh14", true);
    let fresh15 = score("tests/letters/fresh15", true);
    let fresh16 = score("tests/letters/fresh16", true);
    let fresh17 = score("tests/letters/fresh17", true);
    let fresh18 = score("tests/letters/fresh18", true);
    let fresh19 = score("tests/letters/fresh19", true);
    let fresh20 = score("tests/letters/fresh20", true);
    let fresh21 = score("tests/letters/fresh21", true);
    let fresh22 = score("tests/letters/fresh22", true);
    let fresh23 = score("tests/letters/fresh23", true);
    let fresh24 = score("tests/letters/fresh24", true);
    let fresh25 = score("tests/letters/fresh25", true);
    let fresh26 = score("tests/letters/fresh26", true);
    println!();
    let problems: Vec<String> = [
        report("tuning", &tuning, TUNING_FLOOR, TUNING_WRONG_AND_SURE_MAX),
        report("unseen", &unseen, UNSEEN_FLOOR, UNSEEN_WRONG_AND_SURE_MAX),
        report("fresh", &fresh, FRESH_FLOOR, FRESH_WRONG_AND_SURE_MAX),
        report("fresh2", &fresh2, FRESH2_FLOOR, FRESH2_WRONG_AND_SURE_MAX),
        report("fresh3", &fresh3, FRESH3_FLOOR, FRESH3_WRONG_AND_SURE_MAX),
        report("fresh4", &fresh4, FRESH4_FLOOR, FRESH4_WRONG_AND_SURE_MAX),
        report("fresh5", &fresh5, FRESH5_FLOOR, FRESH5_WRONG_AND_SURE_MAX),
        report("fresh6", &fresh6, FRESH6_FLOOR, FRESH6_WRONG_AND_SURE_MAX),
        report("fresh7", &fresh7, FRESH7_FLOOR, FRESH7_WRONG_AND_SURE_MAX),
        report("fresh8", &fresh8, FRESH8_FLOOR, FRESH8_WRONG_AND_SURE_MAX),
        report("fresh9", &fresh9, FRESH9_FLOOR, FRESH9_WRONG_AND_SURE_MAX),
        report("fresh10", &fresh10, FRESH10_FLOOR, FRESH10_WRONG_AND_SURE_MAX),
        report("fresh11", &fresh11, FRESH11_FLOOR, FRESH11_WRONG_AND_SURE_MAX),
        report("fresh12", &fresh12, FRESH12_FLOOR, FRESH12_WRONG_AND_SURE_MAX),
        report("fresh13", &fresh13, FRESH13_FLOOR, FRESH13_WRONG_AND_SURE_MAX),
        report("fresh14", &fresh14, FRESH14_FLOOR, FRESH14_WRONG_AND_SURE_MAX),
        report("fresh15", &fresh15, FRESH15_FLOOR, FRESH15_WRONG_AND_SURE_MAX),
        report("fresh16", &fresh16, FRESH16_FLOOR, FRESH16_WRONG_AND_SURE_MAX),
        report("fresh17", &fresh17, FRESH17_FLOOR, FRESH17_WRONG_AND_SURE_MAX),
        report("fresh18", &fresh18, FRESH18_FLOOR, FRESH18_WRONG_AND_SURE_MAX),
        report("fresh19", &fresh19, FRESH19_FLOOR, FRESH19_WRONG_AND_SURE_MAX),
        report("fresh20", &fresh20, FRESH20_FLOOR, FRESH20_WRONG_AND_SURE_MAX),
        report("fresh21", &fresh21, FRESH21_FLOOR, FRESH21_WRONG_AND_SURE_MAX),
        report("fresh22", &fresh22, FRESH22_FLOOR, FRESH22_WRONG_AND_SURE_MAX),
        report("fresh23", &fresh23, FRESH23_FLOOR, FRESH23_WRONG_AND_SURE_MAX),
        report("fresh24", &fresh24, FRESH24_FLOOR, FRESH24_WRONG_AND_SURE_MAX),
        report("fresh25", &fresh25, FRESH25_FLOOR, FRESH25_WRONG_AND_SURE_MAX),
        report("fresh26", &fresh26, FRESH26_FLOOR, FRESH26_WRONG_AND_SURE_MAX),
    ]
    .concat();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
