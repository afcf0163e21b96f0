//! The pure core, in the order the data flows through it. No DOM, no Leptos: everything here
//! is tested natively.

// 1. The data's types.
pub mod model;

// 2. Files in, the model or every problem (located) out.
pub mod check;

// 3. Lookups by id, built once when a dataset or a map loads.
pub mod index;

// 4. What the page shows, derived from the model and the visitor's choices.
pub mod derive;

// 5. Projection, paths, the viewport and the map's gestures.
pub mod geo;

// 6. The link state: everything a visitor sets, as a query string and back.
pub mod link;

// 7. Text out: numbers, the SVG sheet, the embed snippets.
pub mod write;
