//! What an entity's card shows (`?embed=1&card=1&country=…`): its status and since when, the
//! latest figure of each indicator, and its SSE law. The card is small, so this picks.

use crate::core::derive::membership::{status_at, StatusAt};
use crate::core::derive::stats::headline;
use crate::core::model::dataset::{Dataset, Entity, Figure, Law};
use crate::core::model::date::PartialDate;

/// The law kinds a card names as "the SSE law", in order of preference: a law first, then
/// the constitution's clause, a decree, a policy, and a draft only where there is nothing
/// else (the card says its kind).
const LAW_KINDS: [&str; 5] = ["law", "constitution", "decree", "policy", "draft"];

/// An entity's card.
#[derive(Debug, PartialEq)]
pub struct Card<'a> {
    pub entity: &'a Entity,
    /// Its status on `as_of`, with since when; `None` before its first entry.
    pub status: Option<StatusAt<'a>>,
    /// The latest figure of each indicator that has one, in the dataset's indicator order.
    pub figures: Vec<&'a Figure>,
    /// Its SSE law: the newest of the most binding kind.
    pub law: Option<&'a Law>,
}

/// The card of `id` on `as_of` (no status without a date), or `None` when the dataset has no
/// such entity.
pub fn card<'a>(dataset: &'a Dataset, id: &str, as_of: Option<PartialDate>) -> Option<Card<'a>> {
    let entity = dataset.entity(id)?;
    let figures = dataset
        .indicators
        .iter()
        .filter_map(|i| headline(entity, &i.id))
        .collect();
    let law = LAW_KINDS.iter().find_map(|kind| {
        entity
            .laws
            .iter()
            .filter(|l| l.kind == *kind)
            .max_by_key(|l| l.date.map(|d| d.year()).or(l.year))
    });
    Some(Card {
        entity,
        status: as_of.and_then(|d| status_at(entity, d)),
        figures,
        law,
    })
}
